/**
 * Seeded planning workbooks as planners write them, for the differential test against LibreOffice
 * (planningWorkbookDifferential.test.ts): a monthly projection of an indicator ("Fremskrivning":
 * actuals with gaps, a stray text and an error, projected by growth, TREND and FORECAST), a budget
 * ("Budget": lines by category, conditional sums, AGGREGATE, shares reading the projection), and a
 * benchmark of 98 municipalities ("Benchmark": ranks, percent ranks, lookups, statistics over the
 * column, reading the budget). Every formula is one LibreOffice 7.4 computes too; the functions it
 * lacks (XMATCH, FILTER, SORT, SORTBY, UNIQUE, SEQUENCE, TAKE, DROP, TEXTBEFORE, TEXTAFTER,
 * TEXTSPLIT, XLOOKUP) are checked against Microsoft's documented results in test/models instead.
 *
 * The cases issue 11 found planners hitting are all in: bare TRUE and FALSE, INDEX with one index
 * into a row and on a blank, SUMPRODUCT over array expressions, EDATE/EOMONTH month arithmetic,
 * MATCH/VLOOKUP/COUNTIF with wildcards, TEXT with format codes (English codes in an en-GB workbook
 * only: LibreOffice reads a format code in its own en-US locale, as Excel reads it in its own),
 * a formula that is just a reference to an empty cell, ROUND of decimal ties, AND/OR over blanks,
 * numbers joined to text with & and YEAR of a date text.
 */
import type { WorkbookFile, WorkbookFileSheet } from '../../../models/format/workbookFile.js';
import { columnLabel } from '../../../models/workbook/cellAddress.js';
import type { CellInput } from '../../../models/workbook/workbookSchema.js';
import type { SeededRandom } from '../../support/seededRandom.js';

const MONTHS = 24;
const ACTUAL_MONTHS = 14;
const MUNICIPALITIES = 98;
const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'];
const CATEGORIES = ['Løn', 'Tilbud', 'Administration', 'Kurser', 'Ydelser'];

type Cells = Record<string, CellInput>;

const at = (col: number, row: number): string => `${columnLabel(col)}${row}`;

/** Fremskrivning: row 1 months, rows 2–7 indicators; actuals for the first months, then projections. */
function projectionSheet(random: SeededRandom, locale: WorkbookFile['locale']): WorkbookFileSheet {
  const cells: Cells = { A1: 'Indikator', A9: 'Vækst', B9: Math.round(random.next() * 400 - 100) / 10000 };
  for (let m = 0; m < MONTHS; m++) cells[at(m + 1, 1)] = `M${m + 1}`;
  const lastActual = columnLabel(ACTUAL_MONTHS);
  for (let row = 2; row <= 7; row++) {
    cells[`A${row}`] = `Indikator ${row - 1}`;
    let level = 200 + random.int(3000);
    for (let m = 0; m < ACTUAL_MONTHS; m++) {
      level = Math.max(1, Math.round(level * (1 + (random.next() - 0.45) * 0.08)));
      const roll = random.next();
      if (roll < 0.04 && m > 2) continue; // a month not reported yet
      cells[at(m + 1, row)] = roll < 0.06 && m > 2 ? random.pick(['n/a', 'mangler', "'12"]) : roll < 0.07 && m > 2 ? '=NA()' : level;
    }
    const actuals = `$B${row}:$${lastActual}${row}`;
    const months = `$B$8:$${lastActual}$8`;
    for (let m = ACTUAL_MONTHS; m < MONTHS; m++) {
      const here = at(m + 1, row);
      const before = at(m, row);
      cells[here] = random.pick([
        `=IFERROR(${before}*(1+$B$9),0)`,
        `=IFERROR(FORECAST(${columnLabel(m + 1)}$8,${actuals},${months}),0)`,
        `=IFERROR(AVERAGE(${actuals})*(1+$B$9)^${m - ACTUAL_MONTHS + 1},0)`,
        `=IFERROR(AGGREGATE(1,6,${actuals}),0)+${m - ACTUAL_MONTHS}`,
        `=IFERROR(TRIMMEAN(${actuals},0.2),0)`,
      ]);
    }
  }
  for (let m = 0; m < MONTHS; m++) cells[at(m + 1, 8)] = m + 1;
  cells.A10 = 'Total';
  for (let m = 0; m < MONTHS; m++) cells[at(m + 1, 10)] = `=AGGREGATE(9,6,${at(m + 1, 2)}:${at(m + 1, 7)})`;
  cells.A11 = 'Hældning';
  cells.B11 = `=INDEX(LINEST(B10:${lastActual}10,B8:${lastActual}8,TRUE,TRUE),1,1)`;
  cells.C11 = `=INDEX(LINEST(B10:${lastActual}10,B8:${lastActual}8,TRUE,TRUE),3,1)`;
  cells.D11 = `=INDEX(LINEST(B10:${lastActual}10,B8:${lastActual}8,FALSE,TRUE),${1 + random.int(5)},1)`;
  cells.E11 = `=INDEX(LOGEST(B10:${lastActual}10,B8:${lastActual}8),1,${1 + random.int(2)})`;
  cells.F11 = `=INDEX(LINEST(B10:${lastActual}10),1,2)`;
  cells.G11 = `=MODE.SNGL(B8:${lastActual}8,B8:E8)`;
  cells.H11 = `=INDEX(LINEST(B10:${lastActual}10,B8:${lastActual}8),${1 + random.int(2)})`;
  calendarRows(random, cells, locale);
  return { name: 'Fremskrivning', cells, formats: { B9: 'percent' } };
}

