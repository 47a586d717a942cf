/**
 * The goal report's column and status labels in both languages, shared by the report sheets of an
 * XLSX export and the printable report in the browser, so that both say the same thing.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';

export const REPORT_LABELS = {
  'da-DK': {
    goal: 'Mål',
    requirement: 'Krav',
    deadline: 'Frist',
    value: 'Værdi',
    target: 'Målværdi',
    status: 'Status',
    margin: 'Margin',
    reached: 'Nået',
    met: 'Opfyldt',
    missed: 'Ikke opfyldt',
    qualitative: 'Ikke målbart',
    tracked: 'Følges',
    error: 'Fejl',
    late: 'for sent',
    cell: 'Celle',
    assumption: 'Forudsætning',
    inWorkbook: 'I arket',
  },
  'en-GB': {
    goal: 'Goal',
    requirement: 'Requirement',
    deadline: 'Deadline',
    value: 'Value',
    target: 'Target',
    status: 'Status',
    margin: 'Margin',
    reached: 'Reached',
    met: 'Met',
    missed: 'Missed',
    qualitative: 'Not measurable',
    tracked: 'Tracked',
    error: 'Error',
    late: 'late',
    cell: 'Cell',
    assumption: 'Assumption',
    inWorkbook: 'In the sheet',
  },
} as const satisfies Record<WorkbookLocale, Record<string, string>>;
