/**
 * The goal editor's fields as text, in the workspace's language, and back to a GoalDefinition.
 * Formulas read with Danish function names in a da-DK workspace; a target is a number as the
 * planner writes it ("60 %", "0,6") or a formula. A share's target (the goal measures a percent
 * cell) reads as the card shows it, "60 %", and is typed as into a percent cell in Excel: "60"
 * is 60 % (before, the editor showed the card's "≥ 60,0 %" as 0,6, and 60 typed meant 6.000 %).
 */
import { fromDisplayFormula, toDisplayFormula } from '../../../models/formula/formulaLocale.js';
import type { Comparator, GoalDefinition } from '../../../models/goals/goalModel.js';
import { parseLocaleNumber } from '../../../models/workbook/cellInputText.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { numberEditText, typedEntry } from '../grid/percentEntry.js';
import { namedFormatLike } from '../../../models/format/formatCodeText.js';

export interface GoalForm {
  id: string;
  title: string;
  description: string;
  value: string;
  comparator: Comparator | '';
  target: string;
  deadline: string;
  series: string;
  periods: string;
}

/** Only a share's target is read and shown in its cell's format; a count's as a plain number. */
function targetFormat(format: CellFormat | undefined): 'percent' | undefined {
  return namedFormatLike(format) === 'percent' ? 'percent' : undefined;
}

/** `format`: the format of the cell the goal measures (goalDisplay.ts' goalValueFormat). */
export function goalToForm(goal: GoalDefinition | null, locale: WorkbookLocale, format?: CellFormat): GoalForm {
  const target = goal?.target;
  return {
    id: goal?.id ?? '',
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    value: goal?.value ? toDisplayFormula(goal.value, locale) : '',
    comparator: goal?.comparator ?? '',
    target: target === undefined ? '' : typeof target === 'number' ? numberEditText(target, locale, targetFormat(format)) : toDisplayFormula(target, locale),
    deadline: goal?.deadline ?? '',
    series: goal?.series ?? '',
    periods: goal?.periods ?? '',
  };
}

/** Null fields are left out; the result is checked by putGoal (which says what is wrong). */
export function formToGoal(form: GoalForm, locale: WorkbookLocale, format?: CellFormat): GoalDefinition | { problem: 'target' } {
  const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
  const formula = (s: string): string | undefined => {
    const trimmed = text(s);
    if (!trimmed) return undefined;
    return fromDisplayFormula(trimmed.startsWith('=') ? trimmed : `=${trimmed}`, locale);
  };
  let target: number | string | undefined;
  const typedTarget = text(form.target);
  if (typedTarget !== undefined) {
    if (typedTarget.startsWith('=')) target = fromDisplayFormula(typedTarget, locale);
    else if (parseLocaleNumber(typedTarget, locale) !== null) {
      const { input } = typedEntry(typedTarget, locale, targetFormat(format));
      target = typeof input === 'number' ? input : undefined;
    }
    if (target === undefined) return { problem: 'target' };
  }
  const goal: GoalDefinition = {
    id: form.id.trim(),
    title: form.title.trim(),
    description: text(form.description),
    value: formula(form.value),
    comparator: form.comparator === '' ? undefined : form.comparator,
    target,
    deadline: text(form.deadline),
    series: text(form.series)?.replace(/^=/, ''),
    periods: text(form.periods)?.replace(/^=/, ''),
  };
  for (const key of Object.keys(goal) as Array<keyof GoalDefinition>) if (goal[key] === undefined) delete goal[key];
  return goal;
}
