/**
 * engine: how long our HyperFormula binding (Yjs document → WorkbookEngine per scenario → goals)
 * takes to follow an edit, beside raw HyperFormula doing the same recomputation on equally built
 * instances, with no Yjs and no goal logic.
 *
 * - template: one global assumption in Beskæftigelsesplan 2023, every goal of every scenario
 *   re-evaluated, measured in fresh processes (templateEdit.ts).
 * - large: 100 indicators × 120 months; build, the global assumption, one row's rate.
 * - remoteApplyP95Ms: a colleague's edit of a cell nothing depends on, as a Yjs update, until the
 *   bound engines and the goals reflect it.
 */
import * as Y from 'yjs';
import { WorkbookEngine } from '../models/engine/WorkbookEngine.js';
import { applyOperation } from '../models/operations/applyOperation.js';
import { ScenarioEngines } from '../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../models/templates/templates.js';
import {
  formulaCellCount,
  LARGE_FIRST_MONTH_COL,
  LARGE_FIRST_ROW,
  LARGE_INDICATORS,
  LARGE_MONTHS,
  largeWorkbookFile,
  rawSheets,
} from './benchWorkbooks.js';
import { buildRaw, editValue, setCell, setRaw, sheetIdByName } from './engineEdits.js';
import { collectGarbage, median, percentile, sampleInterleaved } from './stats.js';
import { measureTemplateEditInProcesses, type TemplateEditDetails } from './templateEdit.js';

export interface EngineResults {
  template: { formulaCells: number; scenarios: number; assumptionEditMs: number; rawHyperFormulaMs: number };
  large: { formulaCells: number; buildMs: number; rawBuildMs: number; assumptionEditMs: number; rawHyperFormulaMs: number; rowEditMs: number };
  remoteApplyP95Ms: number;
}

/** Extra readings for the table and the analysis (not part of results.json). */
export interface EngineDetails {
  template: TemplateEditDetails;
  largeRawRowEditMs: number;
  /** Median of ours ÷ raw over adjacent build pairs (steadier than the ratio of medians on a busy machine). */
  largeBuildPairedRatio: number;
  remoteApplyP50Ms: number;
  remoteApplyUpdateOnlyP95Ms: number;
  remoteEvaluateOnlyP95Ms: number;
}

export interface EngineOptions {
  quick: boolean;
  log(line: string): void;
}

function largeBenchmark(options: EngineOptions): { results: EngineResults['large']; rawRowEditMs: number; buildPairedRatio: number } {
  const buildRuns = options.quick ? 5 : 11;
  const editRuns = options.quick ? 9 : 21;
  const file = largeWorkbookFile();
  const sheets = rawSheets(file);
  const rowAddress = `B${LARGE_FIRST_ROW + 1 + Math.floor(LARGE_INDICATORS / 2)}`;

  const doc = documentFromFile(file);
  // Build: the binding reads the document (cells, identities, formulas decoded to A1) and builds;
  // raw builds from arrays already in A1. Alternating, each after a full collection.
  const buildOurs: number[] = [];
  const buildRawTimes: number[] = [];
  for (let i = 0; i < buildRuns + 1; i++) {
    const timeOurs = (): number => {
      collectGarbage();
      const started = performance.now();
      const engine = new WorkbookEngine(doc);
      const ms = performance.now() - started;
      engine.destroy();
      return ms;
    };
    const timeRaw = (): number => {
      collectGarbage();
      const started = performance.now();
      const hf = buildRaw(sheets);
      const ms = performance.now() - started;
      hf.destroy();
      return ms;
    };
    const [ours, raw] = i % 2 === 0 ? [timeOurs(), timeRaw()] : (([r, o]) => [o, r])([timeRaw(), timeOurs()]);
    if (i === 0) continue; // the first of each warms the code paths
    buildOurs.push(ours!);
    buildRawTimes.push(raw!);
  }

  const engines = new ScenarioEngines(doc);
  engines.evaluate();
  const check = engines.engine('').value(sheetIdByName(doc, 'Fremskrivning'), LARGE_FIRST_ROW, LARGE_FIRST_MONTH_COL + LARGE_MONTHS - 1);
  if (typeof check !== 'number') throw new Error(`the large workbook does not compute: ${JSON.stringify(check)}`);
  const hf = buildRaw(sheets);
  collectGarbage();
  const [assumptionOurs, assumptionRaw] = sampleInterleaved(
    editRuns,
    3,
    (i) => {
      setCell(doc, 'Forudsætninger', 'B1', editValue(i, 1, 0.01));
      engines.evaluate();
    },
    (i) => setRaw(hf, 'Forudsætninger', 'B1', editValue(i, 1, 0.01)),
  );
  const [rowOurs, rowRaw] = sampleInterleaved(
    editRuns * 3,
    20,
    (i) => {
      setCell(doc, 'Fremskrivning', rowAddress, editValue(i, 0.001, 0.0005));
      engines.evaluate();
    },
    (i) => setRaw(hf, 'Fremskrivning', rowAddress, editValue(i, 0.001, 0.0005)),
  );
  hf.destroy();
  engines.destroy();
  doc.destroy();

  return {
    results: {
      formulaCells: formulaCellCount(file),
      buildMs: median(buildOurs),
      rawBuildMs: median(buildRawTimes),
      assumptionEditMs: median(assumptionOurs),
      rawHyperFormulaMs: median(assumptionRaw),
      rowEditMs: median(rowOurs),
    },
    rawRowEditMs: median(rowRaw),
    buildPairedRatio: median(buildOurs.map((ms, i) => ms / buildRawTimes[i]!)),
  };
}

