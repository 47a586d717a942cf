/**
 * Tab-separated clipboard text as Excel, LibreOffice and Google Sheets write and read it: rows end
 * in CRLF (or LF), fields holding a tab, a line break or a quote are quoted with `""` escapes, and
 * the last row usually ends with a line break that does not start a new row.
 */

/** `"a\tb\r\nc\td\r\n"` → `[['a','b'],['c','d']]`. Empty text is no rows. */
export function parseClipboardText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && !fieldStarted && field === '') {
      // A quoted field: read to the closing quote; "" is one quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j];
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        field = value;
        fieldStarted = true;
        i = j;
        continue;
      }
      // Not a well-formed quoted field (e.g. `"5" inches`): take the text literally, as Excel does.
    }
    if (ch === '\t') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  // Text that does not end with a line break still has a last row.
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

function quoteField(field: string): string {
  return /[\t\r\n"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Rows of shown text → clipboard text. Like Excel, every row ends in CRLF, except that a single
 * cell is written without one, so that pasting it into a text field adds no line break.
 */
export function serializeClipboardText(rows: readonly (readonly string[])[]): string {
  if (rows.length === 1 && rows[0]!.length === 1) return quoteField(rows[0]![0]!);
  return rows.map((row) => `${row.map(quoteField).join('\t')}\r\n`).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same rows as an HTML table, which Excel and Sheets read when they paste formatted. */
export function serializeClipboardHtml(rows: readonly (readonly string[])[]): string {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><tbody>${body}</tbody></table>`;
}

/** Whether two clipboard texts are the same block (line endings and a final line break aside). */
export function sameClipboardText(a: string, b: string): boolean {
  const normalise = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n$/, '');
  return normalise(a) === normalise(b);
}
