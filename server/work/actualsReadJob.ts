/**
 * Reading a Jobindsats table (an upload or the API's answer) and pivoting it, as a worker-thread
 * job (server/work/): the file is parsed where a slow or hostile one costs a thread, not the event
 * loop every workspace shares. Before, a 1.9 MB CSV of 39,000 rows held /healthz for 4.3 s and a
 * 2.2 MB API answer held a colleague's sync on another workspace for 2.1 s (load 16–19); a 16 MiB
 * file would have held them about eight times as long.
 */
import { pivotActuals, type ActualsPivot, type PivotChoice } from '../../models/actuals/actualsPivot.js';
import { readJobindsatsFile } from '../../models/actuals/jobindsatsReaders.js';
import { JobindsatsError, type JobindsatsTable } from '../../models/actuals/jobindsatsTable.js';
import type { TableShape } from '../../models/api/actualsAnswers.js';
import { InterchangeError } from '../../models/interchange/interchangeLimits.js';

export interface ActualsReadJob {
  kind: 'readActuals';
  bytes: Uint8Array;
  fileName: string;
  /** Where the bytes came from: a table the API sent that cannot be read is the API's fault (502). */
  source: 'file' | 'api';
  /** The pivot to make; null answers the table's shape (the import dialog's first step). */
  choice: PivotChoice | null;
}

export type ActualsRead = { source: 'file' | 'api'; shape: TableShape } | { source: 'file' | 'api'; pivot: ActualsPivot };

/** A table the file or the API holds, or a choice that names nothing in it: a status and why. */
export class ActualsRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ActualsRefusal';
  }
}

function tableShape(table: JobindsatsTable): TableShape {
  return {
    area: table.area,
    period: table.period,
    measures: table.measures,
    dimensions: table.dimensions
      .filter((d) => d !== table.period)
      .map((d) => ({ name: d, values: [...new Set(table.records.map((r) => r.dimensions[d]!))].slice(0, 500) })),
    periods: [...new Set(table.records.map((r) => r.dimensions[table.period]!))],
  };
}

export async function readActualsJob(job: ActualsReadJob): Promise<ActualsRead> {
  const prefix = job.source === 'file' ? `${job.fileName}: ` : '';
  let table: JobindsatsTable;
  try {
    table = await readJobindsatsFile(job.bytes, job.fileName);
  } catch (error) {
    if (error instanceof JobindsatsError) throw new ActualsRefusal(job.source === 'file' ? 400 : 502, `${prefix}${error.message}`);
    if (error instanceof InterchangeError) throw new ActualsRefusal(error.kind === 'too-large' ? 413 : error.kind === 'unsupported-type' ? 415 : 400, `${prefix}${error.message}`);
    throw error;
  }
  if (job.choice === null) return { source: job.source, shape: tableShape(table) };
  try {
    return { source: job.source, pivot: pivotActuals(table, job.choice) };
  } catch (error) {
    if (error instanceof JobindsatsError) throw new ActualsRefusal(400, error.message);
    throw error;
  }
}
