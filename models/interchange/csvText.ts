/**
 * Turning CSV bytes into text and finding how the file is written: the encoding (UTF-8 with or
 * without BOM, UTF-16 with BOM, else Windows-1252 as older Danish Excel saved it), the separator
 * (`;`, tab or `,`) and the decimal mark. Each guess can be overridden by the caller.
 */
import { InterchangeError, MAX_IMPORT_COLUMNS, tooLarge } from './interchangeLimits.js';

export type CsvSeparator = ';' | ',' | '\t';
export type CsvDecimal = ',' | '.';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16 };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** Refuses a line with more separators than a sheet has columns, before any parser splits it. */
export function checkCsvWidth(text: string, separator: CsvSeparator): void {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count = 0;
    else if (ch === separator.charCodeAt(0) && ++count >= MAX_IMPORT_COLUMNS) {
      throw tooLarge(`a line of the CSV file has more than ${MAX_IMPORT_COLUMNS} columns`);
    }
  }
}

function sampleLines(text: string): string[] {
  return text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 50);
}

/** How often `separator` occurs in a line outside double quotes. */
function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) count++;
  }
  return count;
}

/**
 * Excel's separator line: a file whose first line is `sep=;` (or `sep=,`, a tab) is split at that
 * character and the line is not a row, as Excel opens it (systems writing CSV for Excel add it so
 * that any regional setting reads the columns). Returns the separator and the text after the line.
 *
 * @example separatorLine('sep=;\r\nA;B\r\n') // { separator: ';', rest: 'A;B\r\n' }
 */
export function separatorLine(text: string): { separator: CsvSeparator; rest: string } | null {
  const line = /^sep=([;,\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  return line ? { separator: line[1] as CsvSeparator, rest: text.slice(line[0].length) } : null;
}

/**
 * The first of `;`, tab and `,` that splits every sampled line into the same number (above one)
 * of fields; else `;` or tab if any line has one; else `,` if some comma stands between other
 * than two digits (`12,5` is a decimal comma); else `;` (one column).
 */
export function guessSeparator(text: string): CsvSeparator {
  const lines = sampleLines(text);
  if (lines.length === 0) throw new InterchangeError('the CSV file is empty');
  for (const candidate of [';', '\t', ','] as const) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    if (counts[0]! > 0 && counts.every((n) => n === counts[0])) return candidate;
  }
  for (const candidate of [';', '\t'] as const) if (lines.some((line) => countOutsideQuotes(line, candidate) > 0)) return candidate;
  const unquoted = lines.map((line) => line.replace(/"[^"]*"/g, '""'));
  return unquoted.some((line) => /(^|[^0-9]),|,($|[^0-9])/.test(line)) ? ',' : ';';
}

/** Decimal comma unless the numbers say point (a comma-separated file always uses the point). */
export function guessDecimal(fields: readonly string[], separator: CsvSeparator): CsvDecimal {
  if (separator === ',') return '.';
  let comma = 0;
  let point = 0;
  for (const raw of fields) {
    const field = raw.trim().replace(/\s*%$/, '');
    if (/^[-+]?\d+,\d+$/.test(field) || /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(field)) comma++;
    // "1.234" may be a thousand in Danish: only a point not followed by exactly three digits counts.
    else if (/^[-+]?\d+\.(\d{1,2}|\d{4,})$/.test(field) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(field)) point++;
  }
  return point > comma ? '.' : ',';
}
