/**
 * The heavy jobs the server hands to worker threads (server/work/WorkPool.ts): each starts from
 * bytes (a workspace's encoded Yjs state, an uploaded file) and answers plain data, so that
 * nothing of the live workspace is shared with the thread. A file or workbook that cannot be
 * used answers `{ refused: { status, message } }`; anything else thrown is an internal error.
 */
import * as Y from 'yjs';
import { adoptDynamicArrays } from '../../models/engine/legacyFormulas.js';
import { evaluateWithPlan, type AdoptedPlanSource, type PlanEvaluationReport } from '../../models/evaluation/evaluationWithPlan.js';
import { planTrajectories, type PlanTrajectories } from '../../models/goals/planTrajectories.js';
import { workbookLocale, workbookTitle, type WorkbookLocale } from '../../models/workbook/workbookReader.js';
import { parseWorkbookFile, WorkbookFileError, type WorkbookFile } from '../../models/format/workbookFile.js';
import { jsonBodyMessage, JsonTextError, readJsonText } from '../../models/format/jsonText.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { exportSheetCsv, type CsvExportOptions } from '../../models/interchange/csvExport.js';
import { importCsv, type CsvReading } from '../../models/interchange/csvImport.js';
import { checkedFileKind } from '../../models/interchange/fileKind.js';
import { importedWorkbookFile, importSummary, type ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { applyImport, type AppliedImport, type ImportMode } from '../../models/interchange/importIntoWorkspace.js';
import type { ImportWarning } from '../../models/interchange/importWarnings.js';
import { InterchangeError } from '../../models/interchange/interchangeLimits.js';
import { UnknownScenarioError } from '../../models/interchange/scenarioValues.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { upgradedVersionState, upgradeWorkbook } from '../../models/templates/workbookUpgrade.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cellsThatCouldFit, workspaceSizeProblem } from '../store/workspaceSize.js';
import { firstValuesJob } from './firstValuesJob.js';
import { ActualsRefusal, readActualsJob, type ActualsRead, type ActualsReadJob } from './actualsReadJob.js';
import { actualsGoalsJob, type ActualsGoalsJob, type GoalsMovedAnswer } from './actualsGoalsJob.js';
import { AnalysisRefusal, sensitivityJob, solveJob, type SensitivityRequest, type SolveRequest } from './analysisJobs.js';

/** How a CSV upload is read (ignored for an .xlsx). */
export interface UploadReading {
  sheet?: string;
  separator?: ';' | ',' | 'tab';
  decimal?: ',' | '.';
}

export interface Upload {
  bytes: Uint8Array;
  fileName: string;
  reading: UploadReading;
}

/** What an import could not carry over, as the REST answers list it. */
export interface ImportNotes {
  unsupportedFunctions: ImportedWorkbook['unsupported']['found'];
  unsupportedFunctionCount: number;
  /** Each note's English `message` (the contract from before the kinds). */
  warnings: string[];
  warningDetails: ImportWarning[];
}

export type WorkJob =
  /** The evaluation report; `adopted`: the workspace's adopted plan as already computed (its version's planTrajectories). */
  | { kind: 'evaluate'; state: Uint8Array; adopted?: AdoptedPlanSource | null }
  /** A saved version's trajectories (the adopted plan's projection). */
  | { kind: 'planTrajectories'; state: Uint8Array }
  /** A saved version's state brought up to date as a loaded workspace is (models/templates/workbookUpgrade.ts). */
  | { kind: 'versionState'; state: Uint8Array }
  | { kind: 'exportXlsx'; state: Uint8Array; scenario?: string; adopted?: AdoptedPlanSource | null }
  | { kind: 'exportCsv'; state: Uint8Array; sheet: string; options: CsvExportOptions }
  /** `json`: a v1 file's text as sent (parsed and checked in the thread); `file`: one built already (the template). */
  | { kind: 'newWorkspace'; upload?: Upload; file?: WorkbookFile; json?: Uint8Array; maxWorkspaceBytes: number }
  | { kind: 'import'; state: Uint8Array; upload: Upload; mode: ImportMode; dryRun: boolean; origin: string; maxWorkspaceBytes: number }
  | { kind: 'solve'; state: Uint8Array; request: SolveRequest }
  | { kind: 'sensitivity'; state: Uint8Array; request: SensitivityRequest }
  | { kind: 'firstValues'; state: Uint8Array; scenario?: string; screenLocale?: WorkbookLocale }
  /** GET …/workbook.json: the workspace as a v1 file. */
  | { kind: 'workbookFile'; state: Uint8Array }
  | ActualsReadJob
  | ActualsGoalsJob;

