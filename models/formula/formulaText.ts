/**
 * Rewrites the text between a formula's references word by word: string literals pass through
 * untouched, every word (letters, digits, `_`, `.`, `$`) and every other character is handed to
 * the caller. Used to translate function names and separators (formulaLocale.ts) and to write
 * Excel's `_xlfn.` prefixes (interchange/excelFormulas.ts).
 */
const WORD = /[\p{L}\p{N}_.$]/u;
import { errorLiteralAt, type ErrorLiteral } from '../workbook/errorValueNames.js';

export interface FormulaTextRewrite {
  /** A word; `beforeParen` is true when the next non-space character is `(` (a function name), which is `next`. */
  word(word: string, beforeParen: boolean, next: string | undefined): string;
  /** Any other character outside string literals (separators, operators, braces). */
  char?(ch: string): string;
  /** An error literal outside string literals (`#REF!`, `#I/T`), as written. */
  error?(literal: ErrorLiteral): string;
}

export function rewriteFormulaText(text: string, rewrite: FormulaTextRewrite): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '#' && rewrite.error && errorLiteralAt(text, i) !== null) {
      const literal = errorLiteralAt(text, i)!;
      out += rewrite.error(literal);
      i += literal.written.length;
    } else if (WORD.test(ch)) {
      let j = i;
      while (j < text.length && WORD.test(text[j]!)) j++;
      let k = j;
      while (text[k] === ' ') k++;
      out += rewrite.word(text.slice(i, j), text[k] === '(', text[k]);
      i = j;
    } else {
      out += rewrite.char ? rewrite.char(ch) : ch;
      i++;
    }
  }
  return out;
}
