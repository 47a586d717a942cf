/**
 * The bound on the space a workspace's named versions take. Each version is the workspace's whole
 * state (up to MAX_WORKSPACE_BYTES), written to the disk every workspace shares (the versions
 * file, by the version writer thread); nothing else bounds how many an editor may save. Without
 * it, one editor saving versions in a loop filled the disk at 2 MB a request (200 saves: 400 MB);
 * a full disk stops every workspace's edits.
 *
 * Every way a version is kept counts: saving one, the automatic version before a restore and the
 * one before an import that replaces the workspace.
 */
const MIB = 1024 * 1024;

/** 256 MiB: about 1,500 versions of the template workspace, or 128 at the largest workspace size. */
export const DEFAULT_MAX_VERSION_BYTES = 256 * MIB;

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/**
 * Why keeping one more version of `addBytes` beside versions taking `usedBytes` is refused, as a
 * sentence for the client; null when it fits.
 * Example: "the workspace's versions would take 268.6 MB; a workspace may keep at most 268.4 MB of versions".
 */
export function versionSpaceProblem(usedBytes: number, addBytes: number, maxBytes: number): string | null {
  const total = usedBytes + addBytes;
  if (total <= maxBytes) return null;
  return `the workspace's versions would take ${megabytes(total)} MB; a workspace may keep at most ${megabytes(maxBytes)} MB of versions`;
}
