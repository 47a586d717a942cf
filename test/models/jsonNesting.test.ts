/**
 * The depth scan run before JSON.parse (models/format/jsonNesting.ts): JSON nested millions deep
 * held the server's main thread for seconds inside JSON.parse (thirteenth hostile pass). Brackets
 * inside strings never count.
 */
import { describe, expect, it } from 'vitest';
import { jsonNestedPast, MAX_JSON_DEPTH } from '../../models/format/jsonNesting.js';
import { parseWorkbookJson, WorkbookFileError } from '../../models/format/workbookFile.js';
import { readJobindsatsJson } from '../../models/actuals/jobindsatsReaders.js';
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';

const arrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('how deep JSON text nests, read before it is parsed', () => {
  it.each([
    ['a number', '1', 0, false],
    ['an empty array at depth 1', '[]', 1, false],
    ['an empty array past depth 0', '[]', 0, true],
    ['arrays exactly at the bound', arrays(MAX_JSON_DEPTH), MAX_JSON_DEPTH, false],
    ['arrays one past the bound', arrays(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH, true],
    ['objects one past the bound', objects(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH, true],
    ['siblings, each shallow', '[[1],[2],[3],{"a":[4]}]', 3, false],
    ['brackets inside a string', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote that does not end the string', '{"a":"\\"[[[[["}', 1, false],
    ['an escaped backslash that ends before the quote', '{"a":"\\\\"}', 1, false],
    ['an escaped backslash, then real nesting', '["\\\\",[[1]]]', 2, true],
    ['stray closes that make no room for more opens', ']]]]' + arrays(3), 2, true],
    ['a million levels, never closed', '['.repeat(1_000_000), MAX_JSON_DEPTH, true],
  ])('%s', (_what, text, maxDepth, past) => {
    expect(jsonNestedPast(text, maxDepth)).toBe(past);
  });

  it('a v1 workbook file nested past the bound is refused before it is parsed, saying why', () => {
    expect(() => parseWorkbookJson(arrays(1_000_000))).toThrow(new WorkbookFileError(`not a valid fremskriv.workbook v1 file: the JSON nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep`));
  });

  it('Jobindsats JSON nested past the bound is refused, saying why', () => {
    expect(() => readJobindsatsJson(objects(100_000))).toThrow(new JobindsatsError(`the JSON is not Jobindsats data: the JSON nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep`));
  });
});
