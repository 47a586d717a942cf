/**
 * A careless script that gives an option twice (`?scenario=a&scenario=b`). Before the twentieth
 * session the evaluation, values, solve and sensitivity endpoints silently used the first one, so
 * the answer looked like one for the second; the exports said only "each option may be given
 * once". Now every one of them answers 400 naming the option, before any computation
 * (server/http/queryOptions.ts). So does a sync connection's `token` or `presence` given twice,
 * before the token is looked up. An option the path does not know (`?scenaro=`, a typo) was
 * ignored by the same four endpoints, which answered for the default scenario (sixteenth hostile
 * pass): now 400 naming it and the options the path takes, as the exports already refused it.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serverForTests } from '../harness/serverForTests.js';
import { api, workspaceForTests } from './support/api.js';

const server = serverForTests();
const workspace = workspaceForTests(server);

const input = encodeURIComponent('Forudsætninger!B7');

describe('an option given twice in a REST query', () => {
  it.each([
    ['the evaluation', '/evaluation?scenario=a&scenario=b', 'scenario', 2],
    ['the first values', '/values?scenario=a&scenario=b&scenario=c', 'scenario', 3],
    ['the first screen', '/values?screen=da-DK&screen=en-GB', 'screen', 2],
    ['solving a goal', `/goals/LM2/solve?input=${input}&min=1&min=2`, 'min', 2],
    ['solving a goal, its input', `/goals/LM2/solve?input=${input}&input=${input}`, 'input', 2],
    ['the sensitivity table', '/sensitivity?step=0.1&step=0.2', 'step', 2],
    ['the .xlsx export', '/export.xlsx?scenario=a&scenario=b', 'scenario', 2],
  ])('%s answers 400 naming the option', async (_what, path, option, times) => {
    const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}${path}`, workspace.viewerToken);
    expect(answer).toEqual({ status: 400, json: { error: `the option "${option}" is given ${times} times; give each option once` } });
  });

  it('each option given once is still answered', async () => {
    const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}/sensitivity?step=0.1`, workspace.viewerToken);
    expect(answer.status).toBe(200);
  }, 120_000);
});

describe('an option the path does not know', () => {
  it.each([
    ['the evaluation', '/evaluation?scenaro=H%C3%B8jkonjunktur', 'unknown option: scenaro; this path takes no options'],
    ['the first values', '/values?scenaro=s1', 'unknown option: scenaro; this path takes scenario, screen'],
    ['the first values, a token in the query', '/values?token=abc', 'unknown option: token; this path takes scenario, screen'],
    ['solving a goal', `/goals/LM2/solve?input=${input}&scenaro=H%C3%B8jkonjunktur`, 'unknown option: scenaro; this path takes scenario, input, min, max'],
    ['the sensitivity table', '/sensitivity?stepp=0.1', 'unknown option: stepp; this path takes scenario, step'],
    ['the .xlsx export', '/export.xlsx?format=xls', 'unknown option: format; this path takes scenario'],
    ['the CSV export', `/sheets/${encodeURIComponent('Forudsætninger')}.csv?sep=,`, 'unknown option: sep; this path takes separator, decimal, scenario'],
    ['the evaluation, seven unknown and one empty', '/evaluation?a=1&b=2&c=3&=4&e=5&f=6&g=7', 'unknown options: a, b, c, "", e and 2 more; this path takes no options'],
  ])('%s answers 400 naming it and the options the path takes', async (_what, path, error) => {
    const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}${path}`, workspace.viewerToken);
    expect(answer).toEqual({ status: 400, json: { error } });
  });

  it('each option known is still answered', async () => {
    const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}/goals/LM2/solve?input=${input}&scenario=&min=0`, workspace.viewerToken);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  }, 120_000);
});

describe('an option given twice in a sync connection', () => {
  it('two tokens are refused with 400 naming the option, before any data', async () => {
    const url = `${server.wsUrl}/${workspace.id}?token=${workspace.viewerToken}&token=${workspace.editorToken}`;
    const refusal = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.on('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      socket.on('open', () => {
        socket.close();
        reject(new Error('the connection was let in'));
      });
      socket.on('error', () => undefined);
    });
    expect(refusal).toEqual({ status: 400, body: JSON.stringify({ error: 'the option "token" is given 2 times; give each option once' }) });
  });
});
