/**
 * The names of exported files, one rule for the server's Content-Disposition and the browser's
 * fallback: the workbook's title, then what was exported, then the scenario whose values it holds
 * (issue 12: a CSV names the scenario, so two exports of one sheet are told apart).
 *
 * @example csvExportFileName('Beskæftigelsesplan 2023', 'Forudsætninger', 'Lavkonjunktur') // 'Beskæftigelsesplan 2023 - Forudsætninger - Lavkonjunktur.csv'
 */

/** A name any file system accepts: no path separators, reserved or control characters, at most 150 characters. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 150) || 'Fremskriv';
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