export interface ImportOutcome {
  applied: AppliedImport;
  summary: ReturnType<typeof importSummary>;
  notes: ImportNotes;
  csv?: CsvReading;
  /** The import as one Yjs update on top of the state it was given (absent for a dry run). */
  update?: Uint8Array;
}

export interface WorkAnswers {
  evaluate: PlanEvaluationReport;
  planTrajectories: PlanTrajectories;
  versionState: Uint8Array;
  exportXlsx: { bytes: Uint8Array; title: string };
  exportCsv: { text: string; sheetName: string; title: string } | null;
  newWorkspace: { snapshot: Uint8Array; notes?: ImportNotes };
  import: ImportOutcome;
  solve: ReturnType<typeof solveJob>;
  sensitivity: ReturnType<typeof sensitivityJob>;
  /** GET …/values's answer (models/api/valuesAnswers.ts) as JSON text: serialized in the thread, kept so in the cache, sent as is. */
  firstValues: string;
  /** The v1 file as JSON text, serialized in the thread (0.9–2.9 s for a workspace at the size bound, load 22). */
  workbookFile: string;
  readActuals: ActualsRead;
  goalsMovedByActuals: GoalsMovedAnswer;
}

export type WorkAnswer = WorkAnswers[keyof WorkAnswers];

/** A refusal the client caused (a bad file, an unknown scenario), with the status to answer. */
export class WorkRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'WorkRefusal';
  }
}

/** A job's document; a saved version stored before formulas spilled is read in their dialect (legacyFormulas.ts). */
function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  adoptDynamicArrays(doc);
  return doc;
}

async function withDoc<T>(state: Uint8Array, use: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
  const doc = docFrom(state);
  try {
    return await use(doc);
  } finally {
    doc.destroy();
  }
}

/** The known refusals of the models, as statuses; null for anything else. */
function refusalOf(error: unknown, fileName?: string): WorkRefusal | null {
  const named = (message: string) => (fileName ? `${fileName}: ${message}` : message);
  if (error instanceof WorkRefusal) return error;
  if (error instanceof AnalysisRefusal || error instanceof ActualsRefusal) return new WorkRefusal(error.status, error.message);
  if (error instanceof InterchangeError) return new WorkRefusal(error.kind === 'too-large' ? 413 : error.kind === 'unsupported-type' ? 415 : 400, named(error.message));
  if (error instanceof WorkbookFileError) return new WorkRefusal(400, named(error.message));
  if (error instanceof UnknownScenarioError) return new WorkRefusal(404, error.message);
  if (error instanceof WorkbookOperationError) return new WorkRefusal(400, `${fileName ?? 'the file'} cannot be imported here: ${error.message}`);
  return null;
}

/** Reads an upload, refusing (413) as soon as it holds more cells than a workspace of `maxWorkspaceBytes` could. */
async function readUpload(upload: Upload, maxWorkspaceBytes: number): Promise<{ imported: ImportedWorkbook; csv?: CsvReading }> {
  const { bytes, fileName, reading } = upload;
  const kind = checkedFileKind(bytes, fileName);
  const contentCells = cellsThatCouldFit(maxWorkspaceBytes);
  if (kind === 'xlsx') return { imported: await importXlsx(bytes, { fileName, contentCells }) };
  const separator = reading.separator === 'tab' ? '\t' : reading.separator;
  const { csv, ...imported } = importCsv(bytes, { fileName, sheetName: reading.sheet, separator, decimal: reading.decimal, contentCells });
  return { imported, csv };
}

function notesOf(imported: ImportedWorkbook, extraWarnings: ImportWarning[] = []): ImportNotes {
  const notes = [...imported.warnings, ...extraWarnings];
  return { unsupportedFunctions: imported.unsupported.found, unsupportedFunctionCount: imported.unsupported.count, warnings: notes.map((w) => w.message), warningDetails: notes };
}

/** Refuses (413) a workspace whose stored state would pass the bound (server/store/workspaceSize.ts). */
function checkWorkspaceSize(bytes: number, maxBytes: number): void {
  const problem = workspaceSizeProblem(bytes, maxBytes);
  if (problem !== null) throw new WorkRefusal(413, problem);
}

function snapshotOf(file: WorkbookFile, maxWorkspaceBytes: number): Uint8Array {
  const doc = documentFromFile(file);
  try {
    const snapshot = Y.encodeStateAsUpdate(doc);
    checkWorkspaceSize(snapshot.length, maxWorkspaceBytes);
    return snapshot;
  } finally {
    doc.destroy();
  }
}

