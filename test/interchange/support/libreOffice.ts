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

/**
 * The profile's settings: always recalculate, and the locale LibreOffice reads and writes numbers
 * in (its "Locale setting", as the computer's locale is for Excel): a Danish workbook is checked as
 * a Danish planner's LibreOffice computes it ("1,5" is a number, 0,3 joins to text as "0,3").
 */
function profileSettings(locale: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`;
}

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
 * soffice run; returns the saved files in the same order. `locale` is LibreOffice's locale
 * setting (a BCP 47 tag: en-US, da-DK).
 */
export function recalculateInLibreOffice(files: readonly Uint8Array[], locale = 'en-US'): Uint8Array[] {
  libreOfficeVersion();
  const dir = mkdtempSync(join(tmpdir(), 'fremskriv-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), profileSettings(locale));
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

/**
 * Recalculates each file in LibreOffice set to its workbook's locale (one soffice run per
 * locale), as each planner's own computer would; returns the saved files in the same order.
 */
export function recalculateInOwnLocale(files: ReadonlyArray<{ locale: string; exported: Uint8Array }>): Uint8Array[] {
  const recalculated: Uint8Array[] = [];
  for (const locale of new Set(files.map((file) => file.locale))) {
    const indices = files.flatMap((file, i) => (file.locale === locale ? [i] : []));
    const saved = recalculateInLibreOffice(
      indices.map((i) => files[i]!.exported),
      locale,
    );
    indices.forEach((fileIndex, i) => (recalculated[fileIndex] = saved[i]!));
  }
  return recalculated;
}
