/** The one exceljs internal Fremskriv touches (excelRawNumbers.ts); exceljs ships no types for it. */
declare module 'exceljs/lib/utils/utils.js' {
  const utils: { isDateFmt(format: string | undefined): boolean };
  export default utils;
}
