/**
 * An editor (careless or hostile) defines a LAMBDA name that calls itself without end, or a LAMBDA
 * applied to itself through LET, and types calls of them. Before the depth bounds such a call
 * overflowed the stack and stopped the engine (models/engine/lambdaFunctions.ts). On the real
 * server the cells are #NUM! (Excel's answer to a recursion too deep), a recursion that ends
 * computes, every other cell computes, and the workspace's evaluation, first values and exports
 * answer while a colleague works on the demo workspace.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { typeFormulasThenExport } from './support/hostileFormulas.js';

const server = serverForTests();

describe('a LAMBDA calling itself without end', () => {
  it('is #NUM! in its own cells on the server; one that ends computes, and the workspace answers', async () => {
    const lines = await typeFormulasThenExport(
      server,
      [
        { row: 0, col: 0, input: '=Uendelig(1)' },
        { row: 1, col: 0, input: '=LET(f,LAMBDA(g,g(g)),f(f))' },
        { row: 2, col: 0, input: '=LAMBDA(g,n,g(g,n+1))(LAMBDA(g,n,g(g,n+1)),1)' },
        { row: 3, col: 0, input: '=SUM(MAP(SEQUENCE(50),LAMBDA(v,Uendelig(v))))' },
        { row: 4, col: 0, input: '=Fakultet(5)' },
        { row: 5, col: 0, input: '=LET(f,LAMBDA(g,n,IF(n<=1,1,n*g(g,n-1))),f(f,4))' },
        { row: 6, col: 0, input: '=1+1' },
      ],
      {
        xlsx: true,
        names: [
          { name: 'Uendelig', formula: '=LAMBDA(n,Uendelig(n+1))' },
          { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))' },
        ],
      },
    );
    expect([0, 1, 2, 3, 4, 5, 6].map((row) => lines[row]?.[0])).toEqual(['#NUM!', '#NUM!', '#NUM!', '#NUM!', '120', '24', '2']);
  }, 180_000);
});
