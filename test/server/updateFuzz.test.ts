/**
 * Seeded fuzzing of the sync door (issue 15): random honest edits, schema-hostile edits, mutated
 * updates and crafted structs, sent by an editor over a raw socket. Whatever is sent: the server
 * answers /healthz, closes a bad sender with a documented code, stores nothing that breaks a
 * reader (workbook.json and the evaluation answer 200, before and after a restart), and a
 * colleague on another workspace keeps syncing and loses nothing. Two seeds per run;
 * FREMSKRIV_FUZZ_SEEDS=n for more. A failure names its seed.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { goalsArray, metaMap, scenariosArray, sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { api, createWorkspace, workspaceForTests, type CreatedWorkspace } from './support/api.js';
import { colleagueKeepsWorking, watchHealth } from './support/attackWatch.js';
import { craftUpdate, updateMessage, type CraftedItem } from './support/craftedUpdates.js';
import { openRawSocket, sendAndProbe, type RawSocket } from './support/rawSocket.js';
import { connectClient, waitSynced, type SyncClient } from './support/syncClients.js';

const DOCUMENTED_OUTCOMES = ['open', '1003', '1007', '1008', '4009', '4422'];
const FRAMES_PER_SEED = 40;

const VALUES: unknown[] = [1, -2.5, true, 'tekst', '=A1+1', '', null, { a: 1 }, [1], new Uint8Array([1]), 'x'.repeat(40_000), Number.MAX_VALUE];

function firstSheet(doc: Y.Doc): SheetMap | undefined {
  const sheet = sheetsMap(doc).get(String(sheetOrderArray(doc).get(0)));
  return sheet instanceof Y.Map ? (sheet as SheetMap) : undefined;
}

/** One random edit through the Yjs API, honest or not. */
function randomEdit(random: SeededRandom, doc: Y.Doc): void {
  const sheet = firstSheet(doc);
  const cells = sheet?.get('cells') as Y.Map<unknown> | undefined;
  const edits: Array<() => void> = [
    () => cells?.set(`r${random.int(50)}:c${random.int(10)}`, random.pick(VALUES)),
    () => cells?.set(`r${random.int(50)}:c${random.int(10)}`, random.int(1000)),
    () => sheet?.set(random.pick(['name', 'rows', 'cols', 'cells', 'formats', 'deleted', 'other']), random.pick([...VALUES, new Y.Map(), new Y.Array()])),
    () => sheet?.delete(random.pick(['name', 'rows', 'cols', 'cells', 'formats', 'deleted'])),
    () => sheet?.set('name', random.pick(['Budget', '', "'x'", 'a'.repeat(40), 'Ny fane'])),
    () => goalsArray(doc).push([random.chance(0.5) ? new Y.Map() : (random.pick(VALUES) as Y.Map<unknown>)]),
    () => goalsArray(doc).length > 0 && goalsArray(doc).delete(0, 1),
    () => (scenariosArray(doc).get(0) as Y.Map<unknown> | undefined)?.delete(random.pick(['id', 'name', 'inputs'])),
    () => sheetsMap(doc).set(random.pick(['__proto__', 'constructor', 'ok_id', '']), new Y.Map()),
    () => metaMap(doc).set(random.pick(['title', 'locale', 'adoptedVersion', 'x']), random.pick(['Plan', 'da-DK', 'v1', 7] as string[])),
    () => doc.getText(random.pick(['meta', 'notes'])).insert(0, 'x'),
    () => doc.getMap('other').set('k', 1),
  ];
  random.pick(edits)();
}

function mutate(random: SeededRandom, update: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(update);
  if (random.chance(0.3)) return bytes.subarray(0, random.int(bytes.length));
  for (let i = 0, n = 1 + random.int(4); i < n && bytes.length > 0; i++) bytes[random.int(bytes.length)] = random.int(256);
  return bytes;
}

