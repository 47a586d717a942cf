/**
 * A fake Jobindsats API for the tests of one file: listening on port 0 before them, closed after
 * them. Its address is known once it listens, so a server using it is started with
 * `serverForTests(() => ({ env: { JOBINDSATS_URL: fake.url(), … } }))`.
 *
 * @example
 *   const fake = fakeJobindsatsForTests((req, res) => res.writeHead(200).end(TABLE));
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export function fakeJobindsatsForTests(answer: RequestListener): { url(): string } {
  const fake = createServer(answer);
  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });
  return { url: () => `http://127.0.0.1:${(fake.address() as AddressInfo).port}` };
}
