/**
 * How Jobindsats writes a figure and a period, turned into what a sheet holds.
 * - Figures: counts arrive as numbers, shares often as text with a decimal comma ("10,05"), in
 *   CSV with a thousands dot ("1.234"); ".." and "-" (Jobindsats' marks for a figure that is
 *   withheld or not there) and empty text are a missing figure (null).
 * - Periods: `2023M12` → `2023-12` (the month labels the template's trajectories use);
 *   `2023Q02` → `2023-K2`; `2022QMAT04` → `2022-K4 MAT` (a moving annual total ending in that
 *   quarter); `2023Y01` → `2023`; `2023H01` → `2023-H1`; anything else is kept as written.
 *
 * @example jobindsatsNumber('10,05') // 10.05
 * @example jobindsatsPeriodLabel('2022QMAT04') // '2022-K4 MAT'
 */

const MISSING = new Set(['', '..', '.', '-', '–', '*', 'x']);
const GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_DECIMAL = /^[-+]?\d+(,\d+)?$/;
const POINT_DECIMAL = /^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/;

/** A figure as a number, null where Jobindsats has none, undefined where the text is not a figure. */
export function jobindsatsNumber(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (MISSING.has(text)) return null;
  let canonical: string | null = null;
  // "1.234" in Jobindsats' Danish CSV is a thousand, not one point two.
  if (GROUPED.test(text)) canonical = text.replace(/\./g, '').replace(',', '.');
  else if (COMMA_DECIMAL.test(text)) canonical = text.replace(',', '.');
  else if (POINT_DECIMAL.test(text)) canonical = text;
  if (canonical === null) return undefined;
  const value = Number(canonical);
  return Number.isFinite(value) ? value : undefined;
}

const PERIOD_KINDS: Array<{ pattern: RegExp; label: (year: string, n: string) => string }> = [
  { pattern: /^(\d{4})M(0[1-9]|1[0-2])$/, label: (y, n) => `${y}-${n}` },
  { pattern: /^(\d{4})QMAT0?([1-4])$/, label: (y, n) => `${y}-K${n} MAT` },
  { pattern: /^(\d{4})Q0?([1-4])$/, label: (y, n) => `${y}-K${n}` },
  { pattern: /^(\d{4})H0?([12])$/, label: (y, n) => `${y}-H${n}` },
  { pattern: /^(\d{4})Y0?1$/, label: (y) => y },
];

/** A period code as the label a sheet shows; a code of no known kind is kept as written. */
export function jobindsatsPeriodLabel(code: string): string {
  const trimmed = code.trim();
  for (const { pattern, label } of PERIOD_KINDS) {
    const match = pattern.exec(trimmed);
    if (match) return label(match[1]!, match[2] ?? '');
  }
  return trimmed;
}

/** Whether a text is a Jobindsats period code (any of the kinds above). */
export function isJobindsatsPeriodCode(text: string): boolean {
  return PERIOD_KINDS.some(({ pattern }) => pattern.test(text.trim()));
}