function crafted(random: SeededRandom): Uint8Array {
  const sections = Array.from({ length: 1 + random.int(3) }, () => {
    const count = 1 + random.int(5);
    const items: CraftedItem[] = Array.from({ length: count }, () => ({
      root: random.pick(['meta', 'sheets', 'goals', 'sheetOrder', 'other']),
      key: random.chance(0.7) ? random.pick(['title', 'x', '__proto__', 'locale']) : undefined,
      content: random.pick([{ ref: 8, values: [random.pick(VALUES)] }, { ref: 9 }, { ref: 3 }, { ref: 4, text: 'hi' }] as NonNullable<CraftedItem['content']>[]),
    }));
    return { client: random.int(2 ** 31), clock: random.chance(0.5) ? 0 : random.int(1000), count, items };
  });
  const deletes: Array<[number, Array<[number, number]>]> = random.chance(0.3) ? [[random.int(2 ** 31), [[0, 1 + random.int(100)]]]] : [];
  return craftUpdate(sections, deletes);
}

describe('fuzzing the sync door with random, mutated and crafted updates (issue 15)', () => {
  const server = serverForTests();
  const colleague = workspaceForTests(server);
  const fuzzed: CreatedWorkspace[] = [];

  it.each(fuzzSeeds(2, 15_001))('seed %i: the server stays up, refuses with documented codes, stores nothing that breaks a reader', async (seed) => {
    const random = new SeededRandom(seed);
    const attacked = await createWorkspace(server);
    fuzzed.push(attacked);
    const mirror: SyncClient = connectClient(server, attacked.id, attacked.viewerToken);
    const outcomes = new Map<string, number>();
    const health = watchHealth(server);
    try {
      await waitSynced(mirror);
      const attack = (async () => {
        let raw: RawSocket | null = null;
        for (let i = 0; i < FRAMES_PER_SEED; i++) {
          const replica = new Y.Doc();
          Y.applyUpdate(replica, Y.encodeStateAsUpdate(mirror.doc));
          const before = Y.encodeStateVector(replica);
          randomEdit(random, replica);
          const honest = Y.encodeStateAsUpdate(replica, before);
          replica.destroy();
          const kind = random.int(3);
          const update = kind === 0 ? honest : kind === 1 ? mutate(random, honest) : crafted(random);
          raw ??= await openRawSocket(server, attacked.id, attacked.editorToken);
          const outcome = String(await sendAndProbe(raw, updateMessage(update)));
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (outcome !== 'open') raw = null;
        }
        raw?.socket.close();
      })();
      await colleagueKeepsWorking(server, colleague, attack);
      await attack;
    } finally {
      mirror.destroy();
    }
    const { slowestMs, failures } = await health.stop();
    // Every /healthz poll answered 200 within the watcher's 5 s; timings are not asserted on a
    // busy machine (the slowest answer is in the message; the benchmark measures it).
    const context = `seed ${seed}: ${JSON.stringify([...outcomes])}, slowest /healthz ${Math.round(slowestMs)} ms`;
    expect(failures, context).toEqual([]);
    expect([...outcomes.keys()].every((key) => DOCUMENTED_OUTCOMES.includes(key)), context).toBe(true);
    for (const path of ['workbook.json', 'evaluation']) {
      expect((await api(server, 'GET', `/api/workspaces/${attacked.id}/${path}`, attacked.viewerToken)).status, `${context} ${path}`).toBe(200);
    }
    const check = connectClient(server, attacked.id, attacked.viewerToken);
    try {
      await waitSynced(check);
      expect(() => exportWorkbookFile(check.doc), context).not.toThrow();
    } finally {
      check.destroy();
    }
  }, 300_000);

  it('after a restart every fuzzed workspace still opens', async () => {
    await server.restart();
    // Loading each from the store again is what a stored hostile shape would break (the evaluation
    // was checked before the restart, from the same stored state).
    for (const workspace of [colleague, ...fuzzed]) {
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).status, workspace.id).toBe(200);
    }
  }, 120_000);
});
