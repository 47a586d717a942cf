/** The sheet of dynamic arrays the .xlsx tests export: each kind of formula Excel 365 writes apart. */
/** A1:A3 hold 1, 2, 3; C2 stands in the way of C1's spill. */
export const SHEET = {
  A1: 1,
  A2: 2,
  A3: 3,
  B1: '=A1:A3*2',
  C1: '=ABS(A1:A3)',
  C2: 'i vejen',
  D1: '=SUM(A1:A3*A1:A3)',
  E1: '=SEQUENCE(3)',
  F1: '=SUM(A1:A3)',
  G2: '=SINGLE(A1:A3)*2',
  H1: '=ARRAYFORMULA(A1:A3*10)',
  J1: '=INDEX(A1:A3,0,1)*10',
} as const;
