/**
 * The third hostile pass against the sync endpoint (server/README.md, "Update check" and Limits):
 * raw Yjs updates that are large, refused at their last item, sent by a viewer, full of sheets or
 * of shared types where the schema expects others. The attacker gets a close code saying why;
 * /healthz and a colleague on another workspace carry on (attackWatch.ts).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { goalsArray, metaMap, scenariosArray, sheetOrderArray, sheetsMap } from '../../models/workbook/workbookSchema.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { craftUpdate, updateMessage, type CraftedItem } from './support/craftedUpdates.js';
import { openRawSocket, sendAndProbe } from './support/rawSocket.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

/** A token's update budget is twice this (1.2 MB), so a few crafted updates spend it. */
const MAX_WORKSPACE_BYTES = 600_000;
const server = serverForTests({ env: { MAX_WORKSPACE_BYTES: String(MAX_WORKSPACE_BYTES) } });

/** `count` titles, then one item under a root the workbook never uses: read whole, refused at the end. */
function refusedAtItsEnd(count: number, client: number): Uint8Array {
  function* items(): Iterable<CraftedItem> {
    for (let i = 0; i < count; i++) yield { root: 'meta', key: 'title', content: { ref: 8, values: ['x'] } };
    yield { root: 'nowhere', key: 'k' };
  }
  return updateMessage(craftUpdate([{ client, clock: 0, count: count + 1, items: items() }]));
}

async function closeCodeOf(workspaceId: string, token: string, frame: Uint8Array): Promise<{ code: number; reason: string }> {
  const raw = await openRawSocket(server, workspaceId, token);
  raw.socket.send(frame);
  return raw.closed;
}

/** A document holding only what `write` puts there, as one update frame. */
function frameOf(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    write(doc);
    return updateMessage(Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
}

function addSheets(doc: Y.Doc, count: number, prefix: string): void {
  doc.transact(() => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const sheet = new Y.Map<unknown>();
      sheet.set('name', `${prefix}${i}`);
      sheet.set('rows', new Y.Array());
      sheet.set('cols', new Y.Array());
      sheet.set('cells', new Y.Map());
      sheet.set('formats', new Y.Map());
      sheetsMap(doc).set(`${prefix}${i}`, sheet);
      ids.push(`${prefix}${i}`);
    }
    sheetOrderArray(doc).push(ids);
  });
}

/** An empty sheet map named `name`. */
function emptySheet(name: string): Y.Map<unknown> {
  const sheet = new Y.Map<unknown>();
  sheet.set('name', name);
  for (const key of ['rows', 'cols']) sheet.set(key, new Y.Array());
  for (const key of ['cells', 'formats']) sheet.set(key, new Y.Map());
  return sheet;
}

/** `count` goal or scenario maps pushed in one transaction, each filled by `fill`. */
function addRecords(list: Y.Array<unknown>, count: number, fill: (map: Y.Map<unknown>, i: number) => void): void {
  list.doc!.transact(() => {
    const maps = Array.from({ length: count }, () => new Y.Map<unknown>());
    list.push(maps);
    maps.forEach((map, i) => fill(map, list.length - count + i));
  });
}

describe('large updates from one token', () => {
  it('updates refused at their last item, sent again and again, spend the token’s budget: closed with 1008 "updates sent too fast" while a colleague carries on', async () => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const frame = refusedAtItsEnd(40_000, 91_000);
    expect(frame.byteLength).toBeGreaterThan(MAX_WORKSPACE_BYTES);
    const closes = await whileColleagueWorks(server, colleague, async () => {
      const codes: Array<{ code: number; reason: string }> = [];
      for (let i = 0; i < 4; i++) codes.push(await closeCodeOf(attacker.id, attacker.editorToken, frame));
      return codes;
    });
    expect(closes[0]!.code).toBe(4422);
    expect(closes.slice(1).some((close) => close.code === 1008 && close.reason === 'updates sent too fast')).toBe(true);
  }, 180_000);

  it('an update larger than twice the workspace bound is refused with 4413 before it is read', async () => {
    const attacker = await createWorkspace(server);
    const close = await closeCodeOf(attacker.id, attacker.editorToken, refusedAtItsEnd(80_000, 92_000));
    expect(close.code).toBe(4413);
    expect(close.reason).toMatch(/more than a workspace may hold/);
  }, 120_000);

  it('a viewer’s updates are dropped unread: the connection stays open and the document is untouched', async () => {
    const workspace = await createWorkspace(server);
    const before = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    const raw = await openRawSocket(server, workspace.id, workspace.viewerToken);
    try {
      const frame = refusedAtItsEnd(40_000, 93_000);
      for (let i = 0; i < 5; i++) expect(await sendAndProbe(raw, frame)).toBe('open');
      expect(await sendAndProbe(raw, frameOf((doc) => metaMap(doc).set('title', 'Viewerens titel')))).toBe('open');
    } finally {
      raw.socket.close();
    }
    expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(before);
  }, 120_000);
});

