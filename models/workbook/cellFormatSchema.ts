/**
 * A cell's format where it arrives as data (a file, a server's answer): one of the named formats
 * or an Excel format code (formatCode.ts), refused with the reason a code is not one.
 */
import { z } from 'zod';
import { formatCodeProblem } from './formatCode.js';
import { isNamedCellFormat, type CellFormat } from './workbookSchema.js';

export const cellFormatSchema = z
  .string()
  .check((ctx) => {
    if (isNamedCellFormat(ctx.value)) return;
    const problem = formatCodeProblem(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
  })
  // Checked just above: a name or a sound code.
  .transform((format) => format as CellFormat);
