import { describe, expect, it } from 'vitest';
import { cycleReference } from '../../client/src/grid/absoluteReference.js';

/** The text after F4 with the caret where `|` stands; the caret shown the same way. */
function f4(typed: string): string | null {
  const caret = typed.indexOf('|');
  const result = cycleReference({ text: typed.replace('|', ''), caret });
  return result && result.text.slice(0, result.caret) + '|' + result.text.slice(result.caret);
}

describe('F4 cycles the reference at the caret as in Excel', () => {
  it.each([
    ['=B5|', '=$B$5|'],
    ['=$B$5|', '=B$5|'],
    ['=B$5|', '=$B5|'],
    ['=$B5|', '=B5|'],
    ['=SUM(B|5:B16)', '=SUM($B$5:$B$16|)'],
    ['=SUM($B$5:B16|', '=SUM(B$5:B$16|'],
    ['=A1+C|3*2', '=A1+$C$3|*2'],
    ['=Ark1!B5|', '=Ark1!$B$5|'],
    ['=HVIS(A1>0,5;B2|;0)', '=HVIS(A1>0,5;$B$2|;0)'],
  ])('%s → %s', (typed, expected) => {
    expect(f4(typed)).toBe(expected);
  });

  it.each([
    ['no formula', 'B5|'],
    ['a function name', '=LOG10|(100)'],
    ['text in quotes', '="B5|"'],
    ['no reference at the caret', '=B5+|1'],
  ])('leaves %s alone', (_, typed) => {
    expect(f4(typed)).toBeNull();
  });
});
