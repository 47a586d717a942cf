/**
 * Recalculates .xlsx files in LibreOffice Calc (headless) and returns what it saved. Each call has
 * its own private profile whose registrymodifications.xcu sets OOXMLRecalcMode and ODFRecalcMode
 * to 0 ("always recalculate"): measured with LibreOffice 7.4, a file carrying cached values is
 * otherwise NOT recomputed on load (exceljs' fullCalcOnLoad does not change that), and the test
 * would only read our own numbers back. Throws when LibreOffice is missing: the check must fail,
 * never skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The LibreOffice version line; throws (with how to install it) when soffice cannot run. */
export function libreOfficeVersion(): string {
  const result = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) {
    throw new Error(`LibreOffice (${SOFFICE}) is required for this test: apt-get install -y --no-install-recommends libreoffice-calc-nogui (${result.error?.message ?? result.stderr})`);
  }
  return result.stdout.trim();
}

/**
 * Opens every file in LibreOffice with full recalculation and saves it again as .xlsx, in one
 * soffice run; returns the saved files in the same order.
 */
export function recalculateInLibreOffice(files: readonly Uint8Array[]): Uint8Array[] {
  libreOfficeVersion();
  const dir = mkdtempSync(join(tmpdir(), 'fremskriv-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
    const inputs = files.map((bytes, i) => {
      const path = join(dir, `in${i}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const out = join(dir, 'out');
    const result = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, ...inputs],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (result.error || result.status !== 0) throw new Error(`soffice failed: ${result.error?.message ?? ''} ${result.stderr}`);
    return files.map((_, i) => {
      try {
        return new Uint8Array(readFileSync(join(out, `in${i}.xlsx`)));
      } catch {
        throw new Error(`soffice wrote no in${i}.xlsx: ${result.stdout} ${result.stderr}`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