/**
 * A colleague's doc makes the edit; its update is applied to a doc with bound ScenarioEngines (the
 * template, three scenarios). The cell lies in an empty area nothing refers to. Timed: applyUpdate
 * until every scenario's engine holds the value and the goals are evaluated again.
 */
function remoteApplyBenchmark(options: EngineOptions): { p95: number; p50: number; updateOnlyP95: number; evaluateOnlyP95: number } {
  // Several blocks, each with its own p95, and the median of those: a burst from a noisy
  // neighbour spoils one block, not the result.
  const blocks = options.quick ? 3 : 5;
  const perBlock = options.quick ? 100 : 200;
  const runs = blocks * perBlock;
  const warmup = 50;
  const file = beskaeftigelsesplanTemplate();
  const colleague = documentFromFile(file);
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(colleague));
  const engines = new ScenarioEngines(local);
  engines.evaluate();
  const sheetId = sheetIdByName(local, 'Forudsætninger');
  const at = { row: 150, col: 30 };
  let pending: Uint8Array | null = null;
  const capture = (update: Uint8Array): void => {
    pending = update;
  };
  colleague.on('update', capture);
  const scenarioIds = engines.scenarios().map((s) => s.id);
  const total: number[] = [];
  const applyOnly: number[] = [];
  const evaluateOnly: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const value = 1000 + i;
    applyOperation(colleague, { type: 'setCells', sheetId, cells: [{ ...at, input: value }] });
    const update = pending as Uint8Array | null;
    if (!update) throw new Error('the colleague produced no update');
    pending = null;
    const started = performance.now();
    Y.applyUpdate(local, update, 'remote');
    const applied = performance.now();
    engines.evaluate();
    for (const id of scenarioIds) {
      if (engines.engine(id).value(sheetId, at.row, at.col) !== value) throw new Error('the engine did not follow the remote edit');
    }
    const ended = performance.now();
    if (i >= warmup) {
      total.push(ended - started);
      applyOnly.push(applied - started);
      evaluateOnly.push(ended - applied);
    }
  }
  colleague.off('update', capture);
  engines.destroy();
  local.destroy();
  colleague.destroy();
  const blockP95 = (samples: number[]): number =>
    median(Array.from({ length: blocks }, (_, b) => percentile(samples.slice(b * perBlock, (b + 1) * perBlock), 95)));
  return { p95: blockP95(total), p50: median(total), updateOnlyP95: blockP95(applyOnly), evaluateOnlyP95: blockP95(evaluateOnly) };
}

export function runEngineBenchmark(options: EngineOptions): { results: EngineResults; details: EngineDetails } {
  options.log('engine: template');
  const template = measureTemplateEditInProcesses(options.quick);
  options.log('engine: large');
  const large = largeBenchmark(options);
  options.log('engine: remote apply');
  const remote = remoteApplyBenchmark(options);
  return {
    results: {
      template: {
        formulaCells: template.reading.formulaCells,
        scenarios: template.reading.scenarios,
        assumptionEditMs: template.reading.assumptionEditMs,
        rawHyperFormulaMs: template.reading.rawHyperFormulaMs,
      },
      large: large.results,
      remoteApplyP95Ms: remote.p95,
    },
    details: {
      template: template.details,
      largeRawRowEditMs: large.rawRowEditMs,
      largeBuildPairedRatio: large.buildPairedRatio,
      remoteApplyP50Ms: remote.p50,
      remoteApplyUpdateOnlyP95Ms: remote.updateOnlyP95,
      remoteEvaluateOnlyP95Ms: remote.evaluateOnlyP95,
    },
  };
}

