/**
 * Fifth hostile pass, item 1: every bound was per token, so one machine with several links (or
 * none) could open sockets without end. One address now holds at most MAX_CONNECTIONS_PER_ADDRESS
 * open connections and opens at most NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE sync connections a
 * minute; X-Forwarded-For counts only with TRUST_PROXY. The test machine's loopback addresses
 * 127.0.0.2 … stand for other machines: the server listens on 127.0.0.1 and sees each as its own.
 */
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addressKey } from '../../server/http/connectionsPerAddress.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { workspaceForTests } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/** GET /healthz from `localAddress`, on a connection of its own. */
function healthFrom(server: RunningServer, localAddress: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/healthz`, { localAddress, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a sync connection from `localAddress`: the open socket, or the HTTP answer refusing it. */
function syncFrom(server: RunningServer, workspaceId: string, token: string | undefined, localAddress: string, headers: Record<string, string> = {}): Promise<WebSocket | Answer> {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${server.wsUrl}/${workspaceId}${query}`, { localAddress, headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body }));
    });
    socket.once('error', reject);
  });
}

function refusal(outcome: WebSocket | Answer): Answer {
  if (outcome instanceof WebSocket) throw new Error('the connection was accepted');
  return outcome;
}

/** A TCP connection that sends half a request and then nothing (slow loris). */
function slowLoris(server: RunningServer, localAddress: string): Promise<Socket> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress }, () => {
      socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

describe('connections per address', () => {
  const server = serverForTests({ env: { MAX_CONNECTIONS_PER_ADDRESS: '12', NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE: '8' } });
  const workspace = workspaceForTests(server);

  it('an address holding its bound of open connections gets 429 for the next, HTTP or sync; a closed one frees its place; other addresses carry on', async () => {
    const demo = { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken };
    const held: Socket[] = [];
    await whileColleagueWorks(server, demo, async () => {
      for (let i = 0; i < 12; i++) held.push(await slowLoris(server, '127.0.0.2'));
      const http = await healthFrom(server, '127.0.0.2');
      expect(http.status).toBe(429);
      expect(http.retryAfter).toBe('30');
      expect(JSON.parse(http.body)).toEqual({ error: 'this address already holds 12 open connections' });
      expect(refusal(await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.2')).status).toBe(429);
      expect((await healthFrom(server, '127.0.0.1')).status).toBe(200);
      const elsewhere = await syncFrom(server, workspace.id, workspace.viewerToken, '127.0.0.5');
      expect(elsewhere).toBeInstanceOf(WebSocket);
      (elsewhere as WebSocket).close();
    });
    const closed = new Promise((resolve) => held[0]!.once('close', resolve));
    held[0]!.destroy();
    await closed;
    // The server sees the close a moment after the client: ask until it has.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) status = (await healthFrom(server, '127.0.0.2')).status;
    expect(status).toBe(200);
    for (const socket of held) socket.destroy();
  }, 120_000);

  it('an address opening sync connections faster than its bound gets 429 with Retry-After before any token is looked up; X-Forwarded-For is not believed', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 8; i++) answers.push(refusal(await syncFrom(server, workspace.id, undefined, '127.0.0.3', { 'X-Forwarded-For': `10.0.0.${i}` })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(401));
    const limited = refusal(await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.3', { 'X-Forwarded-For': '10.0.1.1' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(limited.body)).toEqual({ error: 'this address opened more than 8 connections in a minute; try again in 8 s' });
    const colleague = await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.4');
    expect(colleague).toBeInstanceOf(WebSocket);
    (colleague as WebSocket).close();
  }, 120_000);
});

describe('connections per address behind a trusted proxy (TRUST_PROXY)', () => {
  const server = serverForTests({ env: { TRUST_PROXY: 'true', MAX_CONNECTIONS_PER_ADDRESS: '3' } });
  const workspace = workspaceForTests(server);

  it("counts the address the proxy appended to X-Forwarded-For, not the proxy's own", async () => {
    const open: WebSocket[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const socket = await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.1', { 'X-Forwarded-For': `203.0.113.${i}, 198.51.100.7` });
        expect(socket).toBeInstanceOf(WebSocket);
        open.push(socket as WebSocket);
      }
      const fourth = refusal(await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.7' }));
      expect(fourth.status).toBe(429);
      expect(JSON.parse(fourth.body)).toEqual({ error: 'this address already holds 3 open connections' });
      const other = await syncFrom(server, workspace.id, workspace.editorToken, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.8' });
      expect(other).toBeInstanceOf(WebSocket);
      open.push(other as WebSocket);
      // The proxy's own connections are not counted: it may hold many more than 3.
      for (let i = 0; i < 5; i++) expect((await healthFrom(server, '127.0.0.1')).status).toBe(200);
    } finally {
      for (const socket of open) socket.close();
    }
  }, 120_000);
});

describe('the address a connection is counted under', () => {
  it('is an IPv4 address as is, also when mapped into IPv6, and an IPv6 address by its /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:0:12::1')).toBe('2001:db8:0:12::/64');
    expect(addressKey('2001:0db8:0000:0012:ffff:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(addressKey('[2001:db8::5]')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
