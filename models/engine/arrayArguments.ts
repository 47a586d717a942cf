/**
 * Functions whose arguments Excel reads as arrays, so an expression over ranges inside them is
 * computed element by element: `=SUM((A1:A9>0)*A1:A9)`, `=SUM(A1:A9*B1:B9)`,
 * `=MAX(IF(A1:A9>0,A1:A9))`, `=AVERAGE(IF(B1:B9="x",C1:C9))`, `=MATCH(1,(A1:A9="x")*(B1:B9=2),0)`.
 * Excel 365 computes these as typed, older Excel when they are entered as an array formula
 * (Ctrl+Shift+Enter, `{=SUM(A1:A9*B1:B9)}`)
 * (https://support.microsoft.com/office/guidelines-and-examples-of-array-formulas-7d94a64e-3ff3-4686-9372-ecfd5caa57c7).
 *
 * The engine runs with array arithmetic off (engineConfig.ts): a cell holds one value and nothing
 * spills into cells the document does not own. So a formula whose own result would be several
 * values (`=A1:A9*2`, `=IF(A1:A9>0,1)`) is read as legacy Excel reads it, and as Excel 365 shows
 * such a formula from a file (`=@A1:A9*2`): by implicit intersection, the value in the formula's
 * own row (or column), #VALUE! outside the range
 * (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34).
 * Only the arguments of the functions below are evaluated as arrays (HyperFormula's
 * `enableArrayArithmeticForArguments`, as FILTER and SORT have it); functions nested in them
 * (IF, ISNUMBER, COUNTIF with criteria from a range) then work on arrays too, as in Excel.
 * The export writes a formula that needs this as a one-cell array formula (arrayFormulas.ts), so
 * every Excel computes it so.
 */
import { HyperFormula } from 'hyperformula';
import { ARRAY_ARGUMENT_FUNCTIONS, NOT_VECTORIZED } from './arrayArgumentNames.js';

/**
 * Marks the currently registered implementation of each function as reading its arguments as
 * arrays. Call after every plugin that replaces one of them is registered (engineConfig.ts), and
 * before engines are built: HyperFormula reads the flag when it builds an engine's function table.
 */
export function enableArrayArguments(): void {
  for (const name of ARRAY_ARGUMENT_FUNCTIONS) {
    const plugin = HyperFormula.getFunctionPlugin(name);
    if (plugin === undefined) throw new Error(`HyperFormula has no function ${name}`);
    const key = plugin.aliases?.[name] ?? name;
    const metadata = plugin.implementedFunctions[key];
    if (metadata === undefined) throw new Error(`HyperFormula declares no ${name} in its plugin`);
    // The plugin's own table (static, shared by every engine): each engine's registry reads it.
    const vectorizationForbidden = NOT_VECTORIZED.includes(name) || metadata.vectorizationForbidden;
    plugin.implementedFunctions[key] = { ...metadata, enableArrayArithmeticForArguments: true, vectorizationForbidden };
  }
}
