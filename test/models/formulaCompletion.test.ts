/** Formula AutoComplete: which word before the caret is completed, and to what. */
import { describe, expect, it } from 'vitest';
import { applyCompletion, completionAt } from '../../models/formula/formulaCompletion.js';
import { functionNames } from '../../models/formula/formulaLocale.js';

const FUNCTIONS = ['SUM', 'SUMIF', 'SUMPRODUCT', 'ROWS'];
const NAMES = ['Udgifter', 'Sum_i_alt'];

describe('what the formula editors suggest', () => {
  it.each([
    ['=SU', ['Sum_i_alt', 'SUM', 'SUMIF', 'SUMPRODUCT']],
    ['=SUM(udg', ['Udgifter']],
    ['=ROWS(Ud', ['Udgifter']],
    ['=A1+su', ['Sum_i_alt', 'SUM', 'SUMIF', 'SUMPRODUCT']],
    ['="SU', null],
    ['=Data!SU', null],
    ['=$SU', null],
    ['=A1:SU', null],
    ['=1E', null],
    ['SU', null],
    ['=Udgifter', null],
    ['=XYZ', null],
  ])('%s → %j', (text, labels) => {
    const completion = completionAt(text, text.length, FUNCTIONS, NAMES);
    expect(completion ? completion.items.map((i) => i.label) : null).toEqual(labels);
  });

  it('nothing is completed with the caret inside a word', () => {
    expect(completionAt('=SUM(A1)', 3, FUNCTIONS, NAMES)).toBeNull();
  });

  it('a function is inserted with its "(", a name as it is spelled, the rest of the formula kept', () => {
    const text = '=SUM(udg)+1';
    const caret = 8;
    const completion = completionAt(text, caret, FUNCTIONS, NAMES)!;
    expect(applyCompletion(text, caret, completion, completion.items[0]!)).toEqual({ text: '=SUM(Udgifter)+1', caret: 13 });
    const su = completionAt('=su', 3, FUNCTIONS, [])!;
    expect(applyCompletion('=su', 3, su, su.items[0]!)).toEqual({ text: '=SUM(', caret: 5 });
  });

  it("the functions offered are Danish Excel's in a Danish workbook", () => {
    expect(functionNames('da-DK')).toEqual(expect.arrayContaining(['SUM', 'HVIS', 'LOPSLAG', 'RÆKKER']));
    expect(functionNames('en-GB')).toEqual(expect.arrayContaining(['SUM', 'IF', 'VLOOKUP', 'ROWS']));
    expect(functionNames('da-DK')).not.toContain('SAND');
  });
});
