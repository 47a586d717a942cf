/**
 * Formulas between Fremskriv's canonical form and the text an .xlsx file stores. Both are
 * English A1 syntax with `,` between arguments; the file has no leading `=`, and functions added
 * to Excel since 2007 carry a `_xlfn.` prefix there (without it Excel and LibreOffice show #NAME?).
 *
 * @example toExcelFormula('=RANK.EQ(A1,A1:A9)') // → '_xlfn.RANK.EQ(A1,A1:A9)'
 * @example fromExcelFormula('_xlfn.STDEV.S(B2:B9)') // → '=STDEV.S(B2:B9)'
 * @example fromExcelFormula('_xlfn.LET(_xlpm.x,2,_xlpm.x*3)') // → '=LET(x,2,x*3)'
 * @example toExcelFormula('=BYROW(A1:C3,SUM)') // → '_xlfn.BYROW(A1:C3,_xleta.SUM)'
 * @example fromExcelFormula('SUM(_xlfn.ANCHORARRAY(A1))') // → '=SUM(A1#)'
 * @example fromExcelFormula('#REF!A1*2') // → '=#REF!*2' (a reference to a deleted sheet)
 */
import { formatReference, splitFormula } from '../formula/a1References.js';
import { rewriteFormulaText } from '../formula/formulaText.js';
import { renameBoundNames } from '../formula/boundNames.js';
import { EtaPlaces } from '../formula/etaNames.js';
import { functionNames as localeFunctionNames } from '../formula/formulaLocale.js';
import { replaceSpilledRanges } from '../engine/spilledRangeReferences.js';

/** Excel 2010+ functions, written `_xlfn.NAME` in a file (Microsoft's list, as far as it matters here). */
const FUTURE_FUNCTIONS = new Set(
  (
    'ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT BITOR BYCOL BYROW ' +
    'BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA ' +
    'CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL ERF.PRECISE ' +
    'ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FLOOR.MATH FLOOR.PRECISE FORECAST.LINEAR FORMULATEXT ' +
    'GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH ' +
    'IMSINH IMTAN ISFORMULA ISO.CEILING ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT ' +
    'NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC ' +
    'PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG REDUCE ' +
    'RANK.EQ RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SINGLE SKEW.P STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T ' +
    'T.TEST TAKE DROP TEXTBEFORE TEXTAFTER TEXTSPLIT TEXTJOIN TOCOL TOROW UNICHAR UNICODE UNIQUE VAR.P VAR.S VSTACK WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST'
  ).split(' '),
);
/** Dynamic-array functions Excel writes as `_xlfn._xlws.NAME`. */
const WORKSHEET_FUNCTIONS = new Set(['FILTER', 'SORT', 'SORTBY']);


/**
 * Calls `rename` for every function name in a formula's text (a word followed by `(`), outside
 * string literals and references, and returns the text with the names it returned.
 */
export function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'ref' ? formatReference(segment.ref) : renameInText(segment.text, rename)))
    .join('');
}

function renameInText(text: string, rename: (name: string) => string): string {
  return rewriteFormulaText(text, { word: (word, beforeParen) => (beforeParen && /^[A-Za-z_]/.test(word) ? rename(word) : word) });
}

/** The function names a formula calls, upper case, each once, in order of appearance. */
export function functionNames(formula: string): string[] {
  const names = new Set<string>();
  mapFunctionNames(formula, (name) => {
    names.add(name.toUpperCase());
    return name;
  });
  return [...names];
}

let knownFunctions: ReadonlySet<string> | undefined;

/**
 * A function given by its bare name as a LAMBDA (Excel 365's eta lambda, `BYROW(A1:C3,SUM)`,
 * formula/etaNames.ts) renamed by `rename`; other words as they are.
 */
function mapEtaNames(formula: string, rename: (name: string) => string): string {
  const places = new EtaPlaces();
  const text = (part: string): string =>
    rewriteFormulaText(part, {
      word: (word, beforeParen, next) => (places.word(word, beforeParen, next) ? rename(word) : word),
      char: (ch) => {
        places.char(ch);
        return ch;
      },
    });
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'ref' ? formatReference(segment.ref) : text(segment.text)))
    .join('');
}

/** Canonical `=…` → the formula text of an .xlsx cell. */
export function toExcelFormula(canonical: string): string {
  // LET's names and LAMBDA's parameters are written `_xlpm.x` (Excel shows #NAME? for a bare one).
  const bound = renameBoundNames(canonical.replace(/^=/, ''), (name) => `_xlpm.${name}`);
  // A function given as a LAMBDA is written `_xleta.SUM`, as Excel writes it; a defined name keeps its spelling.
  knownFunctions ??= new Set(localeFunctionNames('en-GB'));
  const body = mapEtaNames(bound, (name) => (name === name.toUpperCase() && knownFunctions!.has(name) ? `_xleta.${name}` : name));
  const named = mapFunctionNames(body, (name) => {
    const upper = name.toUpperCase();
    if (WORKSHEET_FUNCTIONS.has(upper)) return `_xlfn._xlws.${upper}`;
    return FUTURE_FUNCTIONS.has(upper) ? `_xlfn.${upper}` : name;
  });
  // The spilled range operator `A1#` is written as a function in the file (ECMA-376's form, which Excel and LibreOffice read).
  return named.includes('#') ? replaceSpilledRanges(named, (ref) => `_xlfn.ANCHORARRAY(${formatReference(ref)})`) : named;
}