describe('many sheets and odd shared types', () => {
  it('more sheets than a workbook holds (200) in one update are refused with 4422 and never stored; fewer are kept', async () => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const editor = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(editor);
      await whileColleagueWorks(server, colleague, async () => {
        addSheets(editor.doc, 1_000, 'x');
        await waitFor('the editor is refused', () => editor.closes.some((close) => close.code === 4422), 60_000);
      });
      expect(editor.closes.find((close) => close.code === 4422)!.reason).toMatch(/at most 200 sheets/);
    } finally {
      destroyAll([editor]);
    }
    const stored = await api(server, 'GET', `/api/workspaces/${attacker.id}/workbook.json`, attacker.viewerToken);
    expect((stored.json as { sheets: unknown[] }).sheets.length).toBeLessThan(200);

    const planner = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(planner);
      const count = sheetOrderArray(planner.doc).length;
      addSheets(planner.doc, 200 - count, 'y');
      await waitFor('the sheets up to the bound are stored', async () => ((await api(server, 'GET', `/api/workspaces/${attacker.id}/workbook.json`, attacker.viewerToken)).json as { sheets: unknown[] }).sheets.length === 200, 60_000);
      expect(planner.closes).toEqual([]);
    } finally {
      destroyAll([planner]);
    }
  }, 240_000);

  it.each([
    ['goals', 200, (doc: Y.Doc, count: number) => addRecords(goalsArray(doc), count, (map, i) => (map.set('id', `g${i}`), map.set('title', `Mål ${i}`)))],
    ['scenarios', 50, (doc: Y.Doc, count: number) => addRecords(scenariosArray(doc), count, (map, i) => (map.set('id', `s${i}`), map.set('name', `Scenarie ${i}`), map.set('inputs', new Y.Map())))],
  ])('5,000 %s in one live update (a workbook holds %i) are refused with 4422 and never stored; up to the bound they are kept', async (record, bound, add) => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const before = ((await api(server, 'GET', `/api/workspaces/${attacker.id}/workbook.json`, attacker.viewerToken)).json as Record<string, unknown[]>)[record]!.length;
    const editor = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(editor);
      await whileColleagueWorks(server, colleague, async () => {
        add(editor.doc, 5_000);
        await waitFor('the editor is refused', () => editor.closes.some((close) => close.code === 4422), 60_000);
      });
      expect(editor.closes.find((close) => close.code === 4422)!.reason).toBe(`update refused: a workbook holds at most ${bound} ${record} (this update would make ${before + 5_000})`);
    } finally {
      destroyAll([editor]);
    }
    const stored = async (): Promise<number> => ((await api(server, 'GET', `/api/workspaces/${attacker.id}/workbook.json`, attacker.viewerToken)).json as Record<string, unknown[]>)[record]!.length;
    expect(await stored()).toBe(before);

    const planner = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(planner);
      add(planner.doc, bound - before);
      await waitFor(`the ${record} up to the bound are stored`, async () => (await stored()) === bound, 60_000);
      expect(planner.closes).toEqual([]);
    } finally {
      destroyAll([planner]);
    }
  }, 240_000);

  it('a workspace created from a v1 file with more goals than a workbook holds is refused with 400 saying so', async () => {
    const file = {
      format: 'fremskriv.workbook',
      version: 1,
      title: 'For mange mål',
      locale: 'da-DK',
      sheets: [{ name: 'Ark1', cells: {} }],
      goals: Array.from({ length: 5_000 }, (_, i) => ({ id: `g${i}`, title: `Mål ${i}` })),
    };
    const answer = await api(server, 'POST', '/api/workspaces', server.adminToken, file);
    expect(answer.status).toBe(400);
    expect((answer.json as { error: string }).error).toMatch(/goals: a workbook holds at most 200 goals/);
  }, 60_000);

  it.each([
    ['a Y.Map in the sheet order', (doc: Y.Doc) => sheetOrderArray(doc).push([new Y.Map()])],
    ['a Y.Array where a sheet goes', (doc: Y.Doc) => sheetsMap(doc).set('s1', new Y.Array())],
    ['a Y.Array as a goal', (doc: Y.Doc) => goalsArray(doc).push([new Y.Array()])],
    ['a Y.Text as the title', (doc: Y.Doc) => metaMap(doc).set('title', new Y.Text('x'))],
    ['a Y.XmlFragment as the title', (doc: Y.Doc) => metaMap(doc).set('title', new Y.XmlFragment())],
    [
      'maps nested 2,000 deep under the title',
      (doc: Y.Doc) => {
        let inner = new Y.Map<unknown>();
        metaMap(doc).set('title', inner);
        for (let i = 0; i < 2_000; i++) {
          const next = new Y.Map<unknown>();
          inner.set('k', next);
          inner = next;
        }
      },
    ],
    ['a root the workbook never uses holding a Y.Array of maps', (doc: Y.Doc) => doc.getArray('elsewhere').push([new Y.Map(), new Y.Map()])],
  ])('%s is refused with 4422, the document untouched', async (_what, write) => {
    const workspace = await createWorkspace(server);
    const before = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
    expect(await sendAndProbe(raw, frameOf(write))).toBe(4422);
    expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(before);
  }, 60_000);
});

