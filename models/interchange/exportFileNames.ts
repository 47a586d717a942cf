/**
 * The names of exported files, one rule for the server's Content-Disposition and the browser's
 * fallback: the workbook's title, then what was exported, then the scenario whose values it holds
 * (issue 12: a CSV names the scenario, so two exports of one sheet are told apart).
 *
 * @example csvExportFileName('Beskæftigelsesplan 2023', 'Forudsætninger', 'Lavkonjunktur') // 'Beskæftigelsesplan 2023 - Forudsætninger - Lavkonjunktur.csv'
 */

const MAX_FILE_NAME = 150;

/**
 * A name any file system accepts: no path separators, reserved or control characters, at most 150
 * characters, never cut inside a character written as two (an emoji): half of one makes the
 * Content-Disposition header unencodable, and the export answered 500.
 */
export function safeFileName(name: string): string {
  const cut = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, MAX_FILE_NAME).replace(/[\uD800-\uDBFF]$/, '');
  return cut.trim() || 'Fremskriv';
}

function joined(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').map(safeFileName).join(' - ');
}

/** `<title>.xlsx`, or `<title> - <scenario>.xlsx` under a scenario. */
export function xlsxExportFileName(title: string, scenario?: string): string {
  return `${joined([title, scenario])}.xlsx`;
}

/** `<title> - <sheet>.csv`, or `<title> - <sheet> - <scenario>.csv` under a scenario. */
export function csvExportFileName(title: string, sheet: string, scenario?: string): string {
  return `${joined([title, sheet, scenario])}.csv`;
}
