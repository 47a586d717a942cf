/**
 * A REST request's heavy work, through the scheduler (server/work/): the requester's token
 * (hashed) counts against its bound, and a limit or a refusal becomes the HTTP answer for this
 * request alone: 429 with Retry-After for the per-token bound, 503 with Retry-After for a full
 * queue, a time or memory limit; the refusal's own status for a bad file or option.
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken } from '../auth/tokens.js';
import { WorkAbandoned, WorkLimitError } from '../work/WorkPool.js';
import type { WorkRequest } from '../work/WorkScheduler.js';
import { WorkRefusal, type WorkAnswers, type WorkJob } from '../work/workJobs.js';
import { requireRoleAtEffect, type ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';

/** Seconds a client should wait before trying again, by the limit it hit. */
const RETRY_AFTER: Record<WorkLimitError['limit'], number> = { token: 1, workspace: 2, queue: 2, timeout: 30, memory: 30 };

export async function runWork<K extends WorkJob['kind']>(
  context: ApiContext,
  req: IncomingMessage,
  request: Omit<WorkRequest<K>, 'tokenHash' | 'signal'>,
  /**
   * `answerOnly` (the default): nothing is written after the job, its answer is all the request
   * gets (an evaluation, an export, values, a preview, a new workspace's snapshot): it is not run
   * if the requester has gone (its connection closed) before the job's turn in its workspace's
   * queue comes. Before the fourteenth hostile pass only previews were: a colleague's four
   * requests for a workbook of costly formulas, each dropped at once, held the workspace's queue
   * for four time limits (12 minutes) and its colleagues got 503 meanwhile. `false` for a job
   * whose result is written afterwards: an import still lands when its planner closed the tab.
   * A job already running is stopped once it has run past `WORK_COSTLY_MS` (its thread is
   * terminated; before the twentieth session it ran on to the time limit for nobody); a cheaper
   * one is let finish, as ending and starting a thread costs more than its rest would.
   *
   * `supersededBy` (answer-only jobs): aborted once the document state the job computes from is
   * no longer the workspace's, for an answer that counts only for that state (a page's first
   * values): the requester is then treated as gone, and gets 409 instead of the answer.
   */
  { answerOnly = true, supersededBy }: { answerOnly?: boolean; supersededBy?: AbortSignal } = {},
): Promise<WorkAnswers[K]> {
  const tokenHash = hashToken(bearerToken(req.headers.authorization) ?? '').toString('base64url');
  const gone = new AbortController();
  const leave = (): void => gone.abort();
  if (answerOnly) {
    if (req.socket.destroyed || supersededBy?.aborted) gone.abort();
    else req.socket.once('close', leave);
    supersededBy?.addEventListener('abort', leave, { once: true });
  }
  try {
    const answer = await context.work.run({ ...request, tokenHash, ...(answerOnly ? { signal: gone.signal } : {}) });
    // A job may wait and run for minutes: a token rotated meanwhile gets no answer (issue 15,
    // "a revoked token's in-flight requests end"). A new workspace is the admin's (no workspace yet).
    if (request.workspaceId !== 'new') await requireRoleAtEffect(context, req, request.workspaceId, 'viewer');
    return answer;
  } catch (error) {
    if (error instanceof WorkRefusal) throw new HttpError(error.status, error.message);
    if (error instanceof WorkAbandoned && supersededBy?.aborted) throw new HttpError(409, 'the workspace changed before this computation ended; ask again for its new state');
    // Nobody reads this answer: the connection has closed.
    if (error instanceof WorkAbandoned) throw new HttpError(503, error.message);
    if (error instanceof WorkLimitError) {
      throw new HttpError(error.limit === 'token' ? 429 : 503, error.message, { 'Retry-After': String(RETRY_AFTER[error.limit]) });
    }
    throw error;
  } finally {
    req.socket.off('close', leave);
    supersededBy?.removeEventListener('abort', leave);
  }
}