/** A v1 file sent as a request body; a refusal says what the body reader would have said. */
function workbookFileOf(json: Uint8Array): WorkbookFile {
  let value: unknown;
  try {
    value = readJsonText(new TextDecoder().decode(json));
  } catch (error) {
    if (error instanceof JsonTextError) throw new WorkRefusal(400, jsonBodyMessage(error));
    throw error;
  }
  return parseWorkbookFile(value);
}

async function importInto(job: Extract<WorkJob, { kind: 'import' }>): Promise<ImportOutcome> {
  const { imported, csv } = await readUpload(job.upload, job.maxWorkspaceBytes);
  importedWorkbookFile(imported); // the v1 schema's checks, as for a new workspace
  return withDoc(job.state, (doc) => {
    // A workbook from elsewhere takes the workspace's language.
    if (!imported.fromFremskriv) imported.locale = workbookLocale(doc);
    const before = Y.encodeStateVector(doc);
    // Applied to this copy even for a dry run, so a dry run meets the same size refusal as the
    // import (the copy is thrown away; a dry run answers no update).
    const applied = applyImport(doc, imported, job.mode, job.origin);
    // A workbook Fremskriv exported from the template before the nineteenth session is brought
    // up to date as the workspace would be at its next load (workbookUpgrade.ts), in the import.
    upgradeWorkbook(doc, { formulaDialect: job.origin, actualMonth: job.origin, mm5Actuals: job.origin, settingsMaps: job.origin });
    checkWorkspaceSize(Y.encodeStateAsUpdate(doc).length, job.maxWorkspaceBytes);
    const update = job.dryRun ? undefined : Y.encodeStateAsUpdate(doc, before);
    return { applied, summary: importSummary(imported), notes: notesOf(imported, applied.warnings), ...(csv ? { csv } : {}), ...(update ? { update } : {}) };
  });
}

async function run(job: WorkJob): Promise<WorkAnswer> {
  switch (job.kind) {
    case 'evaluate':
      return withDoc(job.state, (doc) => evaluateWithPlan(doc, job.adopted ?? null));
    case 'planTrajectories':
      return withDoc(job.state, planTrajectories);
    case 'versionState':
      // Restored in the browser as the server restores it (workbookUpgrade.ts).
      return upgradedVersionState(job.state);
    case 'exportXlsx':
      return withDoc(job.state, async (doc) => ({ bytes: await exportWorkbookXlsx(doc, { scenario: job.scenario, adoptedPlan: job.adopted ?? null }), title: workbookTitle(doc) }));
    case 'exportCsv':
      return withDoc(job.state, (doc) => {
        const grid = workbookGrid(doc);
        const sheetId = grid.sheetIdByName(job.sheet);
        if (!sheetId) return null;
        return { text: exportSheetCsv(doc, sheetId, job.options), sheetName: grid.sheetName(sheetId) ?? job.sheet, title: workbookTitle(doc) };
      });
    case 'newWorkspace': {
      if (job.file) return { snapshot: snapshotOf(job.file, job.maxWorkspaceBytes) };
      if (job.json) return { snapshot: snapshotOf(workbookFileOf(job.json), job.maxWorkspaceBytes) };
      if (!job.upload) throw new WorkRefusal(400, 'no workbook to create the workspace from');
      const { imported } = await readUpload(job.upload, job.maxWorkspaceBytes);
      return { snapshot: snapshotOf(importedWorkbookFile(imported), job.maxWorkspaceBytes), notes: notesOf(imported) };
    }
    case 'import':
      return importInto(job);
    case 'solve':
      return withDoc(job.state, (doc) => solveJob(doc, job.request));
    case 'sensitivity':
      return withDoc(job.state, (doc) => sensitivityJob(doc, job.request));
    case 'firstValues':
      return withDoc(job.state, (doc) => JSON.stringify(firstValuesJob(doc, job.scenario, job.screenLocale)));
    case 'workbookFile':
      return withDoc(job.state, (doc) => JSON.stringify(exportWorkbookFile(doc)));
    case 'readActuals':
      return readActualsJob(job);
    case 'goalsMovedByActuals':
      return withDoc(job.state, (doc) => actualsGoalsJob(doc, job));
  }
}

/** Runs a job; a refusal the client caused comes back as a WorkRefusal. */
export async function runWorkJob(job: WorkJob): Promise<WorkAnswer> {
  try {
    return await run(job);
  } catch (error) {
    const fileName = job.kind === 'import' || job.kind === 'newWorkspace' ? job.upload?.fileName : undefined;
    throw refusalOf(error, fileName) ?? error;
  }
}
