/**
 * A formula is stored with identities instead of A1 positions and read back in A1 terms: what the
 * planner typed must come back as typed, and follow its rows when they move.
 */
import { describe, expect, it } from 'vitest';
import { decodeFormula, encodeFormula, type GridAllocator } from '../../models/formula/storedFormula.js';

/** Two sheets whose rows and columns get identities on first use, as the workbook's grid does. */
function grid(): GridAllocator & { deleteRow(sheetId: string, index: number): void; insertRow(sheetId: string, index: number): void } {
  const sheets = new Map([
    ['s1', { name: 'Fremskrivning', rows: [] as string[], cols: [] as string[] }],
    ['s2', { name: "Mål 'A'", rows: [] as string[], cols: [] as string[] }],
  ]);
  let next = 0;
  const idAt = (ids: string[], index: number, prefix: string): string => {
    while (ids.length <= index) ids.push(`${prefix}${next++}`);
    return ids[index]!;
  };
  return {
    sheetIdByName: (name) => [...sheets].find(([, s]) => s.name.toLowerCase() === name.toLowerCase())?.[0],
    sheetName: (id) => sheets.get(id)?.name,
    rowIndex: (id, rowId) => sheets.get(id)?.rows.indexOf(rowId) ?? -1,
    colIndex: (id, colId) => sheets.get(id)?.cols.indexOf(colId) ?? -1,
    ensureRowId: (id, index) => idAt(sheets.get(id)!.rows, index, 'r'),
    ensureColId: (id, index) => idAt(sheets.get(id)!.cols, index, 'c'),
    deleteRow: (id, index) => void sheets.get(id)!.rows.splice(index, 1),
    insertRow: (id, index) => void sheets.get(id)!.rows.splice(index, 0, `r${next++}`),
  };
}

describe('a stored formula reads back as the planner typed it', () => {
  it.each([
    '=B5*(1+$C$2)',
    '=SUM(E5:AT5)/12',
    '=A:A',
    '=SUM(3:4)',
    "='Mål ''A'''!B2+Fremskrivning!$D7",
    "=SUM('Mål ''A'''!B2:C9)",
    '=IF(B2>0;"⟦not a reference⟧";"B2")',
    '="say ""B2"""&B2',
    '=RAND()',
  ])('%s', (formula) => {
    const g = grid();
    const stored = encodeFormula(formula, 's1', g);
    expect(decodeFormula(stored, 's1', g)).toBe(formula);
  });

  it('keeps marker-like text inside a string literal as text', () => {
    const g = grid();
    const stored = encodeFormula('=CONCAT("⟦", B2, "⟧:⟦x,y⟧")', 's1', g);
    expect(decodeFormula(stored, 's1', g)).toBe('=CONCAT("⟦", B2, "⟧:⟦x,y⟧")');
  });
});

describe('a stored formula follows its rows', () => {
  it('reads the new position after a row is inserted above', () => {
    const g = grid();
    const stored = encodeFormula('=SUM(B2:B4)*$C$3', 's1', g);
    g.insertRow('s1', 0);
    expect(decodeFormula(stored, 's1', g)).toBe('=SUM(B3:B5)*$C$4');
  });

  it('reads #REF! where the row it named is deleted, and keeps the rest', () => {
    const g = grid();
    const stored = encodeFormula("=B2+B3+'Mål ''A'''!B4+SUM(B1:B2)", 's1', g);
    g.deleteRow('s1', 1);
    expect(decodeFormula(stored, 's1', g)).toBe("=#REF!+B2+'Mål ''A'''!B4+SUM(#REF!)");
  });

  it('reads a reference to another sheet from any host sheet the same way', () => {
    const g = grid();
    const stored = encodeFormula("='Mål ''A'''!B2", 's1', g);
    expect(decodeFormula(stored, 's2', g)).toBe("='Mål ''A'''!B2");
  });
});
