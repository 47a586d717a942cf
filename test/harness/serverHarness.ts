/**
 * Starts the real Fremskriv server (`node --import tsx server/main.ts`, the same code `npm start`
 * runs) on port 0 with a fresh temporary DATA_DIR, and tears it down. Shared by the server tests,
 * the browser end-to-end tests and the benchmarks. In the server and browser projects it starts
 * that code compiled once per run into one file per thread (serverBundle.ts): the same source, a
 * third of the CPU a start takes.
 *
 * @example
 *   const server = await startServer({ env: { IDLE_UNLOAD_MS: '200' } });
 *   try { await fetch(`${server.url}/healthz`) } finally { await server.stop() }
 *
 * Defaults: HOST=127.0.0.1, PORT=0, CLIENT_BUILD=skip (pass `env: { CLIENT_BUILD: 'auto' }` to get
 * the built client), ADMIN_TOKEN random (pass `env: { ADMIN_TOKEN: undefined }` to let the server
 * generate one; the harness reads it from the first start's output). Set SERVER_HARNESS_ECHO=1
 * to copy the server's output to this process's stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Names the server bundle to start instead of server/main.ts (set by serverBundle.ts). */
export const SERVER_BUNDLE_ENV = 'FREMSKRIV_TEST_SERVER_BUNDLE';
// The newline matters: without it a chunk ending mid-line could yield a truncated port.
const READY_LINE = /^Fremskriv listening on (http:\/\/\S+):(\d+)\r?\n/m;
const LINK_LINE = /^http:\/\/\S+\/w\/([A-Za-z0-9_-]+)#token=(\S+)$/gm;
const ADMIN_LINE = /^Admin token \([^)]*\): (\S+)$/m;
const MAX_OUTPUT_CHARS = 2_000_000;

export interface StartServerOptions {
  /** Reuse a data directory (it is then not deleted by stop()). Default: a fresh temporary one. */
  dataDir?: string;
  /** Extra environment; a key set to undefined is removed. */
  env?: Record<string, string | undefined>;
  /** Default 120 s (a client build on first start, or tsx on a busy 2-core machine, can take a while). */
  readyTimeoutMs?: number;
}

export interface DemoWorkspaceLinks {
  workspaceId: string;
  editorToken: string;
  viewerToken: string;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** ws://127.0.0.1:PORT/sync — the WebsocketProvider's serverUrl. */
  readonly wsUrl: string;
  readonly port: number;
  readonly adminToken: string;
  readonly dataDir: string;
  readonly demo: DemoWorkspaceLinks | undefined;
  /** The server process id (for memory readings and signals). */
  readonly pid: number;
  readonly running: boolean;
  /** Everything the current process printed (stdout and stderr in one stream, in the order written). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, polling until the deadline. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resident memory of the server process in bytes (Linux /proc). */
  rssBytes(): number;
  /** SIGTERM and wait for the exit; the data directory stays. Resolves with the exit code. */
  sigterm(timeoutMs?: number): Promise<number | null>;
  /** SIGKILL (a crash) and wait until the process is gone; the data directory stays. */
  kill9(): Promise<void>;
  /** Starts again on the same data directory and port (stopping first if still running). */
  restart(): Promise<void>;
  /** Teardown: stops the process if it runs (SIGTERM, then SIGKILL) and removes a temporary data directory. */
  stop(): Promise<void>;
}

/** The node arguments that start the server: the run's bundle (serverBundle.ts) or `npm start`'s. */
function serverEntry(): string[] {
  const bundle = process.env[SERVER_BUNDLE_ENV];
  // The source maps give a failure's stack the lines of server/ and models/, as tsx does.
  return bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', 'server/main.ts'];
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

class ServerProcess implements RunningServer {
  private child: ChildProcess | null = null;
  private text = '';
  url = '';
  wsUrl = '';
  port = 0;
  adminToken: string;
  demo: DemoWorkspaceLinks | undefined;

  constructor(
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
    private readonly env: Record<string, string | undefined>,
    private readonly readyTimeoutMs: number,
  ) {
    this.adminToken = env.ADMIN_TOKEN ?? '';
  }

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.text;
  }

  async waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.text.match(pattern);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`server output did not match ${pattern} within ${timeoutMs} ms:\n${this.text.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN);
    return kb * 1024;
  }

  async start(port: number): Promise<void> {
    this.text = '';
    const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', CLIENT_BUILD: 'skip', ...this.env, PORT: String(port), DATA_DIR: this.dataDir };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    // stderr joins stdout in one pipe (`exec` keeps the server as the child, for its signals): read
    // from two pipes, a line the server wrote to stderr before an answer (`work.stopped …`) could
    // arrive after a stdout line it wrote later, so output() could not be read in the server's order.
    const child = spawn('/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', process.execPath, ...serverEntry()], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
    this.child = child;
    live.add(child);
    child.once('exit', () => live.delete(child));
    const collect = (chunk: Buffer): void => {
      this.text = (this.text + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS);
      if (process.env.SERVER_HARNESS_ECHO) process.stderr.write(chunk);
    };
    child.stdout?.on('data', collect);
    const ready = this.waitForOutput(READY_LINE, this.readyTimeoutMs);
    const died = exited(child).then((code) => {
      throw new Error(`the server exited (code ${code}) before it was ready:\n${this.text.slice(-4000)}`);
    });
    const match = await Promise.race([ready, died]);
    this.port = Number(match[2]);
    this.url = `${match[1]}:${this.port}`;
    this.wsUrl = `${this.url.replace(/^http/, 'ws')}/sync`;
    this.adminToken = ADMIN_LINE.exec(this.text)?.[1] ?? this.adminToken;
    const links = [...this.text.matchAll(LINK_LINE)];
    if (links.length >= 2) this.demo = { workspaceId: links[0]![1]!, editorToken: links[0]![2]!, viewerToken: links[1]![2]! };
  }

  async sigterm(timeoutMs = 15_000): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await exited(child);
    } finally {
      clearTimeout(timer);
    }
  }

  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGKILL');
    await exited(child);
  }

  async restart(): Promise<void> {
    await this.sigterm();
    await this.start(this.port);
  }

  async stop(): Promise<void> {
    await this.sigterm();
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it prints its ready line. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fremskriv-server-'));
  const env = { ADMIN_TOKEN: randomBytes(24).toString('base64url'), ...options.env };
  const server = new ServerProcess(dataDir, ownsDataDir, env, options.readyTimeoutMs ?? 120_000);
  try {
    await server.start(0);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
