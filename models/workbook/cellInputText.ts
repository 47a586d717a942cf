/**
 * What a planner types into a cell ⇄ the canonical input the document stores. In a da-DK
 * workspace "1.234,5" is 1234.5, "12 %" is 0.12, SAND is true and formulas use Danish function
 * names; en-GB reads "1,234.5". Text that would read as a number keeps Excel's leading apostrophe.
 */
import { isFormula } from '../formula/a1References.js';
import { fromDisplayFormula, toDisplayFormula } from '../formula/formulaLocale.js';
import type { CellInput, WorkbookLocale } from './workbookSchema.js';

interface NumberSyntax {
  group: string;
  decimal: string;
  booleans: [string, string];
}

const SYNTAX: Record<WorkbookLocale, NumberSyntax> = {
  'da-DK': { group: '.', decimal: ',', booleans: ['SAND', 'FALSK'] },
  'en-GB': { group: ',', decimal: '.', booleans: ['TRUE', 'FALSE'] },
};

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Parses a number as written in the locale (grouping optional); null when it is not one. A number
 * in parentheses is negative, as Excel reads it typed into a cell or in a CSV it opens
 * (accountants' notation): "(2)" is -2, "(1.234,5)" -1234,5, "(12 %)" -0,12; "(-2)" stays text.
 */
export function parseLocaleNumber(text: string, locale: WorkbookLocale): number | null {
  const { group, decimal } = SYNTAX[locale];
  let body = text.replace(/[\s\u00a0\u202f]/g, '');
  let scale = 1;
  const parenthesised = /^\(([^-+()][^()]*)\)$/.exec(body);
  if (parenthesised) {
    body = parenthesised[1]!;
    scale = -1;
  }
  if (body.endsWith('%')) {
    body = body.slice(0, -1);
    scale *= 0.01;
  }
  const g = escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^[-+]?\\d{1,3}(${g}\\d{3})+(${d}\\d*)?([eE][-+]?\\d+)?$`);
  const plain = new RegExp(`^[-+]?(\\d+(${d}\\d*)?|${d}\\d+)([eE][-+]?\\d+)?$`);
  let canonical: string | null = null;
  if (grouped.test(body)) canonical = body.split(group).join('').replace(decimal, '.');
  else if (plain.test(body)) canonical = body.replace(decimal, '.');
  // A Danish planner pasting "1.5" from an English source means one and a half, not 15.
  else if (locale === 'da-DK' && /^[-+]?\d+\.\d+$/.test(body)) canonical = body;
  if (canonical === null) return null;
  const value = Number(canonical) * scale;
  return Number.isFinite(value) ? value : null;
}

/** What a planner typed → canonical input; null clears the cell. */
export function parseTypedInput(text: string, locale: WorkbookLocale): CellInput | null {
  if (text.trim() === '') return null;
  if (isFormula(text)) return fromDisplayFormula(text, locale);
  if (text.startsWith("'")) return text;
  const upper = text.trim().toUpperCase();
  const [yes, no] = SYNTAX[locale].booleans;
  if (upper === yes || upper === 'TRUE') return true;
  if (upper === no || upper === 'FALSE') return false;
  return parseLocaleNumber(text, locale) ?? text;
}

/** Formats a number for editing: full precision, the locale's decimal mark, no grouping. */
export function editableNumber(value: number, locale: WorkbookLocale): string {
  const text = String(value).replace('e', 'E');
  return locale === 'da-DK' ? text.replace('.', ',') : text;
}

/** The text an editor (formula bar, in-cell) starts from for a stored input. */
export function inputToEditText(input: CellInput | undefined, locale: WorkbookLocale): string {
  if (input === undefined) return '';
  if (typeof input === 'number') return editableNumber(input, locale);
  if (typeof input === 'boolean') return SYNTAX[locale].booleans[input ? 0 : 1];
  if (isFormula(input)) return toDisplayFormula(input, locale);
  const readsAsOther = !input.startsWith("'") && typeof parseTypedInput(input, locale) !== 'string';
  return readsAsOther ? `'${input}` : input;
}
