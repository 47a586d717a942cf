/**
 * A goal's verdict in plain words, shared by the card and the comparison view: when it is
 * reached ("Nået fra sep. 2023", "Nået for sent: feb. 2024"), its warnings, and what an error
 * result means for the planner.
 */
import type { TFunction } from 'i18next';
import { DEADLINE_NOT_IN_MONTHS, NOTHING_TO_JUDGE, type GoalResult, type GoalWarning } from '../../../models/goals/goalJudging.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import { errorValueText } from '../../../models/format/displayFormat.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookSchema.js';
import { formatMonth } from './goalDisplay.js';
import type { GoalStatus } from '../../../models/goals/goalStatus.js';

/** "Nået fra sep. 2023" / "Nået for sent: feb. 2024" / "Ikke nået"; null for a goal not met or missed. */
export function reachedText(result: GoalResult | undefined, language: string, t: TFunction): string | null {
  if (!result || result.met === null) return null;
  if (!result.reachedAt) return t('goalVerdict.notReached');
  const month = formatMonth(result.reachedAt, language);
  return result.late ? t('goalVerdict.reachedLate', { month }) : t('goalVerdict.reachedFrom', { month });
}

export function warningText(warning: GoalWarning, language: string, t: TFunction, number: (value: GoalResult['value']) => string): string {
  return t('goalVerdict.warningValueNotAtDeadline', {
    value: number(warning.value),
    deadlineValue: number(warning.deadlineValue),
    deadline: formatMonth(warning.deadline, language),
  });
}

/** A goal's error with its cell error's code as the grid shows it (`#DIVISION/0!` in Danish). */
export function shownError(error: string, locale: WorkbookLocale): string {
  return error.replace(/^#\S+/, (code) => errorValueText(code, locale));
}

/** What an error result means, in the planner's words. */
export function errorText(result: GoalResult, goal: GoalDefinition, language: string, t: TFunction, locale: WorkbookLocale): string {
  const error = result.error ?? '';
  if (error.startsWith(DEADLINE_NOT_IN_MONTHS)) return t('goalVerdict.deadlineOutside', { deadline: formatMonth(goal.deadline ?? '', language) });
  if (error.startsWith(NOTHING_TO_JUDGE)) return t('goalVerdict.nothingToJudge');
  return t('goals.errorHint', { error: shownError(error, locale) });
}

/** The error's short form where a value would stand: the cell error itself, or "Fejl". */
export function errorShort(result: GoalResult, t: TFunction, locale: WorkbookLocale): string {
  const error = result.error ?? '';
  return error.startsWith('#') ? shownError(error, locale) : t('goals.status.error');
}

/** The badge's text: "Opfyldt", "Ikke opfyldt", "Følges", "Kvalitativt", "Fejl". */
/** `computing`: the dashboard's badge before the engines' first answer. */
export function statusLabel(status: GoalStatus | 'computing', t: TFunction): string {
  return status === 'tracked' ? t('goalVerdict.status.tracked') : t(`goals.status.${status}`);
}
