/**
 * Keys named twice in one JSON object (models/format/jsonDuplicateKeys.ts): JSON.parse keeps the
 * last silently, so a REST body `{"measure":"a","measure":"b"}` was read as `b` (sixteenth hostile
 * pass). The scan reads valid JSON (JSON.parse has accepted it first).
 */
import { describe, expect, it } from 'vitest';
import { duplicateKeyMessage, jsonDuplicateKey } from '../../models/format/jsonDuplicateKeys.js';

describe('a key named twice in one JSON object', () => {
  it.each([
    ['at the top', '{"measure":"a","measure":"b"}', { key: 'measure', path: [] }],
    ['with whitespace before the colon', '{ "a" : 1 ,\n\t"a"\r\n: 2 }', { key: 'a', path: [] }],
    ['nested in an object', '{"measure":"a","filters":{"Køn":"Mænd","Køn":"Kvinder"}}', { key: 'Køn', path: ['filters'] }],
    ['in an array\u2019s element', '{"sheets":[{"name":"A"},{"name":"B","cells":{"A1":1,"A1":2}}]}', { key: 'A1', path: ['sheets', '[]', 'cells'] }],
    ['in a top-level array', '[1,{"x":1,"x":1}]', { key: 'x', path: ['[]'] }],
    ['spelled with an escape', '{"measure":"a","\\u006deasure":"b"}', { key: 'measure', path: [] }],
    ['the empty key', '{"":1,"":2}', { key: '', path: [] }],
    ['a key holding escaped quotes', '{"a\\"b":1,"a\\"b":2}', { key: 'a"b', path: [] }],
    ['after a value holding quotes and colons', '{"a":"\\":\\"","a":1}', { key: 'a', path: [] }],
  ])('%s is found', (_what, text, found) => {
    expect(jsonDuplicateKey(text)).toEqual(found);
  });

  it.each([
    ['the same key in sibling objects', '[{"a":1},{"a":2}]'],
    ['the same key at two levels', '{"a":{"a":{"a":1}}}'],
    ['a value that equals a key', '{"a":"a","b":["a","a"]}'],
    ['text that looks like a key inside a string', '{"a":"\\"a\\":1,\\"a\\":2"}'],
    ['a string ending in an escaped backslash', '{"a\\\\":1,"a":2}'],
    ['keys differing only in case', '{"Køn":1,"køn":2}'],
    ['a lone number', '1'],
    ['an empty object', '{}'],
  ])('%s is not a duplicate', (_what, text) => {
    expect(jsonDuplicateKey(text)).toBeNull();
  });

  it('the message names the key and where its object stands, cut to 40 characters each', () => {
    expect(duplicateKeyMessage({ key: 'measure', path: [] })).toBe('the JSON names "measure" twice');
    expect(duplicateKeyMessage({ key: 'A1', path: ['sheets', '[]', 'cells'] })).toBe('the JSON names "A1" twice in sheets[].cells');
    expect(duplicateKeyMessage({ key: 'x'.repeat(1_000), path: ['y'.repeat(1_000)] })).toBe(`the JSON names "${'x'.repeat(40)}" twice in ${'y'.repeat(40)}`);
    expect(duplicateKeyMessage({ key: 'a\nb', path: [] })).toBe('the JSON names "a\\nb" twice');
  });
});
