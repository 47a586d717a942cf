/**
 * Creating and editing a goal: what is measured (a cell or formula), how it is judged, by when,
 * and the trajectory (series and month labels) — each reference can be taken from the grid's
 * current selection; selecting the indicator's row for the trajectory also finds its month labels
 * (trajectorySetup.ts). Typed references work as well; before saving, the trajectory is checked
 * and a problem names the field that is wrong.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetPrefix } from '../../../models/formula/a1References.js';
import { COMPARATORS, type GoalDefinition } from '../../../models/goals/goalModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ask } from '../ui/dialogs.js';
import { useFocusReturn } from '../ui/useFocusReturn.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { rangeAddress, selectionRange } from '../grid/selection.js';
import { formatMonth, goalValueFormat } from './goalDisplay.js';
import { formToGoal, goalToForm, type GoalForm } from './goalForm.js';
import { parseMonthText, stepMonth } from './monthText.js';
import { monthsFor, trajectoryProblem } from './trajectorySetup.js';

interface Props {
  session: WorkbookSession;
  goal: GoalDefinition | null;
  onClose(): void;
}

type Field = keyof GoalForm;
const REFERENCE_FIELDS: Field[] = ['value', 'series', 'periods'];

export default function GoalEditor({ session, goal, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = session.locale.get();
  // The deadline is typed as a month in the app's language ("dec. 2023", monthText.ts), not in the
  // browser's own month field, whose text followed the browser's language.
  const [form, setForm] = useState<GoalForm>(() => {
    const initial = goalToForm(goal, locale, goal ? goalValueFormat(session.doc, goal) : undefined);
    return { ...initial, deadline: formatMonth(initial.deadline, language) };
  });
  const [problem, setProblem] = useState<string | null>(null);
  /** The field a problem is about, marked invalid. */
  const [wrongField, setWrongField] = useState<Field | null>(null);
  const set = (field: Field, value: string): void => setForm((f) => ({ ...f, [field]: value }));
  const valueAt = (sheetId: string, row: number, col: number) => session.engines.engine(session.activeScenario.get()).value(sheetId, row, col);
  const tell = (text: string | null, field: Field | null = null): void => {
    setProblem(text);
    setWrongField(field);
  };

  const fromSelection = (field: Field): void => {
    const sheetId = session.activeSheet.get();
    const prefix = sheetPrefix(workbookGrid(session.doc).sheetName(sheetId) ?? '');
    const range = selectionRange(session.selection.get());
    const reference = `${prefix}${rangeAddress(range)}`;
    if (field !== 'series') {
      tell(null);
      return set(field, field === 'value' ? `=${reference}` : reference);
    }
    // The trajectory is the indicator's row range; its month labels are found in the same sheet.
    const months = monthsFor(sheetId, range, valueAt);
    if (months === 'notARow') return tell(t('goalVerdict.rangeNotARow'), 'series');
    set('series', reference);
    if (months === 'noMonths') return tell(t('goalVerdict.periodsNotFound', { sheet: workbookGrid(session.doc).sheetName(sheetId) ?? '' }), 'periods');
    set('periods', `${prefix}${rangeAddress(months)}`);
    tell(null);
  };

  // The language toggled while the editor is open: a month typed reads in the new language.
  const shownMonth = (text: string): string => {
    const month = parseMonthText(text);
    return month ? formatMonth(month, language) : text;
  };
  useEffect(() => setForm((f) => ({ ...f, deadline: shownMonth(f.deadline) })), [language]);
  const onDeadlineKey = (event: React.KeyboardEvent): void => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const month = parseMonthText(form.deadline);
    if (!month) return;
    event.preventDefault();
    set('deadline', formatMonth(stepMonth(month, event.key === 'ArrowUp' ? 1 : -1), language));
  };

  const save = (): void => {
    const deadline = parseMonthText(form.deadline);
    if (deadline === null) return tell(t('goalEditor.badDeadline', { example: formatMonth('2023-12', language) }), 'deadline');
    const typed = { ...form, deadline };
    // The target is read in the format of the cell the goal measures as the form names it now.
    const measured = formToGoal({ ...typed, target: '' }, locale);
    const result = formToGoal(typed, locale, 'problem' in measured ? undefined : goalValueFormat(session.doc, measured));
    if ('problem' in result) return tell(t('goalEditor.badTarget'), 'target');
    const wrong = trajectoryProblem(result, workbookGrid(session.doc), valueAt);
    if (wrong) {
      const values = wrong.key === 'goalVerdict.badReference' ? { ...wrong.values, field: t(`goalEditor.${wrong.field}`) } : wrong.values;
      return tell(t(wrong.key, values), wrong.field);
    }
    if (!goal && session.engines.goals().some((g) => g.id === result.id)) return setProblem(t('goalEditor.idTaken'));
    if (session.apply({ type: 'putGoal', goal: result })) onClose();
    else tell(t('goalEditor.invalid'));
  };
  const remove = async (): Promise<void> => {
    if (!goal) return;
    const sure = await ask({ title: t('goalEditor.deleteTitle', { id: goal.id }), confirmLabel: t('common.delete'), danger: true });
    if (sure && session.apply({ type: 'deleteGoal', goalId: goal.id })) onClose();
  };

  // The keyboard starts in the editor (its first field a planner can type in), and goes back to
  // the button that opened it when it closes, unless the planner has moved on (the grid, a card).
  useFocusReturn(true);

  const field = (name: Field, options: { required?: boolean; placeholder?: string; disabled?: boolean; autoFocus?: boolean } = {}): React.JSX.Element => (
    <label className="form-field">
      <span>{t(`goalEditor.${name}`)}</span>
      <span className="form-input-row">
        <input
          value={form[name]}
          required={options.required}
          aria-invalid={wrongField === name || undefined}
          data-field={name}
          disabled={options.disabled}
          placeholder={options.placeholder}
          autoFocus={options.autoFocus}
          spellCheck={name === 'title' || name === 'description'}
          onChange={(e) => set(name, e.target.value)}
        />
        {REFERENCE_FIELDS.includes(name) && (
          <button type="button" className="small" onClick={() => fromSelection(name)} title={t('goalEditor.fromSelectionHint')}>
            {t('goalEditor.fromSelection')}
          </button>
        )}
      </span>
    </label>
  );

  return (
    <div className="floating-panel">
      <form
        className="dialog goal-editor"
        role="dialog"
        aria-modal="false"
        aria-label={goal ? t('goalEditor.editTitle', { id: goal.id }) : t('goalEditor.newTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>{goal ? t('goalEditor.editTitle', { id: goal.id }) : t('goalEditor.newTitle')}</h2>
        <p className="muted">{t('goalEditor.intro')}</p>
        {field('id', { required: true, disabled: goal !== null, placeholder: 'MM6', autoFocus: goal === null })}
        {field('title', { required: true, autoFocus: goal !== null })}
        <label className="form-field">
          <span>{t('goalEditor.description')}</span>
          <textarea rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} />
        </label>
        {field('value', { placeholder: '=Fremskrivning!V6' })}
        <div className="form-row">
          <label className="form-field">
            <span>{t('goalEditor.comparator')}</span>
            <select value={form.comparator} onChange={(e) => set('comparator', e.target.value)}>
              <option value="">{t('goalEditor.noComparator')}</option>
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {t(`goalEditor.comparators.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {field('target', { placeholder: locale === 'da-DK' ? '60 %' : '60%' })}
          <label className="form-field">
            <span>{t('goalEditor.deadline')}</span>
            <input
              data-field="deadline"
              aria-invalid={wrongField === 'deadline' || undefined}
              value={form.deadline}
              placeholder={formatMonth('2023-12', language)}
              title={t('goalEditor.deadlineHint', { example: formatMonth('2023-12', language) })}
              spellCheck={false}
              onChange={(e) => set('deadline', e.target.value)}
              onKeyDown={onDeadlineKey}
              onBlur={() => set('deadline', shownMonth(form.deadline))}
            />
          </label>
        </div>
        {field('series', { placeholder: 'Fremskrivning!E6:AT6' })}
        {field('periods', { placeholder: 'Fremskrivning!E1:AT1' })}
        {problem && <p role="alert" className="form-problem">{problem}</p>}
        <div className="dialog-buttons">
          {goal && (
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('common.delete')}
            </button>
          )}
          <span className="topbar-spacer" />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
