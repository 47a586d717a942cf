/**
 * The engineering number-base conversions as Excel computes them
 * (https://support.microsoft.com/office/dec2bin-function-0f63dd0e-5d1a-42d8-b511-5bf5c6d43838 and
 * its siblings; BASE https://support.microsoft.com/office/base-function-2ef61411-aee9-4f29-a811-1c42456c6342,
 * DECIMAL https://support.microsoft.com/office/decimal-function-ee554665-6176-46ef-82de-0a283658da2e):
 * - a decimal number and the places are truncated to whole numbers: `DEC2BIN(9,7)` is `1001` and
 *   `DEC2BIN(9;4,9)` is `1001` (HyperFormula 3.5 wrote `1001.1011…` and padded to 5 places);
 * - hexadecimal and base-36 digits may be lower case: `HEX2DEC("ff")` is 255 (HyperFormula: #NUM!);
 * - binary, octal and hexadecimal text has at most 10 digits, read as a two's complement (the
 *   tenth digit's top bit is the sign): `HEX2DEC("FFFFFFFFFE")` is -2; a negative result is
 *   written in 10 digits whatever the places;
 * - a number outside what 10 digits hold, places below the digits needed or above 10, a digit the
 *   base does not have: #NUM!.
 * Registering replaces the engine's functions; their Danish names (DEC.TIL.BIN, …) are kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Binary, octal and hexadecimal text has at most this many digits. */
const COMPLEMENT_DIGITS = 10;
const BASE_MAX = 2 ** 53;
const BASE_MAX_LENGTH = 255;

type Radix = 2 | 8 | 16;
const RADIX_NAMES: Record<Radix, string> = { 2: 'BIN', 8: 'OCT', 16: 'HEX' };

function numError(message: string): CellError {
  return new CellError(ErrorType.NUM, message);
}

/** Whether every character of `text` (upper case) is a digit of `radix`. */
function digitsOf(text: string, radix: number): boolean {
  for (const digit of text) {
    const value = DIGITS.indexOf(digit);
    if (value < 0 || value >= radix) return false;
  }
  return true;
}

/** The number 10 digits of `radix` write: the top half of their range is negative. */
export function fromComplement(text: string, radix: Radix): number | CellError {
  const digits = text.toUpperCase();
  if (digits === '' || digits.length > COMPLEMENT_DIGITS || !digitsOf(digits, radix)) return numError(`"${text}" is not a ${RADIX_NAMES[radix]} number of at most 10 digits`);
  const value = parseInt(digits, radix);
  const span = radix ** COMPLEMENT_DIGITS;
  return value >= span / 2 ? value - span : value;
}

/** The places asked for, truncated; undefined when omitted. */
function wholePlaces(places: number | undefined): number | undefined {
  return places === undefined ? undefined : Math.trunc(places);
}

/** `value` (truncated) in `radix`: a negative one in 10 digits of two's complement, a positive one padded to `places`. */
export function toComplement(value: number, radix: Radix, places?: number): string | CellError {
  const whole = Math.trunc(value);
  const span = radix ** COMPLEMENT_DIGITS;
  if (whole < -span / 2 || whole >= span / 2) return numError(`${whole} does not fit in 10 ${RADIX_NAMES[radix]} digits`);
  if (whole < 0) return (span + whole).toString(radix).toUpperCase();
  const text = whole.toString(radix).toUpperCase();
  const width = wholePlaces(places);
  if (width === undefined) return text;
  if (width < 1 || width > COMPLEMENT_DIGITS || width < text.length) return numError(`${text} does not fit in ${width} places`);
  return text.padStart(width, '0');
}

/** BASE: a whole number from 0 below 2^53 in radix 2–36, padded to a length of at most 255. */
export function baseText(value: number, radix: number, minLength = 0): string | CellError {
  const whole = Math.trunc(value);
  const base = Math.trunc(radix);
  const length = Math.trunc(minLength);
  if (whole < 0 || whole >= BASE_MAX) return numError('BASE takes a number from 0 below 2^53');
  if (base < 2 || base > 36) return numError('BASE takes a radix from 2 to 36');
  if (length < 0 || length > BASE_MAX_LENGTH) return numError('BASE takes a minimum length from 0 to 255');
  return whole.toString(base).toUpperCase().padStart(length, '0');
}

/** DECIMAL: text of at most 255 digits of radix 2–36, in either case. */
export function decimalValue(text: string, radix: number): number | CellError {
  const base = Math.trunc(radix);
  const digits = text.toUpperCase();
  if (base < 2 || base > 36) return numError('DECIMAL takes a radix from 2 to 36');
  if (digits === '' || digits.length > BASE_MAX_LENGTH || !digitsOf(digits, base)) return numError(`"${text}" is not a number in radix ${base}`);
  return parseInt(digits, base);
}

const NUMBER = { argumentType: FunctionArgumentType.NUMBER } as const;
const STRING = { argumentType: FunctionArgumentType.STRING } as const;
const PLACES = { argumentType: FunctionArgumentType.NUMBER, optionalArg: true } as const;
const RADIXES: ReadonlyArray<[Radix, string]> = [[2, 'BIN'], [8, 'OCT'], [16, 'HEX']];

type Convert = (input: string | number, places?: number) => string | number | CellError;

/** DEC2BIN … HEX2OCT by name: what each computes from its input (a number from decimal, else text) and places. */
function conversions(): Map<string, Convert> {
  const out = new Map<string, Convert>();
  for (const [to, toName] of RADIXES) out.set(`DEC2${toName}`, (input, places) => toComplement(input as number, to, places));
  for (const [from, fromName] of RADIXES) {
    out.set(`${fromName}2DEC`, (input) => fromComplement(input as string, from));
    for (const [to, toName] of RADIXES) {
      if (to === from) continue;
      out.set(`${fromName}2${toName}`, (input, places) => {
        const value = fromComplement(input as string, from);
        return value instanceof CellError ? value : toComplement(value, to, places);
      });
    }
  }
  return out;
}

const CONVERSIONS = conversions();

/** A conversion's arguments: its input (a number for DEC2…, text otherwise), then places unless it gives a decimal. */
function conversionParameters(name: string): ReadonlyArray<typeof NUMBER | typeof STRING | typeof PLACES> {
  const input = name.startsWith('DEC2') ? NUMBER : STRING;
  return name.endsWith('2DEC') ? [input] : [input, PLACES];
}

class RadixConversionPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ...Object.fromEntries([...CONVERSIONS.keys()].map((name) => [name, { method: 'convert', parameters: conversionParameters(name) }])),
    BASE: { method: 'base', parameters: [NUMBER, NUMBER, { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 0 }] },
    DECIMAL: { method: 'decimal', parameters: [STRING, NUMBER] },
  };

  convert(ast: ProcedureCall & { readonly procedureName: string }, state: InterpreterState): FunctionResult {
    const compute = CONVERSIONS.get(ast.procedureName)!;
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (input: string | number, places?: number) => compute(input, places));
  }

  base(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('BASE'), baseText);
  }

  decimal(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('DECIMAL'), decimalValue);
  }
}

/** Replaces HyperFormula's base conversions with Excel's for engines built afterwards (idempotent). */
export function registerRadixConversion(): void {
  replaceBuiltInFunctions(RadixConversionPlugin, [...CONVERSIONS.keys(), 'BASE', 'DECIMAL']);
}