/** The formula text of an .xlsx cell → canonical `=…` (prefixes dropped, names upper case). */
export function fromExcelFormula(text: string): string {
  const body = text.trim().replace(/^=/, '');
  const called = mapFunctionNames(body, (name) => (/^_xlpm\./i.test(name) ? name : name.replace(/^(_xlfn\.|_xlws\.|_xludf\.)+/i, '').toUpperCase()));
  const canonical = `=${mapEtaNames(called, (name) => (/^_xleta\./i.test(name) ? name.replace(/^(_xleta\.|_xlfn\.|_xlws\.)+/i, '').toUpperCase() : name))}`;
  return withOwnWorkbookNames(withDeletedSheetReferences(withSpilledRangeOperators(renameBoundNames(canonical, (name) => name.replace(/^_xlpm\./i, '')))));
}

/**
 * `[0]!Rente`, the file's form of a workbook-level name of the workbook itself (external link 0 is
 * the workbook; Excel 2007 wrote it so, Apache POI's test file 56737), → `Rente`. Read as written it
 * was an external reference the engine cannot parse (#ERROR!). Text in quotes is left alone.
 */
function withOwnWorkbookNames(canonical: string): string {
  if (!canonical.includes('[0]!')) return canonical;
  return canonical
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\p{L}\p{N}_.\]'])\[0\]!(?=[\p{L}_\\])/gu, '')))
    .join('');
}

/** `#REF!` written straight before a reference: the file's form of a reference to a deleted sheet. */
const DELETED_SHEET = /#REF!$/i;

/**
 * A reference to a sheet since deleted, which Excel writes as `#REF!A1` (`=#REF!A1*2`,
 * `SUM(#REF!$B$2:$B$9)`): the error itself, `#REF!`, as Excel computes and shows it; read as
 * written, the error and the reference after it were a formula the engine cannot parse (#ERROR!).
 */
function withDeletedSheetReferences(canonical: string): string {
  if (!/#REF!/i.test(canonical)) return canonical;
  const segments = splitFormula(canonical);
  let changed = false;
  const kept = segments.filter((segment, i) => {
    const before = segments[i - 1];
    const deleted = segment.kind === 'ref' && segment.ref.sheet === undefined && before?.kind === 'text' && DELETED_SHEET.test(before.text);
    changed ||= deleted;
    return !deleted;
  });
  return changed ? kept.map((segment) => (segment.kind === 'ref' ? formatReference(segment.ref) : segment.text)).join('') : canonical;
}

/** `ANCHORARRAY(` closing a text, with no name ending just before it. */
const ANCHOR_OPEN = /(?<![\p{L}\p{N}_.])ANCHORARRAY\s*\(\s*$/iu;
const ANCHOR_CLOSE = /^\s*\)/;

/** `ANCHORARRAY(A1)`, the file's form of the spilled range operator (its prefix dropped), → `A1#`. */
function withSpilledRangeOperators(canonical: string): string {
  if (!/ANCHORARRAY/i.test(canonical)) return canonical;
  const segments = splitFormula(canonical);
  const anchors = new Set<number>();
  segments.forEach((segment, i) => {
    const [before, after] = [segments[i - 1], segments[i + 1]];
    if (segment.kind === 'ref' && !segment.ref.end && before?.kind === 'text' && ANCHOR_OPEN.test(before.text) && after?.kind === 'text' && ANCHOR_CLOSE.test(after.text)) anchors.add(i);
  });
  return segments
    .map((segment, i) => {
      if (segment.kind === 'ref') return formatReference(segment.ref);
      const opened = anchors.has(i + 1) ? segment.text.replace(ANCHOR_OPEN, '') : segment.text;
      return anchors.has(i - 1) ? opened.replace(ANCHOR_CLOSE, '#') : opened;
    })
    .join('');
}

/**
 * The inside of a formula that is ARRAYFORMULA(…) as a whole (`=ARRAYFORMULA(SUM(A1:A3*B1:B3))` →
 * `=SUM(A1:A3*B1:B3)`), else null: Excel has no such function, it stores an array formula
 * (`<f t="array">`) instead, which is what an imported Ctrl+Shift+Enter formula becomes here.
 */
export function arrayFormulaBody(canonical: string): string | null {
  const match = /^=\s*ARRAYFORMULA\s*\(/i.exec(canonical);
  if (!match || !canonical.trimEnd().endsWith(')')) return null;
  const inner = canonical.trimEnd().slice(match[0].length, -1);
  // The closing parenthesis must be ARRAYFORMULA's own: the inside is balanced outside strings.
  let depth = 0;
  let quoted = false;
  for (const ch of inner) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return null;
  }
  return depth === 0 && !quoted ? `=${inner}` : null;
}
