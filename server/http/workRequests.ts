/**
 * A REST request's heavy work, through the scheduler (server/work/): the requester's token
 * (hashed) counts against its bound, and a limit or a refusal becomes the HTTP answer for this
 * request alone: 429 with Retry-After for the per-token bound, 503 with Retry-After for a full
 * queue, a time or memory limit; the refusal's own status for a bad file or option.
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken } from '../auth/tokens.js';
import { WorkLimitError } from '../work/WorkPool.js';
import type { WorkRequest } from '../work/WorkScheduler.js';
import { WorkRefusal, type WorkAnswers, type WorkJob } from '../work/workJobs.js';
import { requireRoleAtEffect, type ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';

/** Seconds a client should wait before trying again, by the limit it hit. */
const RETRY_AFTER: Record<WorkLimitError['limit'], number> = { token: 1, workspace: 2, queue: 2, timeout: 30, memory: 30 };

export async function runWork<K extends WorkJob['kind']>(
  context: ApiContext,
  req: IncomingMessage,
  request: Omit<WorkRequest<K>, 'tokenHash'>,
): Promise<WorkAnswers[K]> {
  const tokenHash = hashToken(bearerToken(req.headers.authorization) ?? '').toString('base64url');
  try {
    const answer = await context.work.run({ ...request, tokenHash });
    // A job may wait and run for minutes: a token rotated meanwhile gets no answer (issue 15,
    // "a revoked token's in-flight requests end"). A new workspace is the admin's (no workspace yet).
    if (request.workspaceId !== 'new') await requireRoleAtEffect(context, req, request.workspaceId, 'viewer');
    return answer;
  } catch (error) {
    if (error instanceof WorkRefusal) throw new HttpError(error.status, error.message);
    if (error instanceof WorkLimitError) {
      throw new HttpError(error.limit === 'token' ? 429 : 503, error.message, { 'Retry-After': String(RETRY_AFTER[error.limit]) });
    }
    throw error;
  }
}
