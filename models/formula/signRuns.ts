/**
 * Shortens a run of signs (`=------1`, `=A1+----B1`) to what it computes. HyperFormula's parser
 * recurses once per unary sign, and 1,250 of them overflowed Node's stack, well within the
 * 8,192 characters Excel computes (formulaDepth.ts). After a run's first character, which may be
 * a binary operator, its signs are unary: they negate once per `-` and a `+` does nothing, so an
 * odd number of minus signs is one `-` and an even, non-zero number is `--` (which, like the run
 * it replaces, still turns text into a number: `=--"1"` is 1 as `=----"1"` is).
 */

/** A run of signs long enough to shorten; shorter ones are left as written. */
const SIGN_RUN = /[+-]{4,}/g;

function shortened(run: string): string {
  const minus = run.slice(1).split('-').length - 1;
  return run[0]! + (minus === 0 ? '+' : minus % 2 === 1 ? '-' : '--');
}

/** `formula` with every run of four or more signs outside text and quoted sheet names shortened. */
export function withShortSignRuns(formula: string): string {
  if (!/[+-]{4}/.test(formula)) return formula;
  let result = '';
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i <= formula.length; i++) {
    const char = formula[i];
    if (i < formula.length && char !== '"' && char !== "'") continue;
    const part = formula.slice(start, i);
    // Outside quotes the part is formula text; inside, a string or sheet name kept as written.
    result += quote === undefined ? part.replace(SIGN_RUN, shortened) : part;
    if (char !== undefined) result += char;
    if (quote === undefined) quote = char;
    else if (char === quote) quote = undefined;
    start = i + 1;
  }
  return result;
}
