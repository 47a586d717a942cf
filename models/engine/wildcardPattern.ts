/**
 * Excel's wildcards in a text to look for (MATCH, VLOOKUP, HLOOKUP exact match, XLOOKUP/XMATCH
 * match mode 2): `*` any run of characters, `?` exactly one character, `~` makes the next
 * character literal (`~*`, `~?`, `~~`). Case is ignored and the whole cell must match; only text
 * cells match (https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a).
 * HyperFormula 3.5's own matcher reads `?` as "zero or one character", so `"R?sa"` also found
 * "Rsa"; this module is the one place Fremskriv turns a pattern into a test.
 */

/** Whether Excel would read `pattern` as a wildcard pattern rather than plain text. */
export function hasWildcards(pattern: string): boolean {
  return /[*?~]/.test(pattern);
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** A test for cell values: true for text matching `pattern` as Excel's wildcards read it. */
export function wildcardMatcher(pattern: string): (value: unknown) => boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '~' && i + 1 < pattern.length) source += pattern[++i]!.replace(REGEX_SPECIAL, '\\$&');
    else if (c === '*') source += '[\\s\\S]*';
    else if (c === '?') source += '[\\s\\S]';
    else source += c.replace(REGEX_SPECIAL, '\\$&');
  }
  const regex = new RegExp(`^${source}$`, 'iu');
  return (value) => typeof value === 'string' && regex.test(value);
}

/**
 * A test for cell values: true for text equal to `text` as Excel compares text in a lookup or a
 * comparison, ignoring case but not accents (`"arhus"` finds "Arhus", never "Århus").
 * HyperFormula's own lookups strip accents whatever its `accentSensitive` setting says.
 */
export function exactTextMatcher(text: string): (value: unknown) => boolean {
  const key = text.normalize('NFC').toLowerCase();
  return (value) => typeof value === 'string' && value.normalize('NFC').toLowerCase() === key;
}
