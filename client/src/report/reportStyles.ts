/**
 * The report's stylesheet, screen and print (A4), as a string the report renders itself: the page
 * then prints the same wherever it is mounted, and a test can render it without a bundler.
 *
 * The page's size is left to the print dialog (A4 where the planner's printer is, portrait or
 * landscape as chosen): a fixed `size: A4` hid Chromium's orientation choice. In the goals table
 * the goal's title keeps about a third of the width (at least 48 mm), and the margin ("-0,51 procentpoint") and
 * the month reached ("Nået for sent: maj 2024") wrap instead: kept on one line they squeezed the
 * titles into columns of two or three words in A4 portrait (twentieth session).
 */
export const REPORT_CSS = `
.goal-report { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; background: #fff;
  max-width: 186mm; margin: 0 auto; padding: 8mm 0; font-size: 10.5pt; line-height: 1.35; }
.goal-report h1 { font-size: 20pt; margin: 0 0 2mm; }
.goal-report h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1.5pt solid #1a6e3a; padding-bottom: 1mm; }
.goal-report h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
.goal-report .report-meta { color: #495057; margin: 0; }
.goal-report table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.goal-report th, .goal-report td { border-bottom: 0.5pt solid #ced4da; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
.goal-report th { background: #f1f3f5; font-weight: 600; }
.goal-report td.number, .goal-report th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.goal-report .status { font-weight: 600; white-space: nowrap; }
.goal-report td.month { white-space: nowrap; }
.goal-report table.report-goals { font-size: 8.5pt; }
.goal-report table.report-goals th, .goal-report table.report-goals td { padding: 1.2mm 1.2mm; }
.goal-report table.report-goals th.goal-name { width: 36%; }
.goal-report table.report-goals td.goal-name { min-width: 48mm; }
.goal-report table.report-goals td.margin, .goal-report table.report-goals th.margin { white-space: normal; }
.goal-report table.report-goals td.margin { min-width: 16mm; }
.goal-report .unbroken { white-space: nowrap; }
.goal-report .status-met { color: #1a6e3a; }
.goal-report .status-missed { color: #c92a2a; }
.goal-report .status-error { color: #c92a2a; }
.goal-report .status-qualitative, .goal-report .status-tracked { color: #495057; font-weight: 400; }
.goal-report td.late { color: #c92a2a; font-weight: 600; }
.goal-report .report-warning { color: #e67700; }
.goal-report .scenario-summary { color: #495057; margin: 0 0 2mm; }
.goal-report .report-chart { width: 100%; height: auto; max-height: 105mm; display: block; }
.goal-report .legend { display: flex; flex-wrap: wrap; gap: 2mm 5mm; margin: 1mm 0 0; padding: 0; list-style: none; font-size: 8.5pt; color: #495057; }
.goal-report .legend svg { vertical-align: middle; margin-right: 1mm; }
.goal-report .muted { color: #6c757d; font-size: 8.5pt; }
.goal-report .report-goal, .goal-report .report-scenario { break-inside: avoid; page-break-inside: avoid; }
.goal-report footer { margin-top: 8mm; color: #6c757d; font-size: 8pt; border-top: 0.5pt solid #ced4da; padding-top: 2mm; }
.report-toolbar { display: flex; gap: 8px; justify-content: flex-end; padding: 8px 12px; border-bottom: 1px solid #dee2e6; background: #f8f9fa; position: sticky; top: 0; }
@page { margin: 14mm 12mm 16mm; }
@media print {
  .report-toolbar { display: none !important; }
  .goal-report { max-width: none; padding: 0; }
  .goal-report h2, .goal-report h3 { break-after: avoid; page-break-after: avoid; }
  .goal-report .report-trajectories { break-before: page; page-break-before: always; }
  .goal-report .report-assumptions { break-before: page; page-break-before: always; }
  .goal-report th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
