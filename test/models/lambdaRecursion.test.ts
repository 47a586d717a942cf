/**
 * A defined name's LAMBDA calling itself: IF computes only the branch it takes, so the calls stop
 * where Excel's do; nested more than 128 deep, more than 50,000 calls, or deeper than the
 * JavaScript stack reaches, #NUM! (Excel's answer to a recursion too deep for its stack), and
 * never an engine that stops answering: before the bounds, `Fakultet` overflowed the stack and
 * took the engine down (models/engine/lambdaFunctions.ts, models/engine/lazyChoices.ts).
 */
import { describe, expect, it } from 'vitest';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

const NAMES = [
  { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))' },
  { name: 'Fib', formula: '=LAMBDA(n,IF(n<2,n,Fib(n-1)+Fib(n-2)))' },
  { name: 'Uendelig', formula: '=LAMBDA(n,Uendelig(n+1))' },
  // Each call nests nine functions deep: the stack runs out before 128 calls.
  { name: 'Dyb', formula: '=LAMBDA(n,IF(n<=0,0,1+SUM(SUM(SUM(SUM(SUM(SUM(SUM(SUM(Dyb(n-1)))))))))))' },
];

describe('a LAMBDA name calling itself', () => {
  it('computes a factorial within the depth bound, and a planner’s other cells with it', () => {
    const doc = open.document(workbookFile({ Data: { A1: '=Fakultet(5)', A2: '=SUM(MAP(SEQUENCE(100),LAMBDA(v,Fakultet(3))))', A3: '=1+1' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const data = sheetId(doc, 'Data');
    expect([0, 1, 2].map((row) => engine.value(data, row, 0))).toEqual([120, 600, 2]);
  });

  it('computes Fakultet(100) and Fib(20) as Excel, with only the branch IF takes', () => {
    const doc = open.document(workbookFile({ Data: { A1: '=Fakultet(100)', A2: '=Fib(20)', A3: '=Dyb(20)' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const data = sheetId(doc, 'Data');
    expect(engine.value(data, 0, 0)).toBeCloseTo(9.33262154439441e157, -143);
    expect([1, 2].map((row) => engine.value(data, row, 0))).toEqual([6765, 20]);
  });

  it('is #NUM! past 128 nested calls, 50,000 calls or the stack, and the engine goes on computing', () => {
    const doc = open.document(workbookFile({ Data: { A1: '=Fakultet(200)', A2: '=Fib(30)', A3: '=Uendelig(1)', A4: '=Dyb(5000)', A5: '=Fakultet(4)', A6: '=Dyb(3)' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const data = sheetId(doc, 'Data');
    for (const row of [0, 1, 2, 3]) expect(engine.value(data, row, 0)).toMatchObject({ error: '#NUM!' });
    expect([4, 5].map((row) => engine.value(data, row, 0))).toEqual([24, 3]);
  });
});