/**
 * Fremskrivning rows 12–17: each month's status ("Faktisk"/"Fremskrevet") and date (EDATE/EOMONTH
 * from a first month that may be the 31st), its label by TEXT, sums of the projected months by
 * SUMPRODUCT over comparisons, single-index INDEX picks (a blank one shows 0), AND/OR over rows
 * with blanks, text and errors, numbers joined to text and YEAR of a date text.
 */
function calendarRows(random: SeededRandom, cells: Cells, locale: WorkbookFile['locale']): void {
  const lastMonth = columnLabel(MONTHS);
  cells.A12 = 'Status';
  cells.A13 = 'Dato';
  cells.A14 = 'Måned';
  cells.B13 = random.pick(['=DATE(2024,1,31)', '=DATE(2025,1,1)', '=DATE(2023,8,31)', '=DATE(2024,3,30)']);
  for (let m = 0; m < MONTHS; m++) {
    const col = columnLabel(m + 1);
    cells[`${col}12`] = m < ACTUAL_MONTHS ? 'Faktisk' : 'Fremskrevet';
    if (m > 0) {
      cells[`${col}13`] = random.pick([
        `=EDATE($B$13,${col}$8-1)`,
        `=EDATE(${columnLabel(m)}13,1)`,
        `=EOMONTH($B$13,${col}$8-2)`,
        `=EDATE($B$13,${col}$8-0.${1 + random.int(9)})`,
      ]);
    }
    cells[`${col}14`] =
      locale === 'en-GB'
        ? random.pick([`=TEXT(${col}13,"mmm yyyy")`, `=TEXT(${col}10,"#,##0.0")`, `=TEXT(${col}10/$B$10-1,"0.0%")`, `=TEXT(${col}13,"d/m/yy")`])
        : random.pick([`=TEXT(${col}10,"0")`, `=TEXT(${col}10/$B$10-1,"0%")`]);
  }
  const projected = `$B$12:$${lastMonth}$12`;
  const indicatorRow = 2 + random.int(6);
  cells.A15 = 'Fremskrevet i alt';
  cells.B15 = `=SUMPRODUCT(B10:${lastMonth}10,--(${projected}="Fremskrevet"))`;
  cells.C15 = `=SUMPRODUCT((${projected}="Faktisk")*B10:${lastMonth}10)`;
  cells.D15 = `=SUMPRODUCT((B${indicatorRow}:${lastMonth}${indicatorRow}>${100 + random.int(2000)})*1)`;
  cells.E15 = `=SUMPRODUCT(B2:${lastMonth}2,B3:${lastMonth}3)`;
  cells.F15 = `=SUMPRODUCT(--(B10:${lastMonth}10>B${indicatorRow}:${lastMonth}${indicatorRow}))`;
  cells.A16 = 'Opslag';
  cells.B16 = `=INDEX($B$1:$${lastMonth}$1,${1 + random.int(MONTHS)})`;
  cells.C16 = `=INDEX(B${indicatorRow}:${lastMonth}${indicatorRow},${1 + random.int(MONTHS)})`;
  cells.D16 = `=INDEX(B13:${lastMonth}13,${MONTHS - 2 + random.int(4)})`;
  cells.E16 = `=Z${2 + random.int(6)}`;
  const andRow = 2 + random.int(6);
  cells.F16 = `=AND(B${andRow}:${columnLabel(ACTUAL_MONTHS)}${andRow})`;
  cells.G16 = random.pick(['=OR(Z2:Z7)', '=AND(Z2:Z7,TRUE)', `=OR(B12:C12,B9>0)`, '=AND(E16:F16)']);
  cells.H16 = random.pick(['="v"&(0.1+0.2)', `="Vækst "&B9*100&" %"`, `=A2&": "&B10/7`, `=B10/3&""`]);
  cells.I16 = `=YEAR("${2020 + random.int(8)}-0${1 + random.int(9)}-15")`;
  cells.J16 = `=MONTH("20${20 + random.int(8)}-1${random.int(3)}-0${1 + random.int(9)}")+DAY("2024-02-29")`;
  cells.A17 = 'Afrundet';
  for (let m = 0; m < 6; m++) {
    const col = columnLabel(m + 1);
    cells[`${col}17`] = random.pick([
      `=ROUND(${col}10/${random.pick([2, 4, 8, 20, 40])},${random.int(3)})`,
      `=ROUND(${1 + random.int(9)}.${random.int(10)}${random.int(10)}5,2)`,
      `=ROUNDDOWN(${col}10*0.29,${random.int(3)})`,
      `=ROUNDUP(${col}10/7,${random.int(3)})`,
      `=ROUND(${col}10/3,1.${1 + random.int(8)})`,
      `=MROUND(${col}10,0.05)`,
    ]);
  }
}

