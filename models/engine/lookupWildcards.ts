/**
 * VLOOKUP, HLOOKUP, XLOOKUP and MATCH with Excel's wildcards (wildcardPattern.ts). HyperFormula
 * 3.5 never applied wildcards in MATCH with match type 0, so `=MATCH("Ros*",A1:A99,0)` was #N/A
 * (issue 11), and in VLOOKUP/HLOOKUP exact match and XLOOKUP match mode 2 it read `?` as
 * optional. This is HyperFormula's own lookup plugin with its two search steps corrected, so
 * sorted (approximate) lookups keep its binary search and everything else stays the engine's.
 * Registering replaces the four functions; their Danish names (LOPSLAG, SAMMENLIGN, …) are kept.
 */
import { HyperFormula, type FunctionPluginDefinition, type SimpleRangeValue } from 'hyperformula';
import { exactTextMatcher, hasWildcards, wildcardMatcher } from './wildcardPattern.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

const LOOKUP_FUNCTIONS = ['VLOOKUP', 'HLOOKUP', 'XLOOKUP', 'MATCH'] as const;

/** HyperFormula's search options (Lookup/SearchStrategy.ts), as far as these steps read them. */
interface SearchOptions {
  ordering: 'asc' | 'desc' | 'none';
  ifNoMatch: 'returnLowerBound' | 'returnUpperBound' | 'returnNotFound';
  returnOccurrence?: 'first' | 'last';
}

interface SearchStrategy {
  advancedFind(matcher: (value: unknown) => boolean, range: SimpleRangeValue, options: { returnOccurrence?: 'first' | 'last' }): number;
  find(key: unknown, range: SimpleRangeValue, options: SearchOptions): number;
}

/** The members of HyperFormula's (unexported) LookupPlugin that the correction uses. */
interface LookupPluginInternals {
  columnSearch: SearchStrategy;
  rowSearch: SearchStrategy;
  searchInRange(key: unknown, range: SimpleRangeValue, wildcards: boolean, options: SearchOptions, strategy: SearchStrategy): number;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown;
  vlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  hlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  xlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  xlookupArraySize(ast: ProcedureCall): unknown;
  match(ast: ProcedureCall, state: InterpreterState): FunctionResult;
}

/** HyperFormula's LookupPlugin class, typed by the members used here (it is not exported by name). */
type LookupPluginClass = new (...args: never[]) => LookupPluginInternals;

function lookupWildcardsPlugin(BuiltIn: LookupPluginClass): FunctionPluginDefinition {
  class LookupWildcardsPlugin extends BuiltIn {
    // HyperFormula registers a function only if its method is the plugin class's own property.
    override vlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.vlookup(ast, state);
    }

    override hlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.hlookup(ast, state);
    }

    override xlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.xlookup(ast, state);
    }

    override xlookupArraySize(ast: ProcedureCall): unknown {
      return super.xlookupArraySize(ast);
    }

    override match(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.match(ast, state);
    }

    override searchInRange(key: unknown, range: SimpleRangeValue, wildcards: boolean, options: SearchOptions, strategy: SearchStrategy): number {
      if (wildcards && typeof key === 'string' && hasWildcards(key)) {
        return strategy.advancedFind(wildcardMatcher(key), range, { returnOccurrence: options.returnOccurrence ?? 'first' });
      }
      // An exact search for text compares as Excel does: case ignored, accents kept.
      if (typeof key === 'string' && options.ordering === 'none' && options.ifNoMatch === 'returnNotFound') {
        return strategy.advancedFind(exactTextMatcher(key), range, { returnOccurrence: options.returnOccurrence ?? 'first' });
      }
      return super.searchInRange(key, range, wildcards, options, strategy);
    }

    /** MATCH with type 0 (exact) reads text as a wildcard pattern or compares it as Excel does; other types are the engine's. */
    override doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown {
      if (type !== 0 || typeof key !== 'string') return super.doMatch(key, range, type);
      if (range.width() > 1 && range.height() > 1) return super.doMatch(key, range, type);
      const strategy = range.width() === 1 ? this.columnSearch : this.rowSearch;
      const index = this.searchInRange(key, range, true, { ordering: 'none', ifNoMatch: 'returnNotFound' }, strategy);
      // -1 is not found: the engine's own step gives its #N/A.
      return index === -1 ? super.doMatch(key, range, type) : index + 1;
    }
  }
  return LookupWildcardsPlugin as unknown as FunctionPluginDefinition;
}

/** Replaces HyperFormula's VLOOKUP, HLOOKUP, XLOOKUP and MATCH with the wildcard-correct ones. */
export function registerLookupWildcards(): void {
  const BuiltIn = HyperFormula.getFunctionPlugin('MATCH');
  if (!BuiltIn) throw new Error('HyperFormula has no MATCH');
  replaceBuiltInFunctions(lookupWildcardsPlugin(BuiltIn as unknown as LookupPluginClass), LOOKUP_FUNCTIONS);
}
