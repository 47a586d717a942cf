/**
 * A careless or hostile editor opening uploads and never finishing them: a body is held whole in
 * memory until it has arrived, and Node gives it five minutes. 60 imports of 16 MiB holding back
 * their last byte took the server from 317 MB to 690 MB and rising. Now a token may have
 * 2 × MAX_BODY_BYTES of bodies on their way in (server/http/bodiesInFlight.ts); the next request
 * gets 429 before its body is read, and other tokens carry on.
 */
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { upload } from '../interchange/support/restClient.js';
import { createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { waitFor } from './support/syncClients.js';

const MAX_BODY_BYTES = 1_000_000;
const server = serverForTests({ env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });

/** An import whose headers declare a whole body of `MAX_BODY_BYTES` and that sends a first part of it. */
function heldUpload(workspaceId: string, token: string): { socket: Socket; answer: () => string } {
  const socket = connect(server.port, '127.0.0.1');
  let answer = '';
  socket.on('data', (data) => (answer += data.toString('latin1')));
  socket.on('error', () => undefined);
  socket.write(
    `POST /api/workspaces/${workspaceId}/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: multipart/form-data; boundary=b\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n`,
  );
  socket.write(Buffer.alloc(10_000, 120));
  return { socket, answer: () => answer };
}

const CSV = { bytes: new TextEncoder().encode('1;2\r\n3;4'), name: 'tal.csv' };

describe('request bodies a token has on their way in', () => {
  it('past two of the largest, the next upload gets 429 without being read; another token imports meanwhile, and the token imports again once its bodies are done', async () => {
    const hostile = await createWorkspace(server);
    const other = await createWorkspace(server);
    const colleague = { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken };
    const held = [heldUpload(hostile.id, hostile.editorToken), heldUpload(hostile.id, hostile.editorToken)];
    try {
      await whileColleagueWorks(server, colleague, async () => {
        // The held uploads reserve their declared length once the server has checked their token;
        // until then a third one may still be read (and imported), so ask until it is refused.
        let third = await upload(server, hostile.id, hostile.editorToken, CSV, { sheet: 'Tal' });
        await waitFor('the held uploads reserved their bodies', async () => {
          if (third.status === 429) return true;
          third = await upload(server, hostile.id, hostile.editorToken, CSV, { sheet: 'Tal' + Math.random().toString(36).slice(2, 6) });
          return third.status === 429;
        });
        expect((third.json as { error: string }).error).toMatch(/^this token is already sending 2\.0 MB of request bodies \(at most 2\.0 MB at a time\); wait for them to finish$/);
        expect(held.map((h) => h.answer())).toEqual(['', '']);
        const elsewhere = await upload(server, other.id, other.editorToken, CSV, { sheet: 'Tal' });
        expect(elsewhere.status, JSON.stringify(elsewhere.json)).toBe(200);
      });
    } finally {
      for (const h of held) h.socket.destroy();
    }
    await waitFor('the token may upload again', async () => (await upload(server, hostile.id, hostile.editorToken, CSV, { sheet: 'Igen' })).status === 200);
  }, 180_000);
});
