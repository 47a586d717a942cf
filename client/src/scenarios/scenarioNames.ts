/** A scenario name no other scenario has (without case): `base`, else `base 2`, `base 3`, … */
export function uniqueScenarioName(base: string, scenarios: ReadonlyArray<{ name: string }>): string {
  let name = base;
  for (let n = 2; scenarios.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}
