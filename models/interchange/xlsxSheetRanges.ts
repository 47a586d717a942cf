/**
 * Excel's 3-D reference: the same cells on every sheet from one sheet to another, in the
 * workbook's order (`=SUM(Jan:Dec!B5)`, `=SUM('Uge 1:Uge 4'!B5:B9)`), as a planner sums twelve
 * month sheets. A Fremskriv reference names one sheet (the stored form keeps one sheet's identity),
 * so the import writes such a reference as one reference per sheet, each its own argument
 * (`=SUM(Jan!B5,Feb!B5,…,Dec!B5)`): the functions that take a 3-D reference (SUM, AVERAGE, COUNT,
 * COUNTA, MAX, MIN, PRODUCT, STDEV, VAR and their A forms) compute the list alike. Before, the
 * stored form read the span as an unknown sheet: `=SUM(#REF!)`, and the export wrote that.
 * A span that is not a function's whole argument (`=Jan:Dec!B5*2`, which Excel computes to
 * #VALUE!) or names a sheet the file lacks is left as written.
 *
 * @example expandSheetRanges('=SUM(Jan:Mar!B5)', ['Jan', 'Feb', 'Mar']) // '=SUM(Jan!B5,Feb!B5,Mar!B5)'
 */
import { formatReference, splitFormula, type FormulaSegment } from '../formula/a1References.js';

/** An unquoted first sheet written before the colon: `Jan:` ending the text before `Dec!B5`. */
const UNQUOTED_FIRST = /([\p{L}_][\p{L}\p{N}_.]*):$/u;

/** The sheet a reference without a sheet names when its written text is a sheet's name (`Ark1`), else undefined. */
function sheetLikeCell(segment: FormulaSegment | undefined, sheets: readonly string[]): string | undefined {
  if (segment?.kind !== 'ref' || segment.ref.sheet !== undefined || segment.ref.end !== undefined) return undefined;
  const written = segment.written ?? '';
  return sheetIndex(sheets, written) >= 0 ? written : undefined;
}

function sheetIndex(sheets: readonly string[], name: string): number {
  const upper = name.toUpperCase();
  return sheets.findIndex((sheet) => sheet.toUpperCase() === upper);
}

/** The formula with each 3-D reference written as its sheets' references; `sheets` in the workbook's order. */
export function expandSheetRanges(formula: string, sheets: readonly string[]): string {
  if (!formula.includes(':') || !formula.includes('!')) return formula;
  const segments: FormulaSegment[] = splitFormula(formula);
  let changed = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind !== 'ref' || segment.ref.sheet === undefined) continue;
    const before = segments[i - 1];
    const after = segments[i + 1];
    let first: string;
    let last: string;
    let lead = before?.kind === 'text' ? before.text : '';
    const unquoted = UNQUOTED_FIRST.exec(lead);
    const cellNamed = before?.kind === 'text' && before.text === ':' ? sheetLikeCell(segments[i - 2], sheets) : undefined;
    let leadAt = i - 1;
    if (segment.ref.sheet.includes(':')) [first = '', last = ''] = segment.ref.sheet.split(':');
    else if (cellNamed !== undefined) {
      // `Ark1:Ark3!A1`: the first sheet's name reads as a cell (column ARK, row 1), as Danish
      // Excel's default sheet names do, so the text before it is two segments back.
      first = cellNamed;
      last = segment.ref.sheet;
      const earlier = segments[i - 3];
      lead = earlier?.kind === 'text' ? earlier.text : '';
      leadAt = i - 3;
    } else if (unquoted) {
      first = unquoted[1]!;
      last = segment.ref.sheet;
      lead = lead.slice(0, -unquoted[0].length);
    } else continue;
    const from = sheetIndex(sheets, first);
    const to = sheetIndex(sheets, last);
    const trail = after?.kind === 'text' ? after.text : '';
    if (from < 0 || to < 0 || !/[(,]\s*$/.test(lead) || !/^\s*[),]/.test(trail)) continue;
    const span = sheets.slice(Math.min(from, to), Math.max(from, to) + 1);
    const list = span.map((sheet) => formatReference({ ...segment.ref, sheet })).join(',');
    const leading = segments[leadAt];
    if (leading?.kind === 'text') leading.text = lead;
    for (let gone = leadAt + 1; gone < i; gone++) segments[gone] = { kind: 'text', text: '' };
    segments[i] = { kind: 'text', text: list };
    changed = true;
  }
  return changed ? segments.map((s) => (s.kind === 'text' ? s.text : formatReference(s.ref))).join('') : formula;
}
