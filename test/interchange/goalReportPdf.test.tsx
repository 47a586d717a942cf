/**
 * The printable goal report rendered in Chromium to an A4 PDF (the component, statically
 * rendered into a minimal page, since the app shell mounts it elsewhere). The PDF and PNGs of its
 * pages are left in test-artifacts/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { chromium } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { goalReportModel } from '../../client/src/report/goalReportModel.js';
import { GoalReport } from '../../client/src/report/GoalReport.js';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from '../harness/browserHarness.js';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };

async function translations(language: 'da' | 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  // The app's own texts as well as the report's: a share's margin reads in the app's words ("procentpoint").
  const resources = { da: { translation: da }, en: { translation: en } };
  await instance.use(initReactI18next).init({ lng: language, fallbackLng: 'da', resources, interpolation: { escapeValue: false } });
  return instance;
}

/** The report for the template as a standalone HTML page. */
async function reportPage(language: 'da' | 'en'): Promise<string> {
  const doc = documentFromFile(beskaeftigelsesplanTemplate());
  const engines = new ScenarioEngines(doc);
  try {
    const model = goalReportModel(doc, engines);
    const body = renderToStaticMarkup(
      <I18nextProvider i18n={await translations(language)}>
        <GoalReport model={model} generatedAt={new Date(Date.UTC(2024, 0, 15, 12))} />
      </I18nextProvider>,
    );
    return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${model.title}</title></head><body style="margin:0">${body}</body></html>`;
  } finally {
    engines.destroy();
    doc.destroy();
  }
}

const browser = chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
afterAll(async () => (await browser).close());

/** The width A4 leaves for the report inside the report's page margins (12 mm each side), in CSS pixels. */
const CONTENT_WIDTH = { portrait: ((210 - 24) * 96) / 25.4, landscape: ((297 - 24) * 96) / 25.4 };

async function printToPdf(html: string, name: string, landscape = false): Promise<string> {
  const context = await (await browser).newContext();
  try {
    const page = await context.newPage();
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${name}.pdf`);
    // A4 as the print dialog gives it where the planner is; the report leaves size and orientation to it.
    await page.pdf({ path, format: 'A4', landscape, printBackground: true });
    return path;
  } finally {
    await context.close();
  }
}

describe('the printable goal report', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = await printToPdf(await reportPage('da'), 'goal-report');
  }, 60_000);

  it('prints on A4 pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[456]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it('shows the title, date, every scenario with its goals, status, margin and month reached, the charts and the assumptions', () => {
    // In the order the page draws it, lines joined: a margin may wrap before its unit ("+0,8" / "procentpoint").
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Beskæftigelsesplan 2023',
      'Målrapport',
      'Udskrevet 15. januar 2024',
      'Scenarie: Basis',
      'Scenarie: Styrket indsats',
      'Scenarie: Lavkonjunktur',
      '3 af 6 målbare mål opfyldt',
      '6 af 6 målbare mål opfyldt',
      'MM3',
      '≥ 60,0 %',
      'Opfyldt',
      'Ikke opfyldt',
      'nov. 2023',
      'Nået fra',
      'Følges',
      'for sent',
      '+0,8 procentpoint',
      'Forløb',
      'Mål 60,0 %',
      'Forudsætninger',
      'Forudsætninger!B5',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it.each(['portrait', 'landscape'] as const)('fits A4 %s: no table wider than the page, each goal title 30 % of its table and at most three lines', async (orientation) => {
    const context = await (await browser).newContext({ viewport: { width: Math.floor(CONTENT_WIDTH[orientation]), height: 1000 } });
    try {
      const page = await context.newPage();
      await page.setContent(await reportPage('da'));
      await page.emulateMedia({ media: 'print' });
      const measured = await page.evaluate(() => {
        const report = document.querySelector('.goal-report')!;
        const tables = [...report.querySelectorAll('table')].map((table) => table.getBoundingClientRect().right - report.getBoundingClientRect().right);
        const titles = [...report.querySelectorAll('td.goal-name')].map((cell) => {
          const style = getComputedStyle(cell);
          const text = cell.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          return { share: cell.getBoundingClientRect().width / cell.closest('table')!.getBoundingClientRect().width, lines: Math.round(text / parseFloat(style.lineHeight)) };
        });
        return { tables, titles };
      });
      expect(measured.titles.length).toBeGreaterThan(0);
      for (const past of measured.tables) expect(past).toBeLessThanOrEqual(1);
      for (const title of measured.titles) {
        expect(title.share).toBeGreaterThanOrEqual(0.3);
        expect(title.lines).toBeLessThanOrEqual(orientation === 'portrait' ? 3 : 2);
      }
    } finally {
      await context.close();
    }
    const pdf = await printToPdf(await reportPage('da'), `goal-report-${orientation}`, orientation === 'landscape');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(orientation === 'portrait' ? /Page size:\s+59[456]\.\d+ x 84[12]\.\d+ pts \(A4\)/ : /Page size:\s+84[12]\.\d+ x 59[456]\.\d+ pts \(A4\)/);
  });

  it('is rendered to PNG pages for a person to look at', () => {
    const prefix = join(ARTIFACTS_DIR, 'goal-report-page');
    for (const file of readdirSync(ARTIFACTS_DIR)) if (file.startsWith('goal-report-page')) rmSync(join(ARTIFACTS_DIR, file));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
    expect(readdirSync(ARTIFACTS_DIR).filter((f) => f.startsWith('goal-report-page') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
  });

  it('speaks English when the planner has chosen English', async () => {
    const html = await reportPage('en');
    writeFileSync(join(ARTIFACTS_DIR, 'goal-report-en.html'), html);
    expect(html).toContain('Goal report');
    expect(html).toContain('Scenario: Basis');
    expect(html).toContain('Reached from');
    expect(html.replace(/<[^>]*>/g, '')).toContain('Reached late: Mar 2024');
    // Numbers in the report's language, as the goal card shows them to a planner who chose English
    // (the report read "+0,8 percentage points" and "60,8 %" beside the card's "60.8%").
    expect(html).toContain('+0.8 percentage points');
    expect(html).toContain('60.8%');
    expect(html).not.toContain('60,8 %');
  });
});
