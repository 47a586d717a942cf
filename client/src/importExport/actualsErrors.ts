/**
 * A refused actuals request as a planner reads it, in Danish or English: the server answers in
 * English for the CLI, REST callers and logs (server/http/actualsHandlers.ts, models/actuals/),
 * so the few refusals a planner meets in the dialogs get an explanation of their own (what went
 * wrong, what to do), with the server's words kept as the detail. Anything else is shown as the
 * server said it. test/client/actualsErrors.test.ts pins the patterns to the real messages.
 *
 * @example t(...actualsErrorText(409, 'unknown measure "X"; the measures are "A", "B"'))
 */
import { InterchangeRequestError } from './interchangeApi.js';

export interface ActualsErrorText {
  key: `actuals.errors.${string}`;
  values: Record<string, string>;
}

type Rule = [test: (status: number, message: string) => RegExpExecArray | boolean | null, explain: (match: RegExpExecArray | null, message: string) => ActualsErrorText];

const text = (name: string, values: Record<string, string> = {}): ActualsErrorText => ({ key: `actuals.errors.${name}`, values });

/** A leading "file.json: " names the uploaded file; the rules read what follows. */
function withoutFileName(message: string): { file: string; rest: string } {
  const match = /^([^:]{1,255}\.(?:json|csv|txt|xlsx)): (.*)$/is.exec(message);
  return match ? { file: match[1]!, rest: match[2]! } : { file: '', rest: message };
}

const RULES: Rule[] = [
  [(_, m) => /no Jobindsats API key/i.test(m), () => text('noApiKey')],
  [(_, m) => /refused the API key/i.test(m), () => text('wrongKey')],
  [(_, m) => /table is required to fetch from Jobindsats/i.test(m), () => text('noTable')],
  [(_, m) => /Jobindsats could not be reached|Jobindsats answered \d+/i.test(m), (_, m) => text('unreachable', { detail: m })],
  [(_, m) => /^unknown measure "(.*)"; the measures are (.*)$/s.exec(m), (x) => text('unknownMeasure', { measure: x![1]!, known: x![2]! })],
  [(_, m) => /^unknown value "(.*)" for (.*); its values are (.*)$/s.exec(m), (x) => text('unknownValue', { value: x![1]!, dimension: x![2]!, known: x![3]! })],
  [(_, m) => /^unknown (?:rows|filter) dimension "(.*)"; the dimensions are (.*)$/s.exec(m), (x) => text('unknownDimension', { dimension: x![1]!, known: x![2]! })],
  [(_, m) => /^(.*) has several values \((.*)\)/s.exec(m), (x) => text('severalValues', { dimension: x![1]!, values: x![2]! })],
  [(_, m) => /has no data link/i.test(m), () => text('noLink')],
  // A merge that would mix two tables in one sheet (models/actuals/actualsMerge.ts mergeRefusal).
  [(_, m) => /^the sheet "(.*)" (?:has its rows by|holds) .*send mode "replace"/s.exec(m), (x) => text('otherTable', { sheet: x![1]! })],
  [(status, m) => status === 413 && /^the workspace would take (.*)$/s.exec(m), (x) => text('workspaceFull', { detail: `the workspace would take ${x![1]!}` })],
  [(status) => status === 413, () => text('tooLarge')],
  [(status) => status === 401 || status === 403, () => text('notAllowed')],
  // The workspace's Jobindsats fetches a minute (server/http/jobindsatsFetches.ts), then any other 429 (a token's requests at once).
  [(status, m) => status === 429 && /fetched from Jobindsats (\d+) times .*try again in (\d+) s/s.exec(m), (x) => text('fetchRate', { perMinute: x![1]!, seconds: x![2]! })],
  [(status) => status === 429, (_, m) => text('busy', { detail: m })],
  [(status) => status === 0, () => text('network')],
];

/** Where the refusal came from decides the last resort: reading a file that is not Jobindsats data. */
export function actualsErrorText(status: number, serverMessage: string, context: 'read' | 'apply' = 'apply'): ActualsErrorText {
  const { file, rest } = withoutFileName(serverMessage);
  for (const [test, explain] of RULES) {
    const match = test(status, rest);
    if (match) return explain(match === true ? null : match, rest);
  }
  // A file the server could not read as a Jobindsats table is refused with 400 or 415 while
  // reading (the reader names what is missing: the period column, the measures, …).
  if ((status === 400 || status === 415) && (file !== '' || context === 'read')) return file === '' ? text('wrongData', { detail: rest }) : text('wrongFile', { file, detail: rest });
  return text('other', { detail: serverMessage });
}

/** What a dialog shows for a failed request; null for a request the dialog itself cancelled. */
export function actualsErrorOf(error: unknown, context: 'read' | 'apply' = 'apply'): ActualsErrorText | null {
  if (error instanceof DOMException && error.name === 'AbortError') return null;
  if (error instanceof InterchangeRequestError) return actualsErrorText(error.status, error.message, context);
  return text('other', { detail: error instanceof Error ? error.message : String(error) });
}
