/**
 * CONVERT's units (convertFunction.ts), as Microsoft's CONVERT page lists them
 * (https://support.microsoft.com/office/convert-function-d785bef1-808e-4aac-bdcd-666c810f9af2):
 * each unit's size in its group's base unit (gram, metre, second, pascal, newton, joule, watt,
 * tesla, cubic metre, square metre, bit, metre per second), from the units' definitions (the
 * international inch 0.0254 m, pound 0.45359237 kg, …). Temperature is affine and converted
 * apart. `prefixed` units take the metric prefixes (and, for bit and byte, the binary ones), a
 * squared or cubed unit the prefix squared or cubed (km2 is 10⁶ m²).
 */

export type UnitGroup = 'mass' | 'distance' | 'time' | 'pressure' | 'force' | 'energy' | 'power' | 'magnetism' | 'temperature' | 'volume' | 'area' | 'information' | 'speed';

export interface Unit {
  readonly group: UnitGroup;
  /** The size in the group's base unit (temperature: 1, converted by `toCelsius`). */
  readonly size: number;
  readonly prefixed: boolean;
  /** 2 for an area, 3 for a volume named by a length (m2, m3): the power a prefix is raised to. */
  readonly power: number;
}

const INCH = 0.0254;
const FOOT = 0.3048;
const YARD = 0.9144;
const MILE = 1609.344;
const NAUTICAL_MILE = 1852;
const LIGHT_YEAR = 9460730472580800;
const PARSEC = 30856775812815500;
const PICA_POINT = INCH / 72;
const PICA = INCH / 6;
const GALLON = 3.785411784e-3;
const POUND_FORCE = 4.4482216152605;
const HORSEPOWER = 745.69987158227;

const UNITS = new Map<string, Unit>();

function add(group: UnitGroup, size: number, names: readonly string[], prefixed = false, power = 1): void {
  for (const name of names) UNITS.set(name, { group, size, prefixed, power });
}

add('mass', 1, ['g'], true);
add('mass', 14593.9029372064, ['sg']);
add('mass', 453.59237, ['lbm']);
add('mass', 1.660538782e-24, ['u'], true);
add('mass', 28.349523125, ['ozm']);
add('mass', 0.06479891, ['grain']);
add('mass', 45359.237, ['cwt', 'shweight']);
add('mass', 50802.34544, ['uk_cwt', 'lcwt', 'hweight']);
add('mass', 6350.29318, ['stone']);
add('mass', 907184.74, ['ton']);
add('mass', 1016046.9088, ['uk_ton', 'LTON', 'brton']);

add('distance', 1, ['m'], true);
add('distance', MILE, ['mi']);
add('distance', NAUTICAL_MILE, ['Nmi']);
add('distance', INCH, ['in']);
add('distance', FOOT, ['ft']);
add('distance', YARD, ['yd']);
add('distance', 1e-10, ['ang'], true);
add('distance', 1.143, ['ell']);
add('distance', LIGHT_YEAR, ['ly'], true);
add('distance', PARSEC, ['parsec', 'pc'], true);
add('distance', PICA_POINT, ['Picapt', 'Pica']);
add('distance', PICA, ['pica']);
add('distance', (5280 * 1200) / 3937, ['survey_mi']);

add('time', 365.25 * 86400, ['yr'], true);
add('time', 86400, ['day', 'd'], true);
add('time', 3600, ['hr'], true);
add('time', 60, ['mn', 'min'], true);
add('time', 1, ['sec', 's'], true);

add('pressure', 1, ['Pa', 'p'], true);
add('pressure', 101325, ['atm', 'at'], true);
add('pressure', 133.322, ['mmHg'], true);
add('pressure', 6894.75729316836, ['psi'], true);
add('pressure', 101325 / 760, ['Torr'], true);

add('force', 1, ['N'], true);
add('force', 1e-5, ['dyn', 'dy'], true);
add('force', POUND_FORCE, ['lbf'], true);
add('force', 0.00980665, ['pond'], true);

add('energy', 1, ['J'], true);
add('energy', 1e-7, ['e'], true);
add('energy', 4.184, ['c'], true);
add('energy', 4.1868, ['cal'], true);
add('energy', 1.602176487e-19, ['eV', 'ev'], true);
add('energy', HORSEPOWER * 3600, ['HPh', 'hh'], true);
add('energy', 3600, ['Wh', 'wh'], true);
add('energy', FOOT * POUND_FORCE, ['flb'], true);
add('energy', 1055.05585262, ['BTU', 'btu'], true);

add('power', HORSEPOWER, ['HP', 'h'], true);
add('power', 735.49875, ['PS'], true);
add('power', 1, ['W', 'w'], true);

add('magnetism', 1, ['T'], true);
add('magnetism', 1e-4, ['ga'], true);

