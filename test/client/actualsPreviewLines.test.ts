/**
 * The actuals preview's warnings and goals moved as planners read them, in Danish and English:
 * a share's goal in percent with the card's decimals, a count's in whole numbers, the badge's words.
 */
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { danishAndEnglish } from './support/translations.js';
import { importedText, previewSummary, warningText } from '../../client/src/importExport/actualsPreview.js';
import { goalsMovedLines } from '../../client/src/importExport/goalsMovedLines.js';
import type { GoalMoved } from '../../models/analysis/goalsMoved.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

let t: { da: TFunction; en: TFunction };

beforeAll(async () => {
  t = await danishAndEnglish();
});

const moved: GoalMoved[] = [
  { goalId: 'LM2', before: { value: 358.4, target: 350, met: false, status: 'missed' }, after: { value: 5849.48, target: 350, met: false, status: 'missed' } },
  { goalId: 'MM3', before: { value: 0.6081, target: 0.6, met: true, status: 'met' }, after: { value: 0.5912, target: 0.6, met: false, status: 'missed' } },
];

describe('the actuals preview as planners read it', () => {
  const open = openWorkbooks();

  it('goals moved read as their goal cards: the deadline month, the value in the cell\'s format, the badge', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const [lm2, mm3] = goalsMovedLines(moved, doc, t.da, 'da', 'da-DK').lines;
    expect(lm2!.text).toMatch(/^LM2 .+, dec\. 2023: 358 \(Ikke opfyldt\) → 5\.849 \(Ikke opfyldt\)$/);
    expect(lm2!.verdictChanges).toBe(false);
    expect(mm3!.text).toMatch(/^MM3 .+, dec\. 2023: 60,8 % \(Opfyldt\) → 59,1 % \(Ikke opfyldt\)$/);
    expect(mm3!.verdictChanges).toBe(true);
  });

  // The planner walkthrough: "LM2 …: 358 (Ikke opfyldt) → 358 (Ikke opfyldt)" for a move below the card's decimals.
  it('a goal that moves less than the card shows reads with the decimals that tell before and after apart, never the same text twice', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const small: GoalMoved[] = [
      { goalId: 'LM2', before: { value: 358.4, target: 350, met: false, status: 'missed' }, after: { value: 358.2, target: 350, met: false, status: 'missed' } },
      { goalId: 'MM3', before: { value: 0.60812, target: 0.6, met: true, status: 'met' }, after: { value: 0.60808, target: 0.6, met: true, status: 'met' } },
    ];
    const { lines, belowDisplay } = goalsMovedLines(small, doc, t.da, 'da', 'da-DK');
    expect(lines.map((l) => l.text.replace(/^(\w+) .+, dec\. 2023: /, '$1: '))).toEqual(['LM2: 358,4 (Ikke opfyldt) → 358,2 (Ikke opfyldt)', 'MM3: 60,812 % (Opfyldt) → 60,808 % (Opfyldt)']);
    expect(belowDisplay).toBe(0);
  });

  it('a goal whose value moves only past 6 decimals is left out of the list and counted', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const noise: GoalMoved[] = [{ goalId: 'LM2', before: { value: 358.4, target: 350, met: false, status: 'missed' }, after: { value: 358.4 + 1e-10, target: 350, met: false, status: 'missed' } }];
    expect(goalsMovedLines(noise, doc, t.da, 'da', 'da-DK')).toEqual({ lines: [], belowDisplay: 1 });
    expect(t.da('actuals.goalsMoved.belowDisplay', { count: 1 })).toBe('Yderligere 1 mål flytter sig så lidt, at det ikke ses med 6 decimaler.');
    expect(t.en('actuals.goalsMoved.belowDisplay', { count: 2 })).toBe('2 more goals move too little to show at 6 decimals.');
  });

  it('a rank goal whose target moves while its value does not says how the target moved', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const target: GoalMoved[] = [{ goalId: 'LM1a', before: { value: 0.0757, target: 0.0698, met: true, status: 'met' }, after: { value: 0.0757, target: 0.0712, met: true, status: 'met' } }];
    expect(goalsMovedLines(target, doc, t.da, 'da', 'da-DK').lines[0]!.text).toMatch(/^LM1a .+, dec\. 2023: målet 6,98 % → 7,12 % \(Opfyldt → Opfyldt\)$/);
  });

  it('a planner who switched the interface to English reads the numbers in English, as the goal cards show them, in a Danish workbook', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const [lm2, mm3] = goalsMovedLines(moved, doc, t.en, 'en', 'en-GB').lines;
    expect(lm2!.text).toMatch(/^LM2 .+, Dec 2023: 358 \(Missed\) → 5,849 \(Missed\)$/);
    expect(mm3!.text).toMatch(/^MM3 .+, Dec 2023: 60\.8% \(Met\) → 59\.1% \(Missed\)$/);
  });

  it('a jump names the row, both months and both figures; a total row says what to check', () => {
    const jump = { kind: 'jump', row: 'Roskilde', period: '2022-08', figure: 9486, previousPeriod: '2022-07', previousFigure: 445, months: 6 } as const;
    const translate = (key: string, values: Record<string, string | number>): string => t.da(key, values);
    expect(warningText(jump, 'da-DK', 'da', translate)).toBe(
      'Advarsel: »Roskilde« springer fra 445 i jul. 2022 til 9.486 i aug. 2022 – mere end 3 gange så meget. Tjek rækken og filtrene (fx »i alt« i stedet for en gruppe). Det gælder 6 måneder.',
    );
    expect(warningText({ ...jump, figure: 100, months: 1 }, 'da-DK', 'da', translate)).toMatch(/^Advarsel: »Roskilde« falder fra 445 i jul\. 2022 til 100 i aug\. 2022 – under en tredjedel\./);
    expect(warningText({ kind: 'totalRow', row: 'Hele landet' }, 'da-DK', 'en', (key, values) => t.en(key, values))).toMatch(/^Warning: the row “Hele landet” is a total/);
  });
});

describe('what the import will hold, counted as planners say it', () => {
  const translate = (lang: 'da' | 'en') => (key: string, values: Record<string, string | number>): string => t[lang](key, values);
  const oneRow = { sheet: 'Jobindsats', rows: ['Roskilde'], dimension: 'Område', periods: ['2022-07', '2022-08', '2022-09'], created: false };

  it('one row is "1 række", not "1 rækker" (the planner walk-through); one month "1 måned"', () => {
    expect(previewSummary(oneRow, translate('da'))).toBe('Arket »Jobindsats« får 1 række (Område) og 3 måneder, 2022-07 – 2022-09.');
    expect(previewSummary({ ...oneRow, rows: ['Roskilde', 'Køge'], periods: ['2023-03'], created: true }, translate('da'))).toBe(
      'Arket »Jobindsats« oprettes med 2 rækker (Område) og 1 måned, 2023-03 – 2023-03.',
    );
    expect(previewSummary(oneRow, translate('en'))).toBe('The sheet “Jobindsats” gets 1 row (Område) and 3 months, 2022-07 – 2022-09.');
    expect(importedText({ sheet: 'Jobindsats', periods: ['2023-03'] }, translate('da'))).toBe('Importeret til arket »Jobindsats«: 1 måned, senest 2023-03.');
    expect(importedText({ sheet: 'Jobindsats', periods: oneRow.periods }, translate('en'))).toBe('Imported into the sheet “Jobindsats”: 3 months, latest 2022-09.');
  });
});
