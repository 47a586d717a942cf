/**
 * Serves the built client from client/dist. `/` and `/w/<workspaceId>` get index.html (the client
 * routes itself); files under /assets/ carry a content hash in their name and are cached forever;
 * everything else is revalidated. Without a build, `/` answers 503 with a page saying how to build.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const SPA_PATHS = /^\/(?:w\/[A-Za-z0-9_-]+\/?)?$/;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Fremskriv: client not built</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The Fremskriv client has not been built</h1>
<p>The server is running (sync and REST API work), but <code>client/dist/index.html</code> is missing.
Run <code>npm run build</code>, or start the server without <code>CLIENT_BUILD=skip</code> so it builds the client itself.</p>
</body></html>
`;

export function isClientPath(path: string): boolean {
  return SPA_PATHS.test(path) || path.startsWith('/assets/') || /^\/[^/]+\.[a-z0-9]+$/i.test(path);
}

async function fileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/**
 * Answers a GET or HEAD for a client path; false when there is no such file (the caller sends 404).
 * Source maps (the vite build writes them) are served only with SERVE_SOURCE_MAPS=true: they hand
 * anyone the client's full source.
 */
export async function serveClient(req: IncomingMessage, res: ServerResponse, distDir: string, path: string, serveSourceMaps = false): Promise<boolean> {
  const spa = SPA_PATHS.test(path);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  // On the decoded path: `/assets/main.js%2emap` names the same file as `/assets/main.js.map`.
  if (!serveSourceMaps && /\.map$/i.test(decoded)) return false;
  const relative = spa ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
  const file = join(distDir, relative);
  if (!file.startsWith(distDir + sep)) return false;
  const size = await fileSize(file);
  if (size === null) {
    if (!spa) return false;
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '10' });
    res.end(req.method === 'HEAD' ? undefined : NOT_BUILT_PAGE);
    return true;
  }
  const immutable = !spa && relative.startsWith(`assets${sep}`);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
  return true;
}
