/**
 * engine.template: in Beskæftigelsesplan 2023, one global assumption (Forudsætninger!B5) changes
 * and every goal of every scenario is judged again; beside it raw HyperFormula, one instance per
 * scenario, sets the cell in each instance whose scenario does not override it (Lavkonjunktur has
 * its own B5; the binding skips that engine too).
 *
 * Each reading is taken in a fresh Node process, three in a full run: within one process the
 * ratio is steady (blocks of 30 edits read 1.09–1.17 × in one 600-edit sample), but between
 * processes it moved 1.09–1.25 × with the same code, as V8 optimised our path differently each
 * time. The median over processes is the result; every process's ratio is printed.
 *
 * Run as a script (`node --expose-gc --import tsx bench/templateEdit.ts [--quick]`) it measures
 * once and prints its reading as JSON.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ScenarioEngines } from '../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../models/templates/templates.js';
import { formulaCellCount, rawSheets } from './benchWorkbooks.js';
import { buildRaw, editValue, setCell, setRaw } from './engineEdits.js';
import { collectGarbage, median, sampleInterleaved, sampleSync } from './stats.js';

export interface TemplateEditReading {
  formulaCells: number;
  scenarios: number;
  /** Steady state: median of 30 edits after the warm-up. */
  assumptionEditMs: number;
  rawHyperFormulaMs: number;
  /** Soon after the start (100 edits in): what a first edit in a fresh worker meets. */
  earlyMs: number;
  earlyRawMs: number;
  /** Every goal of every scenario judged again on unchanged engines. */
  goalsOnlyMs: number;
}

export interface TemplateEditDetails {
  /** ours ÷ raw in each process, in the order run. */
  processRatios: number[];
  earlyMs: number;
  earlyRawMs: number;
  goalsOnlyMs: number;
}

const SHEET = 'Forudsætninger';
const ADDRESS = 'B5';
const RUNS = 30;

/** One reading in this process. */
export function measureTemplateEdit(quick: boolean): TemplateEditReading {
  // Our path (Yjs, the binding, goal judging) keeps getting faster for about 2,000 edits while
  // raw HyperFormula stays level: 1.17–1.26 × raw after 100–1,000 edits, 1.07–1.15 × after
  // 2,000–5,000 (bench/README.md). Both are read.
  const earlyWarmup = quick ? 30 : 100;
  const warmup = quick ? 300 : 2_000;
  const file = beskaeftigelsesplanTemplate();
  const scenarios = file.scenarios ?? [];
  const doc = documentFromFile(file);
  const engines = new ScenarioEngines(doc);
  engines.evaluate();
  const raws = scenarios.map((scenario) => ({ hf: buildRaw(rawSheets(file, scenario.inputs)), override: scenario.inputs[`${SHEET}!${ADDRESS}`] }));
  const ours = (i: number): void => {
    setCell(doc, SHEET, ADDRESS, editValue(i, 1, 0.01));
    engines.evaluate();
  };
  const raw = (i: number): void => {
    for (const { hf, override } of raws) if (override === undefined) setRaw(hf, SHEET, ADDRESS, editValue(i, 1, 0.01));
  };
  collectGarbage();
  const [earlyOurs, earlyRaw] = sampleInterleaved(RUNS, earlyWarmup, ours, raw);
  const [warmOurs, warmRaw] = sampleInterleaved(RUNS, warmup - earlyWarmup - RUNS, ours, raw);
  // A change outside the cells drops every cached goal definition and result.
  const goalsOnly = sampleSync(RUNS, 10, () => {
    doc.transact(() => doc.getMap('benchScratch').set('tick', Math.random()));
    engines.evaluate();
  });
  for (const { hf } of raws) hf.destroy();
  engines.destroy();
  doc.destroy();
  return {
    formulaCells: formulaCellCount(file),
    scenarios: scenarios.length,
    assumptionEditMs: median(warmOurs),
    rawHyperFormulaMs: median(warmRaw),
    earlyMs: median(earlyOurs),
    earlyRawMs: median(earlyRaw),
    goalsOnlyMs: median(goalsOnly),
  };
}

const SCRIPT = fileURLToPath(import.meta.url);

function readingInProcess(quick: boolean): TemplateEditReading {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SCRIPT, ...(quick ? ['--quick'] : [])], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the template benchmark process failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as TemplateEditReading;
}

/** Readings in fresh processes (three, one with --quick): the median of each figure. */
export function measureTemplateEditInProcesses(quick: boolean): { reading: TemplateEditReading; details: TemplateEditDetails } {
  const readings = Array.from({ length: quick ? 1 : 3 }, () => readingInProcess(quick));
  const mid = (pick: (r: TemplateEditReading) => number): number => median(readings.map(pick));
  const reading: TemplateEditReading = {
    formulaCells: readings[0]!.formulaCells,
    scenarios: readings[0]!.scenarios,
    assumptionEditMs: mid((r) => r.assumptionEditMs),
    rawHyperFormulaMs: mid((r) => r.rawHyperFormulaMs),
    earlyMs: mid((r) => r.earlyMs),
    earlyRawMs: mid((r) => r.earlyRawMs),
    goalsOnlyMs: mid((r) => r.goalsOnlyMs),
  };
  return {
    reading,
    details: {
      processRatios: readings.map((r) => r.assumptionEditMs / r.rawHyperFormulaMs),
      earlyMs: reading.earlyMs,
      earlyRawMs: reading.earlyRawMs,
      goalsOnlyMs: reading.goalsOnlyMs,
    },
  };
}

if (process.argv[1] === SCRIPT) {
  process.stdout.write(`${JSON.stringify(measureTemplateEdit(process.argv.includes('--quick')))}\n`);
}
