/**
 * A defined name's LAMBDA calling itself: computed while the calls nest at most 64 deep, else
 * #NUM! (Excel's answer to a recursion too deep for its stack), and never an engine that stops
 * answering: before the bounds, `Fakultet` overflowed the stack and took the engine down, and a
 * LAMBDA calling itself twice would have made 2^64 calls (models/engine/lambdaFunctions.ts).
 */
import { describe, expect, it } from 'vitest';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

const NAMES = [
  { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))' },
  { name: 'Fib', formula: '=LAMBDA(n,IF(n<2,n,Fib(n-1)+Fib(n-2)))' },
];

describe('a LAMBDA name calling itself', () => {
  it('computes a factorial within the depth bound, and a planner’s other cells with it', () => {
    const doc = open.document(workbookFile({ Data: { A1: '=Fakultet(5)', A2: '=SUM(MAP(SEQUENCE(100),LAMBDA(v,Fakultet(3))))', A3: '=1+1' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const data = sheetId(doc, 'Data');
    expect([0, 1, 2].map((row) => engine.value(data, row, 0))).toEqual([120, 600, 2]);
  });

  it('is #NUM! past 64 nested calls or 50,000 calls, and the engine goes on computing', () => {
    const doc = open.document(workbookFile({ Data: { A1: '=Fakultet(100)', A2: '=Fib(10)', A3: '=Fakultet(4)' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const data = sheetId(doc, 'Data');
    expect(engine.value(data, 0, 0)).toMatchObject({ error: '#NUM!' });
    expect(engine.value(data, 1, 0)).toMatchObject({ error: '#NUM!' });
    expect(engine.value(data, 2, 0)).toBe(24);
  });
});
