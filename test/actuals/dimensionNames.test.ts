/**
 * Dimension names are the data's, so they may be any name Object.prototype also has (the
 * thirteenth hostile pass: `dimension in filters` counted a dimension named `constructor` as
 * filtered, so its several values went into one cell unnoticed).
 */
import { describe, expect, it } from 'vitest';
import { filterValue, pivotActuals } from '../../models/actuals/actualsPivot.js';
import { readJobindsatsCsv, readJobindsatsJson } from '../../models/actuals/jobindsatsReaders.js';
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';

/** Roskilde's figures for two months, split by a dimension called `dimension` into "a" and "b". */
function splitBy(dimension: string): Uint8Array {
  const lines = [`Område;Periode;${dimension};Antal personer`, 'Roskilde;2023M01;a;10', 'Roskilde;2023M01;b;20', 'Roskilde;2023M02;a;11', 'Roskilde;2023M02;b;21'];
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('a Jobindsats dimension named like a property every object has', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('%s with several values is refused until a filter picks one, and its filter keeps just that value', (dimension) => {
    const table = readJobindsatsCsv(splitBy(dimension));
    expect(table.dimensions).toEqual(['Område', 'Periode', dimension]);
    expect(() => pivotActuals(table, { measure: 'Antal personer', filters: {} })).toThrow(new JobindsatsError(`${dimension} has several values ("a", "b"): choose one with --filter '${dimension}=…'`));
    const pivot = pivotActuals(table, { measure: 'Antal personer', filters: Object.fromEntries([[dimension, 'b']]) });
    expect(pivot.rowLabels).toEqual(['Roskilde']);
    expect(pivot.values).toEqual([[20, 21]]);
  });

  it('as the rows, each of its values is a row', () => {
    const pivot = pivotActuals(readJobindsatsCsv(splitBy('constructor')), { measure: 'Antal personer', rows: 'constructor', filters: { Område: 'Roskilde' } });
    expect(pivot.rowLabels).toEqual(['a', 'b']);
    expect(pivot.values).toEqual([
      [10, 11],
      [20, 21],
    ]);
  });

  it('a filter naming no dimension keeps nothing for it, also where the name is an inherited property', () => {
    expect(filterValue({}, 'constructor')).toBeUndefined();
    expect(filterValue({}, 'toString')).toBeUndefined();
    expect(filterValue(Object.fromEntries([['constructor', 'x']]), 'constructor')).toBe('x');
  });

  it('a column named "__proto__" (which no choice can name) is refused with a reason, in CSV and JSON alike', () => {
    expect(() => readJobindsatsCsv(splitBy('__proto__'))).toThrow(new JobindsatsError('a column may not be named "__proto__"'));
    const v3 = JSON.stringify({ columns: ['Område', 'Periode', '__proto__', 'Antal personer'], rows: [['Roskilde', '2023M01', 'a', 10]] });
    expect(() => readJobindsatsJson(v3)).toThrow(new JobindsatsError('a column may not be named "__proto__"'));
  });
});
