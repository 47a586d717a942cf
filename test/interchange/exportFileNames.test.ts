import { describe, expect, it } from 'vitest';
import { csvExportFileName, xlsxExportFileName } from '../../models/interchange/exportFileNames.js';

describe('an exported file is named after workbook, what it holds and its scenario', () => {
  it.each<[string, string, string | undefined, string]>([
    ['Beskæftigelsesplan 2023', 'Forudsætninger', undefined, 'Beskæftigelsesplan 2023 - Forudsætninger.csv'],
    ['Beskæftigelsesplan 2023', 'Forudsætninger', 'Lavkonjunktur', 'Beskæftigelsesplan 2023 - Forudsætninger - Lavkonjunktur.csv'],
    ['Plan 1/2', 'Ark', 'A: "B"', 'Plan 1_2 - Ark - A_ _B_.csv'],
    ['', 'Ark', '  ', 'Ark.csv'],
  ])('CSV of %j / %j under %j is %j', (title, sheet, scenario, name) => {
    expect(csvExportFileName(title, sheet, scenario)).toBe(name);
  });

  it('an .xlsx names the workbook and, under a scenario, the scenario', () => {
    expect(xlsxExportFileName('Beskæftigelsesplan 2023')).toBe('Beskæftigelsesplan 2023.xlsx');
    expect(xlsxExportFileName('Beskæftigelsesplan 2023', 'Lavkonjunktur')).toBe('Beskæftigelsesplan 2023 - Lavkonjunktur.xlsx');
  });
});