add('temperature', 1, ['C', 'cel', 'F', 'fah', 'Rank', 'Reau']);
add('temperature', 1, ['K', 'kel'], true);

add('volume', GALLON / 768, ['tsp']);
add('volume', 5e-6, ['tspm']);
add('volume', GALLON / 256, ['tbs']);
add('volume', GALLON / 128, ['oz']);
add('volume', GALLON / 16, ['cup']);
add('volume', GALLON / 8, ['pt', 'us_pt']);
add('volume', 4.54609e-3 / 8, ['uk_pt']);
add('volume', GALLON / 4, ['qt']);
add('volume', 4.54609e-3 / 4, ['uk_qt']);
add('volume', GALLON, ['gal']);
add('volume', 4.54609e-3, ['uk_gal']);
add('volume', 1e-3, ['l', 'L', 'lt'], true);
add('volume', GALLON * 42, ['barrel']);
add('volume', 0.03523907016688, ['bushel']);
add('volume', 100 * FOOT ** 3, ['GRT', 'regton']);
add('volume', 40 * FOOT ** 3, ['MTON']);

add('area', 4046.8564224, ['uk_acre']);
add('area', 4046.87260987425, ['us_acre']);
add('area', 100, ['ar'], true);
add('area', 10000, ['ha']);
add('area', 2500, ['Morgen']);

add('information', 1, ['bit'], true);
add('information', 8, ['byte'], true);

add('speed', (6080 * FOOT) / 3600, ['admkn']);
add('speed', NAUTICAL_MILE / 3600, ['kn']);
add('speed', 1 / 3600, ['m/h', 'm/hr'], true);
add('speed', 1, ['m/s', 'm/sec'], true);
add('speed', MILE / 3600, ['mph']);

/** Squares and cubes of the lengths, as both m2 and m^2. */
const LENGTHS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['m', 1, true], ['mi', MILE, false], ['Nmi', NAUTICAL_MILE, false], ['in', INCH, false], ['ft', FOOT, false], ['yd', YARD, false],
  ['ang', 1e-10, true], ['ly', LIGHT_YEAR, true], ['Picapt', PICA_POINT, false], ['Pica', PICA_POINT, false],
];
for (const [name, size, prefixed] of LENGTHS) {
  add('area', size ** 2, [`${name}2`, `${name}^2`], prefixed, 2);
  add('volume', size ** 3, [`${name}3`, `${name}^3`], prefixed, 3);
}

const METRIC_PREFIXES: Readonly<Record<string, number>> = {
  Y: 1e24, Z: 1e21, E: 1e18, P: 1e15, T: 1e12, G: 1e9, M: 1e6, k: 1e3, h: 1e2, da: 1e1,
  d: 1e-1, c: 1e-2, m: 1e-3, u: 1e-6, n: 1e-9, p: 1e-12, f: 1e-15, a: 1e-18, z: 1e-21, y: 1e-24,
};
const BINARY_PREFIXES: Readonly<Record<string, number>> = {
  ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, Zi: 2 ** 70, Yi: 2 ** 80,
};

/** A unit as named, with its prefix's factor (1 without one). */
export interface NamedUnit {
  readonly unit: Unit;
  readonly name: string;
  readonly factor: number;
}

/** The unit a name denotes (case matters, as in Excel), or undefined. The unit's own name wins over a prefix reading. */
export function unitNamed(text: string): NamedUnit | undefined {
  const exact = UNITS.get(text);
  if (exact) return { unit: exact, name: text, factor: 1 };
  for (const length of [2, 1]) {
    const [prefix, rest] = [text.slice(0, length), text.slice(length)];
    const unit = UNITS.get(rest);
    if (!unit?.prefixed) continue;
    const factor = METRIC_PREFIXES[prefix] ?? (unit.group === 'information' ? BINARY_PREFIXES[prefix] : undefined);
    if (factor !== undefined) return { unit, name: rest, factor: factor ** unit.power };
  }
  return undefined;
}

/** A temperature in degrees Celsius, from the named scale. */
export function toCelsius(value: number, scale: string): number {
  switch (scale) {
    case 'F': case 'fah': return (value - 32) / 1.8;
    case 'K': case 'kel': return value - 273.15;
    case 'Rank': return value / 1.8 - 273.15;
    case 'Reau': return value * 1.25;
    default: return value;
  }
}

/** A temperature in degrees Celsius, on the named scale. */
export function fromCelsius(celsius: number, scale: string): number {
  switch (scale) {
    case 'F': case 'fah': return celsius * 1.8 + 32;
    case 'K': case 'kel': return celsius + 273.15;
    case 'Rank': return (celsius + 273.15) * 1.8;
    case 'Reau': return celsius / 1.25;
    default: return celsius;
  }
}
