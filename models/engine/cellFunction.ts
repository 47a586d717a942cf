/**
 * CELL(info_type; [reference]) (Danish CELLE), which HyperFormula 3.5 lacks (#NAME?), for the
 * info types a planner's workbook uses and Fremskriv can answer as Excel does
 * (https://support.microsoft.com/office/cell-function-51bd39a5-f338-4dbe-a33f-955d67c2b2cf):
 * - "address": the reference's first cell as absolute text, "$B$2"; on another sheet with the
 *   sheet's name, "Ark2!$B$2" ('Plan 2024'!$B$2 quoted). Excel writes the workbook's file name
 *   before it, "[Plan.xlsx]Ark2!$B$2"; a Fremskriv workbook has no file name, so none is written.
 * - "col", "row": its column and row number.
 * - "contents": the value of its first cell (a blank 0, an error that error).
 * - "type": "b" for a blank cell, "l" (label) for text, a formula's text too, "v" for anything
 *   else (LibreOffice 7.4 agrees on each).
 * - "filename": "", what Excel gives for a workbook never saved: a Fremskriv workbook has no path.
 *   (Excel's "C:\…\[Plan.xlsx]Ark1" cannot be known; a formula taking the sheet's name from it,
 *   `MID(CELL("filename";A1);FIND("]";…)+1;31)`, is #VALUE! here and right once exported.)
 * - "format": the code Excel's CELL page gives for the cell's number format ("G" General, "F0",
 *   ",2", "C2", "P1", "S2", "D1"…"D9"; "-" after it when negative numbers show in colour, "()"
 *   when positive numbers show in parentheses), read by numfmt from the cell's Excel code; a
 *   named format is its code in .xlsx (cellNumberFormats.ts: percent "0.0%" is "P1", integer
 *   "#,##0" ",0", number ",2", date "D4", time "D9").
 * - "color": 1 when negative numbers show in colour, else 0; "parentheses": 1 when positive (or
 *   all) numbers show in parentheses, else 0.
 * A cell's format is read when the formula computes: CELL is volatile, as in Excel, so after a
 * format change alone it answers anew at the next change of any cell, as Excel does at its next
 * recalculation. The info type is English, in any case ("Address"), as the .xlsx file stores it.
 * The other info types Excel knows ("prefix", "protect", "width") depend on formatting Fremskriv
 * does not keep or the engine does not see: #VALUE! with the reason, as an unknown one is.
 * Without a reference the formula's own cell is taken (Excel takes the cell last changed,
 * which a shared workbook computed on a server has no notion of). A reference a function gives
 * as one value (`INDEX(A1:A5;3)`, a name of one cell) has no address here: #VALUE!.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import { sheetPrefix } from '../formula/a1References.js';
import { columnLabel } from '../workbook/cellAddress.js';
import { formatCodeInfo } from '../format/formatCodeText.js';
import { excelNumberFormat } from '../interchange/cellNumberFormats.js';
import type { CellFormat } from '../workbook/cellFormats.js';
import { CELL_TRANSLATIONS } from './cellFunctionName.js';
import { cellFormatsOf } from './engineCellFormats.js';
import { plainResult, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

const ANSWERED = ['address', 'col', 'row', 'contents', 'type', 'filename', 'format', 'color', 'parentheses'] as const;
type InfoType = (typeof ANSWERED)[number];
const FORMATTING = new Set(['prefix', 'protect', 'width']);

interface CellReference {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}

interface GraphInternals {
  getCellValue(address: SimpleCellAddress): unknown;
  sheetMapping: { getSheetName(sheet: number): string | undefined };
}

/** Excel's CELL answers for a cell format (numfmt reads them as Excel does); General where the code cannot be read. */
function numberFormatInfo(format: CellFormat | undefined): { code: string; color: number; parentheses: number } {
  const info = formatCodeInfo(format === undefined ? 'General' : excelNumberFormat(format));
  return info === null ? { code: 'G', color: 0, parentheses: 0 } : { code: info.code, color: info.color, parentheses: info.parentheses };
}

function innermost(ast: Ast): Ast {
  let node = ast;
  while (String(node.type) === 'PARENTHESES' && 'expression' in node) node = node.expression as Ast;
  return node;
}

class CellPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // The method reads its arguments itself: the reference's address, not only its value.
    CELL: {
      method: 'cell',
      parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      isDependentOnSheetStructureChange: true,
      // A format change reaches no cell: read again at every change, as Excel's volatile CELL.
      isVolatile: true,
      vectorizationForbidden: true,
    },
  };

  cell(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length < 1 || ast.args.length > 2) return new CellError(ErrorType.NA, 'CELL takes an info type and a reference.');
    const info = plainResult(this.evaluateAst(ast.args[0]!, state));
    if (info instanceof CellError) return info;
    const kind = typeof info === 'string' ? info.toLowerCase() : '';
    if (!(ANSWERED as readonly string[]).includes(kind)) {
      return new CellError(ErrorType.VALUE, FORMATTING.has(kind) ? `CELL("${kind}") depends on formatting Fremskriv does not keep.` : 'CELL: unknown info type.');
    }
    const given = ast.args[1];
    const address = given === undefined || String(given.type) === 'EMPTY' ? state.formulaAddress : this.addressOf(given, state);
    if (address instanceof CellError) return address;
    return this.answer(kind as InfoType, address, state.formulaAddress.sheet);
  }

  /** The first cell the argument refers to. */
  private addressOf(given: Ast, state: InterpreterState): SimpleCellAddress | CellError {
    const node = innermost(given);
    if (String(node.type) === 'CELL_REFERENCE' && 'reference' in node) return (node.reference as CellReference).toSimpleCellAddress(state.formulaAddress);
    const value = this.evaluateAst(given, state);
    if (value instanceof SimpleRangeValue && value.range !== undefined) return value.range.start;
    return value instanceof CellError ? value : new CellError(ErrorType.VALUE, 'CELL takes a reference.');
  }

  private answer(kind: InfoType, address: SimpleCellAddress, here: number): FunctionResult {
    const graph = this.dependencyGraph as unknown as GraphInternals;
    switch (kind) {
      case 'row':
        return address.row + 1;
      case 'col':
        return address.col + 1;
      case 'address': {
        const cell = `$${columnLabel(address.col)}$${address.row + 1}`;
        const sheet = address.sheet === here ? undefined : graph.sheetMapping.getSheetName(address.sheet);
        return sheet === undefined ? cell : sheetPrefix(sheet) + cell;
      }
      case 'filename':
        return '';
      case 'contents': {
        const value = graph.getCellValue(address) as FunctionResult;
        return value === EmptyValue ? 0 : value;
      }
      case 'format':
      case 'color':
      case 'parentheses': {
        const sheet = graph.sheetMapping.getSheetName(address.sheet);
        const info = numberFormatInfo(sheet === undefined ? undefined : cellFormatsOf(this.config.context)(sheet, address.row, address.col));
        if (kind === 'format') return info.code;
        return kind === 'color' ? info.color : info.parentheses;
      }
      case 'type': {
        const value = plainResult(graph.getCellValue(address) as FunctionResult);
        if (value === EmptyValue) return 'b';
        return typeof value === 'string' ? 'l' : 'v';
      }
    }
  }
}

/** Adds CELL (Danish CELLE) for engines built afterwards (idempotent). */
export function registerCellFunction(): void {
  HyperFormula.registerFunctionPlugin(CellPlugin, CELL_TRANSLATIONS);
}
