import { describe, expect, it } from 'vitest';
import { parseClipboardText, serializeClipboardHtml, serializeClipboardText } from '../../client/src/grid/clipboardText.js';

describe('clipboard text', () => {
  it.each<[string, string, string[][]]>([
    ['Excel rows end in CRLF, the last one too', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['Google Sheets rows end in LF, the last one without', 'a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['an empty field between tabs stays a field', 'a\t\tc\r\n', [['a', '', 'c']]],
    ['a trailing empty field is kept', '1\t\r\n', [['1', '']]],
    ['a quoted field may hold tabs and line breaks', '"x\ty"\t"line1\r\nline2"\r\n', [['x\ty', 'line1\r\nline2']]],
    ['doubled quotes inside a quoted field are one quote', '"say ""hi"""\tz\n', [['say "hi"', 'z']]],
    ['a quote inside unquoted text is literal', '5" disk\tok\n', [['5" disk', 'ok']]],
    ['a quote that does not close a field is literal', '"5" inches\n', [['"5" inches']]],
    ['one cell without a line break is one row', '42', [['42']]],
    ['a blank line in the middle is an empty row', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['nothing is no rows', '', []],
  ])('%s', (_name, text, rows) => {
    expect(parseClipboardText(text)).toEqual(rows);
  });

  it('writes rows as Excel does, quoting what needs it', () => {
    expect(serializeClipboardText([['a', 'b'], ['c\td', 'say "x"']])).toBe('a\tb\r\n"c\td"\t"say ""x"""\r\n');
  });

  it('writes a single cell without a line break', () => {
    expect(serializeClipboardText([['12,0 %']])).toBe('12,0 %');
  });

  it('reads back what it writes', () => {
    const rows = [['1.234,5', 'multi\nline', ''], ['"q"', '\t', 'x']];
    expect(parseClipboardText(serializeClipboardText(rows))).toEqual(rows);
  });

  it('writes an HTML table with escaped text', () => {
    expect(serializeClipboardHtml([['<a>', 'b&c']])).toBe('<table><tbody><tr><td>&lt;a&gt;</td><td>b&amp;c</td></tr></tbody></table>');
  });
});
