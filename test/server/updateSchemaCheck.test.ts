/**
 * The update check (server/sync/updateReader.ts + updateSchemaCheck.ts) against a real workbook
 * document: an honest client's edits pass, schema-hostile edits from issue 15 are refused before
 * they reach the document. Each case is made the way a hostile peer would: with the Yjs API on a
 * replica of the server's document, sending the update that replica emits.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { goalsArray, metaMap, scenariosArray, sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { storesVisibleSheet } from '../../models/workbook/sheetVisibility.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { editOn, serverDoc, verdict } from '../support/updateVerdict.js';

function firstSheet(doc: Y.Doc): SheetMap {
  return sheetsMap(doc).get(String(sheetOrderArray(doc).get(0))) as SheetMap;
}

function cellsOf(doc: Y.Doc): Y.Map<unknown> {
  return firstSheet(doc).get('cells') as Y.Map<unknown>;
}

const hostileEdits: Array<[string, (doc: Y.Doc) => void]> = [
  ['a cell holding a Y.Map', (doc) => cellsOf(doc).set('x:y', new Y.Map())],
  ['a cell holding an object', (doc) => cellsOf(doc).set('x:y', { a: 1 })],
  ['a cell holding an array', (doc) => cellsOf(doc).set('x:y', [1, 2])],
  ['a cell holding binary', (doc) => cellsOf(doc).set('x:y', new Uint8Array([1, 2]))],
  ['a cell holding a Y.Text', (doc) => cellsOf(doc).set('x:y', new Y.Text('hi'))],
  ['a cell holding text over 32,767 characters', (doc) => cellsOf(doc).set('x:y', 'a'.repeat(40_000))],
  ['a cell holding null', (doc) => cellsOf(doc).set('x:y', null)],
  ["goals.push(['x'])", (doc) => goalsArray(doc).push(['x' as unknown as Y.Map<unknown>])],
  ["sheets.set('__proto__', …)", (doc) => sheetsMap(doc).set('__proto__', new Y.Map())],
  ["sheet.delete('rows')", (doc) => firstSheet(doc).delete('rows')],
  ["sheet.set('rows', 'x')", (doc) => firstSheet(doc).set('rows', 'x')],
  ['an empty sheet name', (doc) => firstSheet(doc).set('name', '')],
  ["a quoted sheet name", (doc) => firstSheet(doc).set('name', "'Budget'")],
  ["a scenario without inputs", (doc) => (scenariosArray(doc).get(0) as Y.Map<unknown> | undefined)?.delete('inputs') ?? scenariosArray(doc).push([new Y.Map()])],
  ['a root the workbook never uses', (doc) => doc.getMap('other').set('a', 1)],
  ['a Y.Text root', (doc) => doc.getText('meta2').insert(0, 'x')],
  ['an XML fragment', (doc) => metaMap(doc as Y.Doc).set('title', new Y.XmlFragment() as unknown as string)],
  ['a sub-document', (doc) => (metaMap(doc) as Y.Map<unknown>).set('title', new Y.Doc())],
  ['an unknown meta key', (doc) => metaMap(doc).set('evil', 'x')],
  // Any readable Excel code is a format since the twenty-sixth session ("bold" is one: b, o, l and the day's d).
  ['a format that is neither a name nor a readable code (a control character)', (doc) => (firstSheet(doc).get('formats') as Y.Map<unknown>).set('x:y', 'bold\u0007')],
  ['a format code longer than Excel’s 255 characters', (doc) => (firstSheet(doc).get('formats') as Y.Map<unknown>).set('x:y', '0'.repeat(300))],
  ['a validation with an unknown field', (doc) => {
    const validations = new Y.Map<unknown>();
    firstSheet(doc).set('validations', validations);
    validations.set('x:y', { min: 0, script: 'x' });
  }],
  ['a sheet visibility Excel does not have', (doc) => firstSheet(doc).set('visibility', 'invisible')],
  ['frozen panes beyond what fits a screen', (doc) => {
    const panes = new Y.Map<unknown>();
    firstSheet(doc).set('frozenPanes', panes);
    panes.set('rows', 100_000);
  }],
  ['a defined name under a key that is no name', (doc) => doc.getMap('names').set('A1', { name: 'A1', formula: '=1' })],
  ['a defined name under a key not in upper case', (doc) => doc.getMap('names').set('Vækst', { name: 'Vækst', formula: '=1' })],
  ['a defined name that is a number', (doc) => doc.getMap('names').set('VÆKST', 0.02)],
  ['a defined name with an unknown field', (doc) => doc.getMap('names').set('VÆKST', { name: 'Vækst', formula: '=1', script: 'x' })],
  ['a defined name whose formula is no formula', (doc) => doc.getMap('names').set('VÆKST', { name: 'Vækst', formula: '0.02' })],
  ['a defined name as a Y.Map', (doc) => doc.getMap('names').set('VÆKST', new Y.Map())],
  ['frozen panes with an unknown key', (doc) => {
    const panes = new Y.Map<unknown>();
    firstSheet(doc).set('frozenPanes', panes);
    panes.set('split', 1);
  }],
  ['merged areas that are a string', (doc) => firstSheet(doc).set('merges', 'A1:C1')],
  ['a merged area whose corner is a number', (doc) => {
    const merges = new Y.Map<unknown>();
    firstSheet(doc).set('merges', merges);
    merges.set('r1:c1', 3);
  }],
  ['a merged area whose corner is no cell key', (doc) => {
    const merges = new Y.Map<unknown>();
    firstSheet(doc).set('merges', merges);
    merges.set('r1:c1', 'C1');
  }],
  ['a merged area under a key that is no cell key', (doc) => {
    const merges = new Y.Map<unknown>();
    firstSheet(doc).set('merges', merges);
    merges.set('__proto__', 'r2:c2');
  }],
  ['a merged area holding a Y.Map', (doc) => {
    const merges = new Y.Map<unknown>();
    firstSheet(doc).set('merges', merges);
    merges.set('r1:c1', new Y.Map());
  }],
];

describe('the update check refuses schema-hostile edits (issue 15, problem 4)', () => {
  it.each(hostileEdits)('%s is refused', (_name, edit) => {
    const server = serverDoc();
    expect(verdict(server, editOn(server, edit))).toBe('content');
  });
});

describe('the update check accepts what honest clients send', () => {
  const honestEdits: Array<[string, (doc: Y.Doc) => void]> = [
    ['typing into a cell', (doc) => cellsOf(doc).set(cellsOf(doc).keys().next().value!, 42)],
    ['a formula', (doc) => cellsOf(doc).set(cellsOf(doc).keys().next().value!, '=1+2')],
    ['renaming a sheet twice', (doc) => {
      firstSheet(doc).set('name', 'Ny');
      firstSheet(doc).set('name', 'Nyere');
    }],
    ['adding, then deleting a sheet', (doc) => applyOperation(doc, { type: 'addSheet', sheetId: 'extra', name: 'Ekstra' })],
    ['deleting a goal', (doc) => goalsArray(doc).delete(0, 1)],
    ['deleting a scenario', (doc) => scenariosArray(doc).delete(0, 1)],
    ['deleting rows', (doc) => (firstSheet(doc).get('rows') as Y.Array<string>).delete(0, 3)],
    ['typing a date (the date format)', (doc) => {
      const key = cellsOf(doc).keys().next().value!;
      cellsOf(doc).set(key, 45366);
      (firstSheet(doc).get('formats') as Y.Map<unknown>).set(key, 'date');
    }],
    ['merging cells, deleting a row of the area, unmerging', (doc) => {
      const sheetId = String(sheetOrderArray(doc).get(0));
      applyOperation(doc, { type: 'mergeCells', sheetId, row: 0, col: 1, rows: 2, cols: 3 });
      applyOperation(doc, { type: 'deleteRows', sheetId, index: 0, count: 1 });
      applyOperation(doc, { type: 'unmergeCells', sheetId, row: 0, col: 0, rows: 1, cols: 10 });
    }],
    ['freezing panes, then going back to the suggestion', (doc) => {
      const sheetId = String(sheetOrderArray(doc).get(0));
      applyOperation(doc, { type: 'setFrozenPanes', sheetId, panes: { rows: 2, cols: 1 } });
      applyOperation(doc, { type: 'setFrozenPanes', sheetId, panes: null });
    }],
    ['defining, changing and deleting names', (doc) => {
      const sheet = String(firstSheet(doc).get('name'));
      applyOperation(doc, { type: 'defineName', name: 'Vækst', formula: `='${sheet}'!$B$2` });
      applyOperation(doc, { type: 'defineName', name: 'Rente', formula: '=0.02' });
      applyOperation(doc, { type: 'defineName', name: 'vækst', formula: '=0.03' });
      applyOperation(doc, { type: 'deleteName', name: 'Rente' });
    }],
    ['the shared contract: validations, column widths, data links, adopted version', (doc) => {
      const validations = new Y.Map<unknown>();
      firstSheet(doc).set('validations', validations);
      validations.set('r1:c1', { min: 0, max: 1 });
      const widths = new Y.Map<unknown>();
      firstSheet(doc).set('colWidths', widths);
      widths.set('c1', 160);
      doc.getMap('dataLinks').set('link1', { source: 'jobindsats', table: 'y01a02' });
      metaMap(doc).set('adoptedVersion', 'v1');
    }],
  ];
  it.each(honestEdits)('%s is accepted', (_name, edit) => {
    const server = serverDoc();
    expect(verdict(server, editOn(server, edit))).toBe('accepted');
  });

  it('an update past the workbook\'s 10,000 names is refused, one within it accepted', () => {
    const server = serverDoc();
    const many = (count: number) => editOn(server, (doc) => {
      doc.transact(() => {
        for (let i = 0; i < count; i++) doc.getMap('names').set(`N${i}_`, { name: `N${i}_`, formula: '=1' });
      });
    });
    expect(verdict(server, many(10_000))).toBe('accepted');
    expect(verdict(server, many(10_001))).toBe('content');
  });

  it('a sync step 2 carrying the whole state again is accepted (nothing new)', () => {
    const server = serverDoc();
    expect(verdict(server, Y.encodeStateAsUpdate(server))).toBe('accepted');
  });

  it('an edit made offline on an older replica, after the server moved on, is accepted', () => {
    const server = serverDoc();
    const offline = editOn(server, (doc) => {
      firstSheet(doc).set('name', 'Offline');
      cellsOf(doc).set(cellsOf(doc).keys().next().value!, 7);
    });
    Y.applyUpdate(server, editOn(server, (doc) => firstSheet(doc).set('name', 'Online')));
    expect(verdict(server, offline)).toBe('accepted');
  });
});

describe('a workbook keeps a visible sheet, whatever a peer sends', () => {
  /** The template with every sheet but the first hidden, and an extra sheet to play with. */
  function oneVisibleSheet(): { server: Y.Doc; visibleId: string } {
    const server = serverDoc();
    applyOperation(server, { type: 'addSheet', sheetId: 'opslag', name: 'Opslag' });
    const ids = sheetOrderArray(server).toArray().map(String);
    for (const id of ids.slice(1)) applyOperation(server, { type: 'setSheetVisibility', sheetId: id, visibility: 'hidden' });
    return { server, visibleId: ids[0]! };
  }
  const sheetOf = (doc: Y.Doc, id: string): SheetMap => sheetsMap(doc).get(id) as SheetMap;

  it('hiding the last visible sheet by a raw update is refused', () => {
    const { server, visibleId } = oneVisibleSheet();
    expect(verdict(server, editOn(server, (doc) => sheetOf(doc, visibleId).set('visibility', 'hidden')))).toBe('content');
    expect(verdict(server, editOn(server, (doc) => sheetOf(doc, visibleId).set('visibility', 'veryHidden')))).toBe('content');
  });

  it('deleting or removing the last visible sheet while hidden ones remain is refused', () => {
    const { server, visibleId } = oneVisibleSheet();
    expect(verdict(server, editOn(server, (doc) => sheetOf(doc, visibleId).set('deleted', true)))).toBe('content');
    expect(verdict(server, editOn(server, (doc) => sheetsMap(doc).delete(visibleId)))).toBe('content');
  });

  it('hiding a sheet while another stays visible is accepted, and so is showing one and hiding the other in one update', () => {
    const { server, visibleId } = oneVisibleSheet();
    expect(verdict(server, editOn(server, (doc) => sheetOf(doc, 'opslag').delete('visibility')))).toBe('accepted');
    const swap = editOn(server, (doc) =>
      doc.transact(() => {
        sheetOf(doc, 'opslag').set('visibility', 'visible');
        sheetOf(doc, visibleId).set('visibility', 'hidden');
      }),
    );
    expect(verdict(server, swap)).toBe('accepted');
  });

  it('two colleagues hiding the last two visible sheets at once: the update that arrives second is refused', () => {
    const { server, visibleId } = oneVisibleSheet();
    Y.applyUpdate(server, editOn(server, (doc) => sheetOf(doc, 'opslag').delete('visibility')));
    const anna = editOn(server, (doc) => applyOperation(doc, { type: 'setSheetVisibility', sheetId: visibleId, visibility: 'hidden' }));
    const bo = editOn(server, (doc) => applyOperation(doc, { type: 'setSheetVisibility', sheetId: 'opslag', visibility: 'hidden' }));
    expect(verdict(server, anna)).toBe('accepted');
    Y.applyUpdate(server, anna);
    expect(verdict(server, bo)).toBe('content');
  });

  it('a write racing with one the server has on the same sheet is judged as Yjs resolves it', () => {
    const { server, visibleId } = oneVisibleSheet();
    // Bo, offline, hides the visible sheet after showing Opslag; meanwhile Anna hid Opslag again.
    const bo = editOn(server, (doc) =>
      doc.transact(() => {
        sheetOf(doc, 'opslag').set('visibility', 'visible');
        sheetOf(doc, visibleId).set('visibility', 'hidden');
      }),
    );
    const anna = editOn(server, (doc) => sheetOf(doc, 'opslag').set('visibility', 'veryHidden'));
    Y.applyUpdate(server, anna);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(copy, bo);
    const opslagAfter = sheetOf(copy, 'opslag').get('visibility');
    copy.destroy();
    expect(verdict(server, bo)).toBe(opslagAfter === 'visible' ? 'accepted' : 'content');
  });

  it('a write into a sheet map a colleague replaced meanwhile is accepted, and Yjs drops it', () => {
    const { server } = oneVisibleSheet();
    // Anna replaces Opslag's sheet map (as a raw update may); Bo, not yet synced, writes a key the
    // old one never had (its parent is then the old map itself, which the server has collected).
    const anna = editOn(server, (doc) => {
      const sheet = new Y.Map<unknown>();
      sheet.set('name', 'Opslag 2');
      for (const key of ['rows', 'cols']) sheet.set(key, new Y.Array());
      for (const key of ['cells', 'formats']) sheet.set(key, new Y.Map());
      sheetsMap(doc).set('opslag', sheet);
    });
    const bo = editOn(server, (doc) => sheetOf(doc, 'opslag').set('deleted', false));
    Y.applyUpdate(server, anna);
    expect(verdict(server, bo)).toBe('accepted');
    Y.applyUpdate(server, bo);
    expect(sheetOf(server, 'opslag').get('name')).toBe('Opslag 2');
    expect(sheetOf(server, 'opslag').has('deleted')).toBe(false);
  });

  it('racing writes and replaced sheet maps on every sheet are judged without a copy of the document, as the copy would judge them', () => {
    const values = ['visible', 'hidden', 'veryHidden'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const outcomes = new Set<string>();
    for (let round = 0; round < 15; round++) {
      // As the server holds it: loaded from its stored state, no root asked for yet.
      const server = new Y.Doc();
      Y.applyUpdate(server, Y.encodeStateAsUpdate(oneVisibleSheet().server));
      const ids = sheetOrderArray(server).toArray().map(String);
      const replicas = [1, 2, 3].map((n) => {
        const replica = new Y.Doc();
        replica.clientID = 1000 * n + round;
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
        return { replica, before: Y.encodeStateVector(replica) };
      });
      for (const { replica } of replicas) {
        replica.transact(() => {
          for (const id of ids) {
            // Mostly hiding, so some rounds leave no sheet visible.
            const choice = next(12);
            if (choice >= 9) {
              const sheet = new Y.Map<unknown>();
              sheet.set('name', `N${id}`.slice(0, 31));
              for (const key of ['rows', 'cols']) sheet.set(key, new Y.Array());
              for (const key of ['cells', 'formats']) sheet.set(key, new Y.Map());
              if (next(4) > 0) sheet.set('visibility', values[1 + next(2)]!);
              sheetsMap(replica).set(id, sheet);
            } else sheetOf(replica, id).set('visibility', values[choice === 0 ? 0 : 1 + (choice % 2)]!);
          }
        });
      }
      const [first, ...racing] = replicas.map(({ replica, before }) => Y.encodeStateAsUpdate(replica, before));
      Y.applyUpdate(server, first!);
      for (const update of racing) {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
        Y.applyUpdate(copy, update);
        const grid = workbookGrid(copy);
        const expected = storesVisibleSheet(grid) || !storesVisibleSheet(workbookGrid(server)) ? 'accepted' : 'content';
        copy.destroy();
        const actual = verdict(server, update, () => false);
        expect(actual, `round ${round}`).toBe(expected);
        outcomes.add(actual);
        if (actual === 'accepted') Y.applyUpdate(server, update);
      }
      for (const { replica } of replicas) replica.destroy();
    }
    expect([...outcomes].sort()).toEqual(['accepted', 'content']);
  }, 120_000);

  it('the update a planner\'s Hide sheet makes is accepted', () => {
    const server = serverDoc();
    applyOperation(server, { type: 'addSheet', sheetId: 'opslag', name: 'Opslag' });
    expect(verdict(server, editOn(server, (doc) => applyOperation(doc, { type: 'setSheetVisibility', sheetId: 'opslag', visibility: 'hidden' })))).toBe('accepted');
  });
});

describe('updates that would leave structs pending are incomplete', () => {
  it('a struct after a clock gap', () => {
    const server = serverDoc();
    const peer = new Y.Doc();
    peer.clientID = 4242;
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(peer);
    metaMap(peer).set('title', 'a');
    const middle = Y.encodeStateVector(peer);
    metaMap(peer).set('title', 'b');
    const gapped = Y.encodeStateAsUpdate(peer, middle);
    expect(verdict(server, gapped)).toBe('incomplete');
    expect(verdict(server, Y.encodeStateAsUpdate(peer, sv))).toBe('accepted');
  });
});
