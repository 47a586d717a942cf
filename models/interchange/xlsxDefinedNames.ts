/**
 * Excel's defined names (Formulas › Name Manager): a planner names an assumption cell (`Rate` →
 * `Data!$B$2`) and writes `=Rate*A5`. Fremskriv's workbook has no names, so a name that stands for
 * a cell, a range or a number is written into each formula that uses it (`=Data!$B$2*A5`), which
 * computes the same; a name for anything else (a formula, an error, another workbook, a range
 * beyond a Fremskriv sheet) is left as it is, reported (`kind: name`) and shows #NAME?.
 * A name scoped to one sheet (`localSheetId`) wins over a workbook name on that sheet, as in Excel.
 *
 * @example new DefinedNames([{ name: 'Rate', text: 'Data!$B$2' }]).substitute('=Rate*2', 'Data') // '=Data!$B$2*2'
 */
import { formatReference, splitFormula, type A1Reference } from '../formula/a1References.js';
import { rewriteFormulaText } from '../formula/formulaText.js';
import { fromExcelFormula } from './excelFormulas.js';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './interchangeLimits.js';

export interface DefinedName {
  name: string;
  /** The sheet a sheet-scoped name belongs to (its name as in the file); absent for a workbook name. */
  sheet?: string;
  /** The name's formula as the file stores it (`Data!$B$2`, `0.05`). */
  text: string;
}

function insideFremskrivSheet(ref: A1Reference): boolean {
  const fits = (end: A1Reference['start'] | undefined): boolean =>
    end === undefined || ((end.row?.index ?? 0) < MAX_IMPORT_ROWS && (end.col?.index ?? 0) < MAX_IMPORT_COLUMNS);
  return fits(ref.start) && fits(ref.end);
}

/** What a name's formula can be written in as: a sheet's reference or a number; else null. */
function replacement(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_TEXT) return null;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(trimmed)) return trimmed;
  const segments = splitFormula(fromExcelFormula(trimmed));
  const [head, ref, ...rest] = segments;
  if (head?.kind !== 'text' || head.text !== '=' || ref?.kind !== 'ref' || rest.length > 0) return null;
  if (ref.ref.sheet === undefined || /[[\]]/.test(ref.ref.sheet) || !insideFremskrivSheet(ref.ref)) return null;
  return formatReference(ref.ref);
}

/** Excel's longest formula; a longer name text is no name Excel wrote. */
const MAX_NAME_TEXT = 8_192;

const key = (name: string, sheet: string | undefined): string => `${(sheet ?? '').toUpperCase()}\u0000${name.toUpperCase()}`;

export class DefinedNames {
  private readonly written = new Map<string, string>();
  private readonly unusable = new Set<string>();
  /** `Name → what it stood for`, for each name written into at least one formula (as the formula spells it). */
  readonly used = new Set<string>();

  constructor(names: readonly DefinedName[]) {
    for (const { name, sheet, text } of names) {
      if (name.startsWith('_xlnm.')) continue;
      const value = replacement(text);
      if (value === null) this.unusable.add(name);
      else this.written.set(key(name, sheet), value);
    }
  }

  /** Names that are not written into formulas (used or not), as the file spells them. */
  get notImported(): string[] {
    return [...this.unusable];
  }

  /** A canonical formula on `sheet` with every name it can resolve written in. */
  substitute(formula: string, sheet: string): string {
    if (this.written.size === 0) return formula;
    return splitFormula(formula)
      .map((segment) => {
        if (segment.kind === 'ref') return formatReference(segment.ref);
        return rewriteFormulaText(segment.text, {
          word: (word, beforeParen) => {
            if (beforeParen || !/^[\p{L}_\\]/u.test(word)) return word;
            const value = this.written.get(key(word, sheet)) ?? this.written.get(key(word, undefined));
            if (value === undefined) return word;
            this.used.add(`${word} → ${value}`);
            return value;
          },
        });
      })
      .join('');
  }
}
