/**
 * Excel's text in quotes, as HyperFormula can read it. Excel writes a quote inside text as two
 * (`=TEXT(B5,"0 ""kr.""")` is "1000 "kr."", `=LEN("""")` is 1) and a backslash as itself
 * (`="C:\"&A1`). HyperFormula 3.5 reads text in quotes with backslash escapes
 * (`"([^"\\]*(\\.[^"\\]*)*)"`, kept as written, not unescaped), so a doubled quote ends the text
 * early and a backslash before the closing quote runs past it: both formulas were #ERROR!, found
 * comparing planners' formulas with LibreOffice. Only the engine's text changes: such a text is
 * given to it as pieces joined with CHAR(34) and CHAR(92) (`("0 "&CHAR(34)&"kr."&CHAR(34))`),
 * which is the same text; the document, the grid and every export keep the planner's.
 *
 * @example engineStringLiterals('=LEN("""")') // → '=LEN((CHAR(34)))'
 */

/** Characters HyperFormula cannot hold in its quoted text, and the CHAR code of each. */
const UNREADABLE: Readonly<Record<string, number>> = { '"': 34, '\\': 92 };

/** Whether the formula has a quoted text HyperFormula would misread (cheap test first). */
function mayNeedRewrite(formula: string): boolean {
  return formula.includes('\\') || formula.includes('""');
}

/** The text between Excel's quotes (`""` is one quote) as HyperFormula's expression for it. */
function engineText(content: string): string {
  const parts: string[] = [];
  let piece = '';
  for (const ch of content) {
    const code = UNREADABLE[ch];
    if (code === undefined) piece += ch;
    else {
      if (piece !== '') parts.push(`"${piece}"`);
      parts.push(`CHAR(${code})`);
      piece = '';
    }
  }
  if (piece !== '') parts.push(`"${piece}"`);
  return parts.length === 1 && !parts[0]!.startsWith('CHAR') ? parts[0]! : `(${parts.join('&')})`;
}

/**
 * The formula with each quoted text that holds a quote or a backslash written as pieces
 * HyperFormula reads as that text; quoted sheet names (`'Bo''s ark'!A1`) are left as they are.
 */
export function engineStringLiterals(formula: string): string {
  if (!mayNeedRewrite(formula)) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch !== '"' && ch !== "'") {
      out += ch;
      i++;
      continue;
    }
    // From the opening quote to its closing one; a doubled quote inside stays inside.
    let end = i + 1;
    let content = '';
    while (end < formula.length) {
      if (formula[end] === ch && formula[end + 1] === ch) {
        content += ch;
        end += 2;
      } else if (formula[end] === ch) break;
      else content += formula[end++];
    }
    const quoted = formula.slice(i, end + 1);
    out += ch === "'" || !/["\\]/.test(content) ? quoted : engineText(content);
    i = end + 1;
  }
  return out;
}