describe('updates whose outcome depends on Yjs\u2019 conflict order are judged from their items', () => {
  it('replacing every sheet over and over (before: each tried on a copy of the whole workspace, spending the token\u2019s update budget) is accepted and stored, and the budget is untouched while a colleague carries on', async () => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const editor = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(editor);
      const sheetIds = sheetOrderArray(editor.doc).toArray().map(String);
      await whileColleagueWorks(server, colleague, async () => {
        // No visible sheet is left untouched; with a copy each, the token's budget (1.2 MB) was spent after a few.
        for (let i = 0; i < 40; i++) {
          editor.doc.transact(() => {
            for (const sheetId of sheetIds) sheetsMap(editor.doc).set(sheetId, emptySheet(`Ark ${i} ${sheetId}`.slice(0, 31)));
          });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const reader = connectClient(server, attacker.id, attacker.viewerToken);
        try {
          await waitSynced(reader);
          const lastName = `Ark 39 ${sheetIds[0]}`.slice(0, 31);
          await waitFor('the last replacement is stored', () => (sheetsMap(reader.doc).get(sheetIds[0]!) as Y.Map<unknown> | undefined)?.get('name') === lastName).catch((error: unknown) => {
            throw new Error(`${String(error)}; editor closes ${JSON.stringify(editor.closes)}; reader sees ${String((sheetsMap(reader.doc).get(sheetIds[0]!) as Y.Map<unknown> | undefined)?.get('name'))}`);
          });
        } finally {
          destroyAll([reader]);
        }
      });
      expect(editor.closes).toEqual([]);
    } finally {
      destroyAll([editor]);
    }
  }, 180_000);

  it('hiding every visible sheet with writes that race with the server\u2019s (each once needed a copy) is refused with 4422 and changes nothing', async () => {
    const workspace = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(anna);
      const sheetIds = sheetOrderArray(anna.doc).toArray().map(String);
      // The attacker's replica from before Anna's edit: its writes race with hers.
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(anna.doc));
      const before = Y.encodeStateVector(replica);
      anna.doc.transact(() => {
        for (const sheetId of sheetIds) (sheetsMap(anna.doc).get(sheetId) as Y.Map<unknown>).set('visibility', 'visible');
      });
      replica.clientID = 2 ** 32 - 1; // higher than Anna's: the attacker's hide wins every race
      replica.transact(() => {
        for (const sheetId of sheetIds) (sheetsMap(replica).get(sheetId) as Y.Map<unknown>).set('visibility', 'hidden');
      });
      const hide = Y.encodeStateAsUpdate(replica, before);
      replica.destroy();
      const reader = connectClient(server, workspace.id, workspace.viewerToken);
      try {
        await waitSynced(reader);
        await waitFor('Anna\u2019s edit is stored', () => sheetIds.every((id) => (sheetsMap(reader.doc).get(id) as Y.Map<unknown>).get('visibility') === 'visible'));
      } finally {
        destroyAll([reader]);
      }
      const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
      expect(await sendAndProbe(raw, updateMessage(hide))).toBe(4422);
      const file = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json as { sheets: Array<{ visibility?: string }> };
      expect(file.sheets.some((sheet) => (sheet.visibility ?? 'visible') === 'visible')).toBe(true);
    } finally {
      destroyAll([anna]);
    }
  }, 120_000);

  it('replacing one sheet over and over while another visible sheet is left alone needs no copy: accepted, stored, and the budget untouched', async () => {
    const workspace = await createWorkspace(server);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      addSheets(editor.doc, 1, 'Uberørt');
      const sheetId = String(sheetOrderArray(editor.doc).get(0));
      // 40 replacements: with a copy each, the token's budget (1.2 MB) is spent after a few.
      for (let i = 0; i < 40; i++) {
        editor.doc.transact(() => sheetsMap(editor.doc).set(sheetId, emptySheet(`Erstattet ${i}`)));
      }
      const reader = connectClient(server, workspace.id, workspace.viewerToken);
      try {
        await waitSynced(reader);
        await waitFor('the last replacement is stored', () => (sheetsMap(reader.doc).get(sheetId) as Y.Map<unknown> | undefined)?.get('name') === 'Erstattet 39');
      } finally {
        destroyAll([reader]);
      }
      expect(editor.closes).toEqual([]);
    } finally {
      destroyAll([editor]);
    }
  }, 180_000);
});

