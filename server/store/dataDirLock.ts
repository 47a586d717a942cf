/**
 * One server per DATA_DIR. Two servers on one directory each kept their own copy of a workspace in
 * memory, and after both compacted, edits one of them had broadcast were gone (issue 15). The
 * lock is a file `fremskriv.lock` holding the owner's pid, created exclusively (O_EXCL). A lock
 * whose pid no longer runs (the owner was killed with -9) is stale and taken over; a lock held
 * by a running process refuses the start.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'fremskriv.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`DATA_DIR ${dataDir} is in use by another Fremskriv server (pid ${pid}); stop it first, or start this one with another DATA_DIR`);
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `dataDir` (creating the directory) and releases it when the process exits.
 * Throws DataDirInUseError when another running process holds it. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const pid = ownerPid(file);
      // Our own pid in the file: a container restarted us under the same pid after a hard stop.
      if (pid !== null && pid !== process.pid && isRunning(pid)) throw new DataDirInUseError(dataDir, pid);
      unlinkSync(file);
    }
  }
  const release = (): void => {
    process.off('exit', release);
    if (ownerPid(file) !== process.pid) return;
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return release;
}
