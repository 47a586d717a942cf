/**
 * TEXT as Excel computes it, with Excel's number format codes read by numfmt (a complete
 * implementation of ECMA-376 formats, with locale data; HyperFormula 3.5's own TEXT knows a few
 * codes only: TEXT(0.185,"0.0%") was "0.2%", TEXT(1234.567,"#,##0") "1235,##0" and
 * TEXT(d,"mmm yyyy") "030 2024", issue 11).
 * A workbook's locale decides how format codes are read and written, as in Excel: in a da-DK
 * workbook TEXT(0,185;"0,0%") is "18,5%", "#.##0" groups with points and "mmm åååå" is "mar 2024"
 * (Danish Excel's codes, translated by numfmt's `delocalize`); in en-GB "0.0%", "#,##0", "mmm yyyy".
 * The engine learns the locale from its config's `context` (formulaContext.ts).
 * Registering replaces the engine's TEXT; its Danish name (TEKST) is kept.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { delocalize, format } from 'numfmt';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { engineLocale } from './formulaContext.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';
import { numberAsText } from './excelNumberText.js';
import { excelFormatEdge } from './formatCodeEdges.js';

/** Format codes as read in a locale, translated once each to numfmt's (en-US) codes. */
const codes = new Map<string, string>();

function formatCode(pattern: string, locale: string): string {
  if (locale === 'en-GB' || locale === 'en-US') return pattern;
  const key = `${locale}|${pattern}`;
  let code = codes.get(key);
  if (code === undefined) {
    code = englishCode(pattern, locale);
    if (codes.size > 1000) codes.clear();
    codes.set(key, code);
  }
  return code;
}

/** A quoted text, an escaped character, a `[…]` part or a `_x`/`*x` pair: no separators there. */
const LITERAL_PART = /"[^"]*"|\\.|\[[^\]]*\]|[_*]./g;
/** Date and time codes (Danish and English) outside the literal parts: a date's `.` is text. */
const DATE_CODES = /[dmåtsyhDMÅTSYH]/;

/**
 * A da-DK format code as English Excel's. Danish Excel's `.` groups and, after the last digit,
 * scales by 1000 (`#.##0.` is 1.235 for 1234567, as English `#,##0,`); its `,` is the decimal
 * point. numfmt's delocalize read a `.` after the last digit as a decimal point and a `,` there as
 * scaling (TEXT(1234567;"#.##0.") was "1.234.568,"), so number sections have their separators
 * translated here (and their `[Rød]` by delocalize); date and time sections, where `.` is text
 * ("d. mmmm åååå"), and "Standard" are delocalize's.
 */
function englishCode(pattern: string, locale: string): string {
  return splitSections(pattern)
    .map((section) => {
      if (DATE_CODES.test(section.replace(LITERAL_PART, ''))) return delocalize(section, locale);
      let out = '';
      let at = 0;
      for (const literal of section.matchAll(LITERAL_PART)) {
        const part = literal[0];
        out += swapped(section.slice(at, literal.index)) + (part.startsWith('[') ? delocalize(part, locale) : part);
        at = literal.index + part.length;
      }
      return out + swapped(section.slice(at));
    })
    .join(';');
}

/**
 * Danish `,` as English `.`; a Danish `.` right after a digit placeholder (or another such `.`)
 * as English `,`; any other `.` is text, as in "kr. #.##0,00" (kr. 105,50; it was read as the
 * decimal point: "kr105, 50,00").
 */
function swapped(text: string): string {
  return text.replace(/,|(?<=[0#?.])\.+|\./g, (run, at: number) => {
    if (run === ',') return '.';
    const afterPlaceholder = at > 0 && /[0#?.]/.test(text[at - 1]!);
    return afterPlaceholder ? ','.repeat(run.length) : '\\.';
  });
}

/** A format's sections (`positive;negative;zero;text`), split outside quoted text. */
function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of pattern) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  return [...sections, current];
}

/** The value TEXT formats: a number where Excel reads one (numeric text too), else the text itself. */
function formattedValue(value: unknown, toNumber: (v: string) => unknown): number | string | boolean | CellError {
  if (value instanceof CellError) return value;
  if (value === EmptyValue || value === undefined || value === null) return 0;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const number = toNumber(value);
    return typeof number === 'number' ? number : value;
  }
  if (typeof value === 'object' && 'val' in value && typeof value.val === 'number') return value.val;
  return new CellError(ErrorType.VALUE, 'TEXT needs one value');
}

class ExcelTextPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXT: {
      method: 'text',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  text(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('TEXT'), (raw: unknown, pattern: string) => {
      const value = formattedValue(raw, (text) => {
        const number = this.coerceScalarToNumberOrError(text);
        return number instanceof CellError ? undefined : typeof number === 'number' ? number : number.val;
      });
      if (value instanceof CellError) return value;
      // Excel: a logical value is its name whatever the format.
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      if (pattern === '') return typeof value === 'number' ? '' : value;
      const locale = engineLocale(this.config.context);
      try {
        const code = formatCode(pattern, locale);
        const edge = typeof value === 'number' && !code.includes(';') ? excelFormatEdge(code, value) : { code, value };
        if ('text' in edge) return edge.text;
        const text = format(edge.code, edge.value, { locale, throws: true });
        // numfmt's General writes up to 11 characters as a cell would; TEXT's has 15 digits.
        return /^general$/i.test(pattern) && typeof value === 'number' ? localNumber(numberAsText(value), locale) : text;
      } catch {
        return new CellError(ErrorType.VALUE, `TEXT cannot read the format "${pattern}"`);
      }
    });
  }
}

function localNumber(text: string, locale: string): string {
  return locale === 'da-DK' ? text.replace('.', ',') : text;
}

/** Replaces HyperFormula's TEXT with Excel's (call before building engines). */
export function registerExcelText(): void {
  replaceBuiltInFunctions(ExcelTextPlugin, ['TEXT']);
}