/** Budget: 30 lines by category, with conditional sums and shares of the projection. */
function budgetSheet(random: SeededRandom): WorkbookFileSheet {
  const cells: Cells = { A1: 'Post', B1: 'Kategori', C1: 'Beløb', D1: 'Andel', E1: 'Rang', F1: 'Afrundet' };
  const lines = 30;
  for (let row = 2; row <= lines + 1; row++) {
    cells[`A${row}`] = `Post ${row - 1}`;
    cells[`B${row}`] = random.pick(CATEGORIES);
    const roll = random.next();
    if (roll < 0.05) cells[`C${row}`] = 'ikke budgetteret';
    else if (roll > 0.08) cells[`C${row}`] = random.chance(0.3) ? 1000 * (1 + random.int(40)) : Math.round(random.next() * 1e6) / 100;
    cells[`D${row}`] = `=IFERROR(C${row}/SUM($C$2:$C$${lines + 1}),0)`;
    cells[`E${row}`] = random.chance(0.5) ? `=IFERROR(RANK.AVG(C${row},$C$2:$C$${lines + 1}),-1)` : `=IFERROR(RANK.EQ(C${row},$C$2:$C$${lines + 1},1),-1)`;
    cells[`F${row}`] = random.pick([`=ROUND(C${row},1)`, `=ROUND(C${row}/2,2)`, `=ROUNDDOWN(C${row}*0.29,2)`, `=ROUNDUP(C${row}/1000,0)`, `=TRUNC(C${row},-2)`]);
  }
  const amounts = `$C$2:$C$${lines + 1}`;
  const categories = `$B$2:$B$${lines + 1}`;
  CATEGORIES.forEach((category, i) => {
    const row = lines + 3 + i;
    cells[`A${row}`] = category;
    cells[`B${row}`] = `=SUMIF(${categories},A${row},${amounts})`;
    cells[`C${row}`] = `=COUNTIFS(${categories},A${row},${amounts},">0")`;
    cells[`D${row}`] = `=IFERROR(AVERAGEIF(${categories},A${row},${amounts}),0)`;
    cells[`E${row}`] = `=B${row}/Fremskrivning!${columnLabel(1 + random.int(MONTHS))}10`;
    cells[`F${row}`] = random.pick([`=SUMPRODUCT(${amounts},--(${categories}=A${row}))`, `=SUMPRODUCT((${categories}=A${row})*1)`, `=SUMPRODUCT(--(${amounts}>${random.int(5000)}),--(${categories}=A${row}))`]);
  });
  const end = lines + 3 + CATEGORIES.length;
  cells[`A${end}`] = 'Nøgletal';
  const aggregate = random.pick([
    `=AGGREGATE(14,6,${amounts},${1 + random.int(5)})`,
    `=AGGREGATE(15,6,${amounts},${1 + random.int(5)})`,
    `=AGGREGATE(16,6,${amounts},0.${1 + random.int(9)})`,
    `=AGGREGATE(12,6,${amounts})`,
    `=AGGREGATE(7,6,${amounts})`,
    `=AGGREGATE(17,6,${amounts},${random.int(5)})`,
    `=AGGREGATE(19,6,${amounts},${1 + random.int(3)})`,
  ]);
  cells[`B${end}`] = aggregate;
  cells[`C${end}`] = `=TRIMMEAN(${amounts},0.${1 + random.int(5)})`;
  cells[`D${end}`] = `=IFERROR(MODE(${amounts}),"ingen")`;
  cells[`E${end}`] = `=TEXTJOIN(", ",TRUE,A${lines + 3}:A${lines + 4})`;
  cells[`F${end}`] = `=LOOKUP(${random.int(40) * 1000},SMALL(${amounts},{1,2,3}),{"lav","mellem","høj"})`;
  cells[`G${end}`] = `=SUM(OFFSET(C2,${random.int(10)},0,${1 + random.int(10)},1))`;
  cells[`H${end}`] = `=INDEX(${amounts},${1 + random.int(lines)})`;
  cells[`I${end}`] = random.pick([`=SUMPRODUCT((${amounts}>0)*${amounts})`, `=SUMPRODUCT(${amounts}*(${categories}="Løn"))`, `=AND(${amounts})`, `=OR(${amounts})`]);
  // One amount, not a sum, joined as text: the 15th digit of a sum's text depends on its last bits
  // (LibreOffice 7.4 sums with compensation, Excel does not say how it sums), and LibreOffice
  // rounds a quotient like 350284.45/9 twice on the way to 15 digits (…4445; Excel's …4444).
  const line = 2 + random.int(lines);
  cells[`J${end}`] = `=A${line}&": "&C${line}/${random.pick([3, 7])}`;
  return { name: 'Budget', cells, formats: { D2: 'percent' } };
}

