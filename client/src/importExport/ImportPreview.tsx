/** What an import will bring (or brought): sheets with a glimpse of their cells, goals, functions Fremskriv cannot compute, warnings. */
import { formatCellValue } from '../../../models/format/displayFormat.js';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import { toDisplayFormula } from '../../../models/formula/formulaLocale.js';
import type { ImportAnswer } from './interchangeApi.js';
import { useTranslation } from 'react-i18next';
import { useInterchangeTranslation } from './importExportStrings.js';
import { importWarningTexts } from './importWarningText.js';

/** How each kind of finding is introduced in the list. */
const UNSUPPORTED_LABEL = { function: 'unsupportedFunction', name: 'unsupportedName', syntax: 'unsupportedSyntax' } as const;

/**
 * A cell's input as the planner reads it: numbers in the language's style and in the cell's
 * format, as the grid shows them after the import (12,5 %, not 0,125; a date, not 44.927),
 * formulas in the language's function names and separators, as the formula bar shows them
 * (`=MIDDEL(C2:C4)`; the Danish preview read `=AVERAGE(C2:C4)`, the planner walk-through).
 */
export function previewCellText(value: number | string | boolean | null, language: 'da' | 'en', format?: CellFormat | null): string {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  if (typeof value === 'string') return value.startsWith('=') ? toDisplayFormula(value, locale) : value.replace(/^'/, '');
  return formatCellValue(value, format ?? undefined, locale);
}

export function ImportPreview({ answer }: { answer: ImportAnswer }): React.JSX.Element {
  const { t, language } = useInterchangeTranslation();
  const { t: tMain } = useTranslation();
  const { imported, unsupportedFunctions, unsupportedFunctionCount, csv } = answer;
  const warnings = importWarningTexts(answer, tMain);
  return (
    <section className="import-preview" aria-label={t('preview')}>
      <h3>{t('preview')}</h3>
      {imported.sheets.map((sheet) => (
        <div key={sheet.name}>
          <p>{t('previewSheet', sheet)}</p>
          {sheet.preview.length > 0 && (
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', fontSize: '0.85em' }}>
                <tbody>
                  {sheet.preview.map((row, r) => (
                    <tr key={r}>
                      {row.map((value, c) => (
                        <td key={c} style={{ border: '1px solid #dee2e6', padding: '2px 6px', maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: typeof value === 'number' ? 'right' : undefined }}>
                          {previewCellText(value, language, sheet.formats[r]?.[c])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
      {imported.goals + imported.scenarios > 0 && <p>{t('previewGoals', { goals: imported.goals, scenarios: imported.scenarios })}</p>}
      {csv && <p className="muted">{t('csvRead', { separator: csv.separator === '\t' ? 'tab' : csv.separator, decimal: csv.decimal, encoding: csv.encoding })}</p>}
      {unsupportedFunctions.length > 0 && (
        <>
          <p>{t('unsupported')}</p>
          <ul>
            {unsupportedFunctions.map((f) => (
              <li key={`${f.sheet}!${f.cell}:${f.function}`}>
                {t(UNSUPPORTED_LABEL[f.kind])} <code>{f.function}</code> — {f.sheet}!{f.cell}
              </li>
            ))}
          </ul>
          {unsupportedFunctionCount > unsupportedFunctions.length && <p>{t('unsupportedMore', { count: unsupportedFunctionCount - unsupportedFunctions.length })}</p>}
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p>{t('warnings')}</p>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
