/**
 * Why a part of an imported file could not be read (the `reason` of the notes `metadataInvalid`
 * and `dynamicArrayMarksLost`, importWarnings.ts), as kinds with parameters the import dialog
 * words in the interface's language (client/src/i18n, `importReasons`). The English `reason` the
 * notes have always carried stays beside the kind, and a reason of no known kind (a check's own
 * sentence, an error this build did not foresee) has no kind: the dialog then shows it as it is.
 *
 * @example reasonOfIssue(issue, parsed) // { reasonKind: 'fieldMissing', field: 'goals.0.title' }
 */
import type { z } from 'zod';

/** Each reason's kind and its parameters (strings and numbers, as every note's parameters). */
export interface ImportReasonParams {
  /** The JSON nests more than `depth` levels. */
  jsonTooDeep: { depth: number };
  /** One object of the JSON names `key` twice; `place` is where the object stands (`$`, `$.goals[]`). */
  jsonKeyTwice: { key: string; place: string };
  /** A field the part must hold is missing (`field`: its path, `goals.0.title`). */
  fieldMissing: { field: string };
  /** A field holds another type than it must (text for a number, …). */
  fieldWrongType: { field: string };
  /** A field holds a value Fremskriv does not know (another format marker or version, an unknown language). */
  fieldWrongValue: { field: string };
  /** A field is longer, larger or shorter than it may be. */
  fieldOutOfBounds: { field: string };
  /** Fields Fremskriv does not know (`keys`, joined with ", "). */
  fieldsUnknown: { keys: string };
  /** The XML part declares a DOCTYPE or entities (refused: XML external entities). */
  xmlEntities: { part: string };
  /** The XML part is not well-formed. */
  xmlMalformed: { part: string };
}

export type ImportReasonKind = keyof ImportReasonParams;

/** A reason of a known kind: `reasonKind` and that kind's parameters. */
export type ImportReason = { [K in ImportReasonKind]: { reasonKind: K } & ImportReasonParams[K] }[ImportReasonKind];

/** A note's reason: the English `reason`, and where it is of a known kind, the kind's parameters. */
export type ReasonParams = { reason: string } | ({ reason: string } & ImportReason);

export const IMPORT_REASON_KINDS = [
  'jsonTooDeep', 'jsonKeyTwice', 'fieldMissing', 'fieldWrongType', 'fieldWrongValue', 'fieldOutOfBounds', 'fieldsUnknown', 'xmlEntities', 'xmlMalformed',
] as const satisfies readonly ImportReasonKind[];

/** The note's reason parameters: the English text, and the kind where there is one. */
export function reasonParams(reason: string, kind: ImportReason | null): ReasonParams {
  return kind === null ? { reason } : { reason, ...kind };
}

/** Whether `path` names a field `parsed` holds (an own property at each step). */
function holds(parsed: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = parsed;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/**
 * The kind of a schema check's first issue on `parsed`, or null where it is none of the known
 * ones (a refinement's own sentence, a union, the root itself of the wrong type).
 */
export function reasonOfIssue(issue: z.core.$ZodIssue, parsed: unknown): ImportReason | null {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return { reasonKind: 'fieldsUnknown', keys: issue.keys.join(', ') };
  if (field === '') return null;
  switch (issue.code) {
    case 'invalid_type':
      return holds(parsed, issue.path) ? { reasonKind: 'fieldWrongType', field } : { reasonKind: 'fieldMissing', field };
    case 'invalid_value':
      return { reasonKind: 'fieldWrongValue', field };
    case 'too_big':
    case 'too_small':
      return { reasonKind: 'fieldOutOfBounds', field };
    default:
      return null;
  }
}