/** Benchmark: 98 municipalities with region, unemployment (%) and population; ranks and statistics. */
function benchmarkSheet(random: SeededRandom): WorkbookFileSheet {
  const cells: Cells = { A1: 'Kommune', B1: 'Region', C1: 'Ledighed', D1: 'Indbyggere', E1: 'Rang', F1: 'Procentrang', G1: 'Niveau', H1: 'Tekst', I1: 'Over 3' };
  const last = MUNICIPALITIES + 1;
  const ledighed = `$C$2:$C$${last}`;
  for (let row = 2; row <= last; row++) {
    cells[`A${row}`] = `Kommune ${String(row - 1).padStart(2, '0')}`;
    cells[`B${row}`] = random.pick(REGIONS);
    const roll = random.next();
    if (roll < 0.03) cells[`C${row}`] = 'fortroligt';
    else if (roll < 0.05) cells[`C${row}`] = '=NA()';
    else if (roll > 0.07) cells[`C${row}`] = Math.round((1.5 + random.next() * 4) * 10) / 10;
    cells[`D${row}`] = 5000 + random.int(400) * 1000;
    const value = random.chance(0.9) ? `C${row}` : String(Math.round(random.next() * 60) / 10);
    cells[`E${row}`] = random.pick([`=RANK.EQ(${value},${ledighed})`, `=RANK.AVG(${value},${ledighed},1)`, `=RANK(${value},${ledighed})`]);
    cells[`F${row}`] = random.pick([`=PERCENTRANK.INC(${ledighed},${value})`, `=PERCENTRANK.EXC(${ledighed},${value},${2 + random.int(3)})`, `=PERCENTRANK(${ledighed},${value})`]);
    cells[`G${row}`] = random.pick([
      `=IFS(C${row}>4,"høj",C${row}>2.5,"middel",TRUE,"lav")`,
      `=SWITCH(B${row},"Sjælland","S","Hovedstaden","H","andet")`,
      `=IF(C${row}>AVERAGEIF($B$2:$B$${last},B${row},${ledighed}),"over","under")`,
      `=VLOOKUP(B${row},Benchmark!$K$2:$L$6,2,FALSE)`,
      `=INDEX($A$2:$A$${last},MATCH(MAX(${ledighed}),${ledighed},0))`,
    ]);
    cells[`H${row}`] = random.pick([`=NUMBERVALUE("${row},5",",",".")`, `=NUMBERVALUE(" ${row} %")`, `=D${row}/Budget!C${2 + random.int(30)}`]);
    cells[`I${row}`] = random.pick([`=C${row}>3`, `=ISNUMBER(C${row})`, `=AND(C${row}>2,D${row}>100000)`]);
  }
  REGIONS.forEach((region, i) => {
    cells[`K${i + 2}`] = region;
    cells[`L${i + 2}`] = i + 1;
    cells[`M${i + 2}`] = `=COUNTIF($B$2:$B$${last},K${i + 2})`;
    cells[`N${i + 2}`] = `=IFERROR(AVERAGEIFS(${ledighed},$B$2:$B$${last},K${i + 2}),0)`;
    cells[`O${i + 2}`] = `=IFERROR(MAXIFS(${ledighed},$B$2:$B$${last},K${i + 2}),0)`;
  });
  cells.K9 = `=AGGREGATE(12,6,${ledighed})`;
  cells.L9 = `=AGGREGATE(4,6,${ledighed})-AGGREGATE(5,6,${ledighed})`;
  cells.M9 = random.chance(0.5) ? `=AGGREGATE(${random.pick([17, 19])},6,${ledighed},${random.pick([1, 2, 3])})` : `=AGGREGATE(18,6,${ledighed},0.${1 + random.int(9)})`;
  cells.N9 = `=STDEV.S($D$2:$D$${last})`;
  cells.O9 = `=LOOKUP(${random.int(MUNICIPALITIES)},$L$2:$L$6,$K$2:$K$6)`;
  cells.K10 = `=MODE.SNGL($D$2:$D$${last})`;
  cells.L10 = `=TRIMMEAN(${ledighed},0.1)`;
  cells.M10 = `=SUM(Budget!C2:C31)/SUM($D$2:$D$${last})`;
  cells.N10 = `=FORECAST(${MONTHS + 1},Fremskrivning!B10:Y10,Fremskrivning!B8:Y8)`;
  // Wildcards in exact matches (Excel's * ? ~), and COUNTIF of a bare logical.
  const digit = random.int(10);
  cells.K11 = `=MATCH("Kommune ${random.int(10)}*",$A$2:$A$${last},0)`;
  cells.L11 = `=MATCH("Kommune ?${digit}",$A$2:$A$${last},0)`;
  cells.M11 = `=VLOOKUP("${random.pick(['Syd*', '*jylland', 'Sj?lland', 'Hoved*'])}",$K$2:$L$6,2,FALSE)`;
  cells.N11 = `=COUNTIF($B$2:$B$${last},"${random.pick(['*jylland', 'S*', '*a*'])}")`;
  cells.O11 = `=IFERROR(MATCH("*~*",$A$2:$A$${last},0),"ingen")`;
  cells.K12 = `=COUNTIF($I$2:$I$${last},${random.pick(['TRUE', 'FALSE'])})`;
  cells.L12 = `=IF(FALSE,1,2)+IF(${random.pick(['TRUE', 'FALSE'])},10,20)`;
  cells.M12 = `=HLOOKUP("${random.pick(['Region', 'Ledighed', 'Rang'])}",$A$1:$H$${last},${2 + random.int(MUNICIPALITIES)},FALSE)`;
  return { name: 'Benchmark', cells, formats: { C2: 'number' } };
}

export function planningWorkbookFile(random: SeededRandom): WorkbookFile {
  const locale = random.chance(0.5) ? 'da-DK' : 'en-GB';
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: `Planlægning ${random.seed}`,
    locale,
    sheets: [projectionSheet(random, locale), budgetSheet(random), benchmarkSheet(random)],
  };
}
