/**
 * What a municipal planner writes, as a generator of formulas over one sheet of data
 * (plannerFormulasLibreOffice.test.ts computes each in Fremskriv's engine and in LibreOffice 7.4):
 * projections and percentages, ROUND at .5 and below zero, date arithmetic (EDATE, EOMONTH, DATE
 * with months past 12, DATEDIF, NETWORKDAYS, WEEKNUM, ISOWEEKNUM, YEARFRAC with every basis,
 * DAYS360), text (TEXT, LEFT/MID/FIND, SUBSTITUTE, TEXTJOIN), lookups, statistics (AVERAGEIFS,
 * MEDIAN, PERCENTILE, QUARTILE, STDEV, RANK, PERCENTRANK), financial functions, IFERROR/IFS/
 * SWITCH, errors inside sums and AGGREGATE, floating-point results at 15 digits, and the
 * eleventh session's hunt (FIXED, CONCAT, trend lines, WORKDAY.INTL, wildcard and "<>" criteria,
 * rounding of negatives to multiples, OFFSET of IF and CHOOSE) and the twenty-third's (loan payment
 * periods, weekend strings, YEARFRAC's basis, CORREL without variance). Each is
 * the cross product of its cases, so the list is the same on every run.
 */
export const PLANNER_DATA: Record<string, number | string | boolean> = {
  // A: monthly figures; B1/B2 assumptions; C: dates; D: names; E: scores with ties; F: categories; G: cash flows
  A1: 100, A2: 105.5, A3: -3.25, A4: 0, A5: 12.345, A6: 2.5, A7: -2.5, A8: 0.5, A9: 1.005, A10: 7, A11: 15, A12: 3,
  B1: 0.025, B2: 0.1, B3: 2, B4: 'x', B5: 1000, B6: 1200, B7: 90,
  C1: 45322, C2: 45351, C3: 45382, C4: 45657, C5: 44985, C6: 45000, C7: 45107, C8: 45291, C9: 45292, C10: 45473, C11: 36526, C12: 45352,
  D1: 'Roskilde', D2: 'Køge', D3: 'Århus', D4: 'Bo', D5: 'Jobcenter Nord', D6: 'roskilde', D7: 'Greve', D8: 'Solrød', D9: 'Lejre', D10: 'Holbæk', D11: 'Ringsted', D12: 'Stevns',
  E1: 10, E2: 20, E3: 20, E4: 30, E5: 5, E6: 5, E7: 40, E8: 20, E9: 15, E10: 1, E11: 7, E12: 12,
  F1: 'x', F2: 'y', F3: 'x', F4: 'x', F5: 'y', F6: 'z', F7: 'x', F8: 'y', F9: 'x', F10: 'z', F11: 'x', F12: 'y',
  G1: -1000, G2: 300, G3: 400, G4: 500, G5: 200, G6: -50,
  H1: 1, H2: '=1/0', H3: 3, H4: 'tekst', H5: true, H6: 6,
  I1: 1, I2: 2, I3: 3, I4: 4, I5: 5, I6: 6, I7: 7, I8: 8, I9: 9, I10: 10,
};

