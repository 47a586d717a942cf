/**
 * Runs a command-line tool as a planner runs it (`npm run --silent SCRIPT -- …args` from the
 * repository root) without blocking the test's thread, and resolves with its exit code and output.
 *
 * @example
 *   const { status, stdout, stderr } = await npmScript('export', [templatePath, xlsxPath]);
 *
 * Why not spawnSync: a synchronous run holds the test file's whole thread, Vitest's own timers
 * included, so a CLI that took 35 s on a busy 2-core machine failed the test at its next `await`
 * with "Test timed out in 30000ms" although it succeeded. One run (npm, tsx, the formula engine)
 * takes seconds alone and tens of seconds under load: the default bound is generous, and a run
 * still going at the bound is killed with its children (npm's shell and node) and reported as
 * such, never mistaken for an exit code.
 */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './serverHarness.js';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface ScriptRunOptions {
  /** Default 240 s. */
  timeoutMs?: number;
}

/** Runs `command args` in the repository root; see the file's comment. */
export function runCommand(command: string, args: readonly string[], options: ScriptRunOptions = {}): Promise<ScriptRun> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  return new Promise((resolve, reject) => {
    // A process group of its own, so a run past its bound is killed with npm's children.
    const child = spawn(command, args, { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`${command} ${args.join(' ')} was still running after ${timeoutMs} ms and was killed:\n${stderr.slice(-2000)}`));
      else resolve({ status, stdout, stderr });
    });
  });
}

/** `npm run --silent SCRIPT -- …args`, as the README tells planners to run it. */
export function npmScript(script: string, args: readonly string[], options: ScriptRunOptions = {}): Promise<ScriptRun> {
  return runCommand('npm', ['run', '--silent', script, '--', ...args], options);
}
