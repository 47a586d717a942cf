/**
 * Replaces some of HyperFormula's built-in functions with a plugin of ours that computes them as
 * Excel does, keeping their names in every language the engine knows (Danish from HyperFormula's
 * own daDK pack, which has Danish Excel's names for its built-ins: AFRUND, INDEKS, …).
 */
import { HyperFormula, type FunctionPluginDefinition } from 'hyperformula';
import daDK from 'hyperformula/i18n/languages/daDK';

const DANISH = daDK.functions as Record<string, string>;

/** `{ enGB: { ROUND: 'ROUND' }, enUS: …, daDK: { ROUND: 'AFRUND' } }` for the given built-ins. */
export function builtInTranslations(names: readonly string[]): Record<string, Record<string, string>> {
  const english = Object.fromEntries(names.map((name) => [name, name]));
  const danish = Object.fromEntries(names.map((name) => [name, DANISH[name] ?? name]));
  return { enGB: english, enUS: english, daDK: danish };
}

/** Unregisters the built-in `names` and registers `plugin` in their place (for engines built afterwards). */
export function replaceBuiltInFunctions(plugin: FunctionPluginDefinition, names: readonly string[]): void {
  for (const name of names) HyperFormula.unregisterFunction(name);
  HyperFormula.registerFunctionPlugin(plugin, builtInTranslations(names));
}

/**
 * The metadata HyperFormula declares for a built-in (its parameters, defaults, return type), so a
 * replacement takes exactly the same arguments. Throws if the engine has no such function.
 */
export function builtInMetadata(name: string): NonNullable<FunctionPluginDefinition['implementedFunctions'][string]> {
  const plugin = HyperFormula.getFunctionPlugin(name);
  const metadata = plugin?.implementedFunctions[name];
  if (!metadata) throw new Error(`HyperFormula has no built-in function ${name}`);
  return metadata;
}