export function plannerFormulas(): string[] {
  const out: string[] = [];
  // projections and percentages
  for (let i = 1; i <= 11; i++) out.push(`=A${i}*(1+$B$1)`, `=A${i}+A${i + 1}-A${(i % 12) + 1}`, `=A${i}/A${i + 1}`, `=(A${i + 1}-A${i})/A${i}`);
  out.push('=A1*(1+$B$1)^12', '=SUM(A1:A12)*$B$2', '=A1*B1%', '=50%*A2', '=-A3^2', '=2^-1', '=-2^2', '=10/3*3');
  // rounding at .5 boundaries and negatives
  const roundValues = ['2.5', '-2.5', '0.5', '-0.5', '1.005', '-1.005', '2.675', '0.285', '1234.5', '-1234.5', '0.1+0.2', '1.15', '-1.15', '2.345', '8.325', '1.45', '-0.05', '5.55', '123456.785'];
  for (const v of roundValues) for (const d of [0, 1, 2, -1]) for (const f of ['ROUND', 'ROUNDUP', 'ROUNDDOWN']) out.push(`=${f}(${v},${d})`);
  out.push('=MROUND(-2.5,-1)', '=MROUND(2.5,1)', '=MROUND(7.5,5)', '=CEILING(-2.5,-1)', '=CEILING(2.5,1)', '=FLOOR(-2.5,-1)', '=CEILING.MATH(-2.5)', '=FLOOR.MATH(-2.5)', '=EVEN(-1.5)', '=ODD(2.5)', '=INT(-2.5)', '=TRUNC(-2.5)', '=MOD(-7,3)', '=MOD(7,-3)', '=MOD(5.5,1)', '=QUOTIENT(-7,2)');
  // dates
  for (const c of ['C1', 'C2', 'C4', 'C5', 'C8', 'C12']) for (const m of [1, -1, 12, -13, 25]) out.push(`=EDATE(${c},${m})`, `=EOMONTH(${c},${m})`);
  out.push('=DATE(2024,13,1)', '=DATE(2024,0,1)', '=DATE(2024,-1,31)', '=DATE(2024,2,30)', '=DATE(2024,14,-1)', '=DATE(99,1,1)', '=DATE(1900,2,29)', '=DATE(2023,2,29)');
  const pairs = [['C1', 'C2'], ['C1', 'C4'], ['C5', 'C12'], ['C11', 'C9'], ['C2', 'C3'], ['C6', 'C7'], ['C8', 'C9'], ['C3', 'C12']];
  for (const [a, b] of pairs) {
    for (const u of ['"y"', '"m"', '"d"', '"ym"', '"md"', '"yd"']) out.push(`=DATEDIF(${a},${b},${u})`);
    for (const basis of [0, 1, 2, 3, 4]) out.push(`=YEARFRAC(${a},${b},${basis})`);
    out.push(`=NETWORKDAYS(${a},${b})`, `=NETWORKDAYS(${b},${a})`, `=WORKDAY(${a},10)`, `=DAYS(${b},${a})`, `=DAYS360(${a},${b})`, `=DAYS360(${a},${b},TRUE)`);
  }
  for (let i = 1; i <= 12; i++) out.push(`=WEEKNUM(C${i})`, `=WEEKNUM(C${i},2)`, `=ISOWEEKNUM(C${i})`, `=WEEKDAY(C${i},2)`);
  out.push('=WEEKNUM(DATE(2021,1,3),21)', '=WEEKNUM(DATE(2024,12,30),2)', '=ISOWEEKNUM(DATE(2021,1,3))', '=ISOWEEKNUM(DATE(2020,12,31))', '=NETWORKDAYS(C1,C4,C2:C3)', '=YEAR(C1)+MONTH(C1)/100', '=DATEVALUE("2024-02-29")', '=C1-C2');
  // text
  const fmts = ['"0.0%"', '"#,##0"', '"#,##0.00"', '"mmm yyyy"', '"dd-mm-yyyy"', '"0.00"', '"dddd"', '"mmmm"', '"0"', '"$#,##0.00"', '"yyyy-mm-dd"', '"0.0E+00"', '"#,##0,"', '"0.00;(0.00)"', '"[<0]-0;0"', '"0.0 \\%"'];
  // A negative number has no date: Excel shows #### for it, so date formats get none.
  for (const f of fmts) for (const v of ['A2', 'A3', 'C1', 'B1', 'A9', '1234567.891', '0']) if (!(v === 'A3' && /[dmy]/.test(f))) out.push(`=TEXT(${v},${f})`);
  out.push('=LEFT(D5,3)', '=MID(D5,5,6)', '=RIGHT(D3,2)', '=FIND("o",D1)', '=SEARCH("O",D1)', '=FIND("z",D1)', '=SUBSTITUTE(D5," ","_")', '=SUBSTITUTE("a-b-c","-","+",2)', '=TEXTJOIN(", ",TRUE,D1:D4)', '=TEXTJOIN("-",FALSE,H1:H6)', '=TEXTJOIN(";",TRUE,A1:A4)', '=UPPER(D3)', '=PROPER("jobcenter nord")', '=LEN(D3)', '=TRIM("  a  b ")', '=REPT("x",3)', '=VALUE("1.5")', '=D1&A2', '=D1&B1', '=A5&""', '="x"&1/3', '=CONCATENATE(D2," ",A9)', '=EXACT(D1,D6)', '=D1=D6', '=CODE("Æ")', '=CHAR(65)', '=T(A1)', '=N("x")', '=CLEAN("a")', '=LEFT(A2,3)', '=MID(D1,0,2)', '=REPLACE(D1,1,4,"X")');
  // lookups
  out.push('=INDEX(A1:A12,MATCH("Bo",D1:D12,0))', '=INDEX(E1:E12,MATCH(MAX(A1:A12),A1:A12,0))', '=VLOOKUP("Køge",D1:E12,2,FALSE)', '=VLOOKUP("køge",D1:E12,2,0)', '=VLOOKUP("Nope",D1:E12,2,FALSE)', '=VLOOKUP(12,E1:E12,1,TRUE)', '=MATCH(20,E1:E12,0)', '=MATCH(25,I1:I10,1)', '=MATCH(25,I1:I10)', '=MATCH(5.5,I1:I10,1)', '=HLOOKUP(3,I1:I10,1,FALSE)', '=IFERROR(VLOOKUP("Nope",D1:E12,2,FALSE),0)', '=IFNA(MATCH("Q",D1:D12,0),-1)', '=INDEX(D1:E12,3,2)', '=COUNTIF(D1:D12,"R*")', '=COUNTIF(E1:E12,">=20")', '=SUMIF(F1:F12,"x",E1:E12)', '=SUMIFS(E1:E12,F1:F12,"x",E1:E12,">10")', '=COUNTIFS(F1:F12,"<>x")', '=CHOOSE(2,"a","b","c")');
  // statistics
  out.push('=AVERAGEIFS(E1:E12,F1:F12,"x")', '=AVERAGEIFS(E1:E12,F1:F12,"q")', '=AVERAGEIF(F1:F12,"y",A1:A12)', '=MEDIAN(E1:E12)', '=MEDIAN(A1:A12)', '=MEDIAN(H1:H6)');
  for (const k of ['0', '0.1', '0.25', '0.5', '0.9', '1', '0.95', '1/3']) out.push(`=PERCENTILE(E1:E12,${k})`, `=PERCENTILE.INC(A1:A12,${k})`, `=PERCENTILE.EXC(E1:E12,${k})`);
  for (const q of [0, 1, 2, 3, 4]) out.push(`=QUARTILE(E1:E12,${q})`, `=QUARTILE.INC(A1:A12,${q})`, `=QUARTILE.EXC(E1:E12,${q})`);
  out.push('=STDEV.S(E1:E12)', '=STDEV.P(E1:E12)', '=STDEV(A1:A12)', '=STDEVP(A1:A12)', '=VAR.S(E1:E12)', '=VAR.P(A1:A12)', '=STDEV.S(H1:H6)', '=AVERAGE(H1:H6)', '=AVERAGEA(H1,H3:H6)', '=COUNTA(H1:H6)', '=COUNT(H1:H6)', '=MAX(H3:H6)', '=MAXA(H3:H6)', '=SUM(H3:H6)', '=LARGE(E1:E12,2)', '=SMALL(E1:E12,3)', '=MODE(E1:E12)', '=GEOMEAN(I1:I10)', '=HARMEAN(I1:I10)', '=AVEDEV(E1:E12)', '=DEVSQ(E1:E12)', '=CORREL(E1:E12,A1:A12)', '=SLOPE(E1:E12,I1:I10)', '=STANDARDIZE(5,10,2)', '=SKEW(E1:E12)', '=KURT(E1:E12)', '=KURT(A1:A12)');
  for (const v of ['20', '5', '40', '12', '1']) out.push(`=RANK(${v},E1:E12)`, `=RANK.EQ(${v},E1:E12,1)`, `=RANK.AVG(${v},E1:E12)`, `=RANK.AVG(${v},E1:E12,1)`, `=PERCENTRANK(E1:E12,${v})`, `=PERCENTRANK.INC(E1:E12,${v},2)`, `=PERCENTRANK.EXC(E1:E12,${v})`);
  out.push('=PERCENTRANK(E1:E12,13)', '=PERCENTRANK.INC(E1:E12,17,4)');
  // financial
  out.push('=PMT(0.05/12,120,100000)', '=PMT(0.05/12,120,100000,0,1)', '=PMT(0,12,1200)', '=FV(0.03,10,-100)', '=FV(0.03,10,-100,-1000,1)', '=PV(0.04,20,-5000)', '=NPV(0.05,G2:G6)', '=NPV(0.05,G2:G6)+G1', '=IRR(G1:G6)', '=IRR(G1:G5,0.1)', '=NPER(0.01,-100,5000)', '=RATE(60,-200,10000)', '=IPMT(0.05/12,1,120,100000)', '=PPMT(0.05/12,1,120,100000)', '=CUMIPMT(0.05/12,120,100000,1,12,0)', '=SLN(10000,1000,5)', '=DB(10000,1000,5,1)', '=DDB(10000,1000,5,1)', '=EFFECT(0.05,12)', '=NOMINAL(0.05,12)', '=XNPV(0.05,G1:G3,C1:C3)', '=MIRR(G1:G5,0.05,0.07)');
  // conditionals and errors
  out.push('=IFERROR(1/0,"fejl")', '=IFERROR(A1/A4,0)', '=IFS(A1>200,"høj",A1>50,"mellem",TRUE,"lav")', '=IFS(A1>200,1)', '=SWITCH(B3,1,"en",2,"to","andet")', '=SWITCH(9,1,"en")', '=SUM(H1:H3)', '=SUM(A1:A12,H2)', '=AGGREGATE(9,6,H1:H6)', '=AGGREGATE(1,6,H1:H6)', '=AGGREGATE(14,6,H1:H6,1)', '=AGGREGATE(4,6,H1:H6)', '=SUBTOTAL(9,A1:A12)', '=SUBTOTAL(109,A1:A12)', '=ISERROR(H2)', '=ISERR(NA())', '=IF(H2>0,1,2)', '=H2*0', '=IFERROR(H2,"x")&"!"', '=ERROR.TYPE(H2)', '=NA()', '=SQRT(-1)', '=LN(0)', '=1/0+NA()', '=NA()+1/0', '=MAX(A1:A12)/MIN(A4:A4)', '=AND(H1:H6)', '=COUNTIF(H1:H6,"#DIV/0!")', '=SUMPRODUCT(E1:E12,A1:A12)', '=SUMPRODUCT((F1:F12="x")*E1:E12)');
  // floating point display
  out.push('=0.1+0.2', '=0.1+0.2=0.3', '=1-0.9', '=1-0.9=0.1', '=1E15+1', '=1E15+0.3', '=123456789012345678', '=2^53+1', '=0.1*3', '=1/3*3', '=(0.1+0.2)*10', '=100*1.1', '=4.35*100', '=1.1+2.2', '=1.1+2.2=3.3', '=SUM(0.1,0.2,-0.3)', '=0.3-0.1-0.2', '=1E308*10', '=9.99999999999999E+307', '=1.23456789012345678', '=""&(1.1+2.2)', '=""&1E15+0.3', '=""&1/7', '=""&-1/7*1E-5', '=""&1E-10', '=""&123456789012345000', '=INT(0.1*3*10)', '=(1.1+2.2)-3.3');
  // the eleventh session's hunt: text for reports, trend lines, working days, criteria, multiples
  out.push('=FIXED(A2,1)', '=FIXED(1234567.891,-2)', '=FIXED(A5,1,TRUE)', '="Udgift: "&FIXED(B5,0)', '=FIXED(A3)', '=FIXED(-0.5,0)', '=FIXED(A9,2)', '=FIXED(1234.5,0)+1');
  out.push('=CONCAT(D1:D3)', '=CONCAT(A1:A3,"-",B1)', '=CONCAT(H1:H6)', '=TEXTJOIN("",TRUE,D1:D3,A1)', '=VALUE("1,234.5")', '=NUMBERVALUE("1.234,5",",",".")', '=TEXT(A2,"#,##0.0")', '=TEXT(B5,"0 ""kr.""")', '=TEXT(B1,"0%")', '=TEXT(C1,"d. mmmm yyyy")');
  out.push('=FORECAST.LINEAR(11,E1:E10,I1:I10)', '=FORECAST(11,E1:E10,I1:I10)', '=TREND(E1:E10,I1:I10,11)', '=GROWTH(E1:E10,I1:I10,11)', '=INDEX(LINEST(E1:E10,I1:I10),1)', '=INDEX(LINEST(E1:E10,I1:I10),2)', '=INDEX(LINEST(E1:E10,I1:I10,TRUE,TRUE),3,1)', '=INTERCEPT(E1:E10,I1:I10)', '=RSQ(E1:E10,I1:I10)', '=STEYX(E1:E10,I1:I10)', '=INDEX(LOGEST(E1:E10,I1:I10),1)');
  out.push('=WORKDAY.INTL(C1,10,1)', '=WORKDAY.INTL(C1,10,11)', '=WORKDAY.INTL(C1,10,"0000011")', '=WORKDAY.INTL(C1,-5,7,C2:C3)', '=WORKDAY(C1,-10,C2:C3)', '=EDATE(C1,1.9)', '=EOMONTH(C2,0)', '=EOMONTH(C1,-1)+1');
  out.push('=SUMIFS(E1:E12,D1:D12,"R*")', '=SUMIFS(E1:E12,D1:D12,"?øge")', '=COUNTIFS(D1:D12,"*e",F1:F12,"<>y")', '=AVERAGEIFS(E1:E12,F1:F12,"<>x",E1:E12,">5")', '=COUNTIF(F1:F12,"<>")', '=COUNTIFS(D1:D12,"<>Bo")', '=SUMIF(D1:D12,"*o*",E1:E12)', '=COUNTIF(D1:D12,"~*")', '=SUMIFS(E1:E12,F1:F12,"X")', '=COUNTIF(E1:E12,"<>20")', '=COUNTIF(A1:A12,">"&B3)', '=MAXIFS(E1:E12,F1:F12,"y")', '=MINIFS(E1:E12,F1:F12,"x")', '=COUNTIF(D1:D12,"jobcenter*")', '=AVERAGEIF(E1:E12,"<>5")', '=SUMIF(C1:C12,">="&DATE(2024,3,1),E1:E12)');
  out.push('=ROUNDUP(-2.1,0)', '=ROUNDUP(-1234.5,-2)', '=ROUNDDOWN(-2.9,0)', '=CEILING.MATH(-2.5,2)', '=CEILING.MATH(-2.5,2,1)', '=FLOOR.MATH(-2.5,2)', '=FLOOR.MATH(-2.5,2,1)', '=CEILING.MATH(2.1,0.5)', '=FLOOR.MATH(7.7,-2)', '=MROUND(1.3,0.2)', '=MROUND(-1.3,0.2)', '=CEILING(2.5,-1)', '=FLOOR(-2.5,1)', '=CEILING(-2.5,1)', '=CEILING.PRECISE(-2.5,2)', '=FLOOR.PRECISE(-2.5,2)', '=ROUND(-0.5,0)', '=MROUND(10,3)', '=MROUND(-10,-3)');
  out.push('=LEN("""")', '="Han sagde ""ja"""', '="C:\\"&D4', '=SUBSTITUTE("a""b","""","-")', '=COUNTIF(D1:D12,"<>""")', '=FIND("\\","a\\b")');
  out.push('=INDEX(FREQUENCY(E1:E12,{5,10,20}),1)', '=INDEX(FREQUENCY(E1:E12,{5,10,20}),3)', '=INDEX(FREQUENCY(A1:A12,I1:I3),4)', '=SUM(FREQUENCY(E1:E12,{20,5,10}))', '=INDEX(FREQUENCY(E1:E12,{20,5,10}),1)');
  out.push('=SUM(OFFSET(IF(B3>1,E1,A1),0,0,3,1))', '=SUM(OFFSET(CHOOSE(B3,A1,E1),1,0,2,1))', '=OFFSET(CHOOSE(B3,A1:A3,E1:E3),2,0,1,1)');
  // the twenty-third session's hunt: loan payments, working-day weekends, YEARFRAC's basis, correlation without variance
  out.push('=CUMIPMT(0.05,12,1000,1.5,12.7,0)', '=CUMPRINC(0.05,12,1000,1.5,12.7,1)', '=CUMIPMT(0.05,12.5,1000,1,12,0)', '=CUMIPMT(0.05,12,1000,1,13,0)', '=PMT(0.05,0,100)', '=IPMT(0.05,0,12,1000)', '=IPMT(0.05,13,12,1000)', '=PPMT(0.05,13,12,1000)', '=IPMT(0.05,12.5,12,1000)');
  out.push('=YEARFRAC(C1,C4,1.9)', '=YEARFRAC(C1,C4,4.5)', '=CORREL({1,2,3,4,5},{3,3,3,3,3})', '=PEARSON({1,2,3,4,5},{3,3,3,3,3})', '=RSQ({3,3,3,3,3},{1,2,3,4,5})', '=NETWORKDAYS.INTL(C1,C4,"1111111")', '=NETWORKDAYS.INTL(C1,C4,"000001")', '=WORKDAY.INTL(C1,3,"1111111")', '=VDB(2400,300,10*12,6,18)', '=VDB(2400,300,10,3.5,7.25,1.5)', '=VDB(2400,300,10,6,10,1.5,TRUE)');
  out.push('=1.2-1.1=0.1', '=1/3=0.333333333333333', '=A1+A2-A3', '=IF(0.1+0.2=0.3,"lige","forskellig")');
  // distributions to 15 digits (HyperFormula's jStat was wrong from the 8th: T.INV(0.95,10) 1.8124611022, Excel 1.8124611228)
  out.push('=T.INV(0.95,10)', '=T.INV.2T(0.05,10)', '=TINV(0.05,10)', '=CONFIDENCE.T(0.05,2,100)', '=T.DIST(1.5,7,TRUE)', '=T.DIST.2T(1.96,60)', '=T.DIST.RT(30,10)', '=TDIST(2.5,9,2)', '=F.DIST(2,3,4,TRUE)', '=F.INV(0.95,3,4)', '=FINV(0.01,6,4)', '=T.TEST(E1:E6,E7:E12,2,1)', '=T.TEST(E1:E6,E7:E12,2,3)', '=F.TEST(E1:E6,E7:E12)', '=BETA.DIST(2,8,10,TRUE,1,3)', '=BETA.INV(0.685470581,8,10,1,3)', '=BINOM.DIST(45,100,0.37,TRUE)', '=BINOM.INV(100,0.37,0.5)', '=NEGBINOM.DIST(10,5,0.25,TRUE)', '=CHISQ.INV(0.93,1)', '=CHIINV(0.001,40)', '=GAMMADIST(100,30,3,TRUE)', '=GAMMA.INV(0.068094,9,2)', '=POISSON.DIST(150,120,TRUE)', '=NORM.INV(0.9999999,3,2)', '=LOGNORM.INV(0.039084,3.5,1.2)');
  return out;
}
