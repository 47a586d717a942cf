/**
 * The import's notes ("Bemærk") in the interface's language: each of the answer's
 * `warningDetails` worded from its kind and parameters (client/src/i18n, `importWarnings`).
 * A kind this client does not know, or an answer from a server before the kinds, shows the
 * server's English sentence as it came. A note's `reason` (a part that could not be read) is
 * worded from its `reasonKind` where this client knows it (`importReasons`), else kept as sent.
 */
import type { TFunction } from 'i18next';
import { IMPORT_REASON_KINDS } from '../../../models/interchange/importReasons.js';
import { IMPORT_WARNING_KINDS, type ImportWarningKind } from '../../../models/interchange/importWarnings.js';
import type { ImportNotesAnswer } from '../../../models/api/importAnswers.js';

type WarningDetail = NonNullable<ImportNotesAnswer['warningDetails']>[number];

const KNOWN = new Set<string>(IMPORT_WARNING_KINDS);
const KNOWN_REASONS = new Set<string>(IMPORT_REASON_KINDS);

function isKnown(kind: string): kind is ImportWarningKind {
  return KNOWN.has(kind);
}

/** A note's `reason` in the interface's language where its kind is known; as sent otherwise (or none). */
function reasonText(params: WarningDetail['params'], t: TFunction): Record<string, string> {
  const { reason, reasonKind } = params;
  if (typeof reason !== 'string') return {};
  if (typeof reasonKind !== 'string' || !KNOWN_REASONS.has(reasonKind)) return { reason };
  const text = t(`importReasons.${reasonKind}`, { ...params, defaultValue: '' });
  return { reason: text === '' ? reason : text };
}

/** One note as the planner reads it. */
export function importWarningText(detail: WarningDetail, t: TFunction): string {
  if (!isKnown(detail.kind)) return detail.message;
  const params = { ...detail.params, ...reasonText(detail.params, t) };
  // A file without a shared-string table has no count to give: its own sentence.
  const key = detail.kind === 'missingString' && params.strings === 0 ? 'missingStringNoTable' : detail.kind;
  const count = typeof params.count === 'number' ? params.count : undefined;
  const text = t(`importWarnings.${key}`, { ...params, ...(count === undefined ? {} : { count }), defaultValue: '' });
  return text === '' ? detail.message : text;
}

/** Every note of an import answer, in order, worded for the interface. */
export function importWarningTexts(answer: Pick<ImportNotesAnswer, 'warnings' | 'warningDetails'>, t: TFunction): string[] {
  if (!answer.warningDetails || answer.warningDetails.length !== answer.warnings.length) return answer.warnings;
  return answer.warningDetails.map((detail) => importWarningText(detail, t));
}
