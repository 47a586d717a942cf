/**
 * Where a formula's text gives a function by its bare name as a LAMBDA (Excel 365's eta lambda,
 * `=BYROW(A1:C3,SUM)`): the last argument of MAP, REDUCE, SCAN, BYROW, BYCOL or MAKEARRAY that is
 * one word. Read word by word (formula/formulaText.ts) across a formula's references, so the
 * Danish translation (formulaLocale.ts: `=BYCOL(A1:C3;MAKS)`), an .xlsx file's `_xleta.SUM`
 * (interchange/excelFormulas.ts) and the import's list of unknown names (engine/formulaCheck.ts)
 * find the same places the engine computes (formula/lambdaFormula.ts).
 */
import { callsLambda } from './lambdaFormula.js';

/** Follows a formula's text: the calls open around a place and the character before it. */
export class EtaPlaces {
  private readonly open: string[] = [];
  private called = '';
  private last = '';

  /** Whether the word given next (`next`: the character after it) stands where a LAMBDA is expected. */
  word(word: string, beforeParen: boolean, next: string | undefined): boolean {
    const eta = !beforeParen && next === ')' && (this.last === ',' || this.last === ';') && callsLambda(this.open[this.open.length - 1] ?? '');
    [this.called, this.last] = [beforeParen ? word : '', word];
    return eta;
  }

  /** Any other character of the text (a reference between texts needs none). */
  char(ch: string): void {
    if (ch === '(') this.open.push(this.called);
    if (ch === ')') this.open.pop();
    if (ch !== ' ') [this.called, this.last] = ['', ch];
  }
}
