/**
 * Excel's bisection over sorted text (models/engine/orderedSearch.ts), compared with a search that
 * reads every cell: on random sorted Danish town names, with blanks and numbers among them, both
 * land on the same cell for every key, direction and neighbour; and a search reads a few cells,
 * not the whole column.
 */
import { EmptyValue } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../models/engine/excelOrdering.js';
import type { PlainCell } from '../../models/engine/functionPlugins.js';
import { localeTextOrder } from '../../models/engine/localeTextOrder.js';
import { sortedSearch, vectorOfCells, type IfNoMatch, type SortedOrder } from '../../models/engine/orderedSearch.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';

const ENGLISH = new Intl.Collator('en', { sensitivity: 'accent' });
const DANISH = localeTextOrder('da-DK', ENGLISH);
const NAMES = ['Aabenraa', 'Aalborg', 'Ærø', 'Ølstykke', 'Odense', 'odense', 'Zealand', 'Åbyhøj', 'Ballerup', 'Esbjerg', 'Ørsted', 'Æbeltoft', 'Vejle'];

/** The answer read off every cell: the key's own last position, else the neighbour asked for. */
function everyCell(key: string, cells: readonly PlainCell[], ordering: SortedOrder, ifNoMatch: IfNoMatch): number {
  const text = cells.flatMap((cell, index) => (kindOf(cell) === 'text' ? [index] : []));
  const sign = ordering === 'asc' ? 1 : -1;
  const order = (index: number): number => sign * DANISH.compare(cells[index] as string, key);
  const equal = text.filter((index) => order(index) === 0);
  if (equal.length > 0) return equal[equal.length - 1]!;
  if (ifNoMatch === 'returnNotFound') return -1;
  const before = text.filter((index) => order(index) < 0);
  const after = text.filter((index) => order(index) > 0);
  const wantsBefore = (ordering === 'asc') === (ifNoMatch === 'returnLowerBound');
  return wantsBefore ? (before[before.length - 1] ?? -1) : (after[0] ?? -1);
}

describe('a sorted text lookup lands where Excel’s does', () => {
  it.each(fuzzSeeds(20, 4100))('seed %i: bisection and a reading of every cell agree, with blanks and numbers among the text', (seed) => {
    const random = new SeededRandom(seed);
    for (let round = 0; round < 30; round++) {
      const ordering: SortedOrder = random.chance(0.5) ? 'asc' : 'desc';
      const names = Array.from({ length: random.int(12) }, () => random.pick(NAMES)).sort((a, b) => (ordering === 'asc' ? 1 : -1) * DANISH.compare(a, b));
      const cells: PlainCell[] = [];
      for (const name of names) {
        if (random.chance(0.2)) cells.push(random.chance(0.5) ? EmptyValue : random.int(100));
        cells.push(name);
      }
      const key = random.pick([...NAMES, 'Ø', 'å', 'B', 'zzz', 'a']);
      const ifNoMatch = random.pick<IfNoMatch>(['returnLowerBound', 'returnUpperBound', 'returnNotFound']);
      const found = sortedSearch(key, vectorOfCells(cells), ordering, ifNoMatch, DANISH);
      expect(found, `seed ${seed}: ${key} in ${JSON.stringify(cells.map(String))} (${ordering}, ${ifNoMatch})`).toBe(everyCell(key, cells, ordering, ifNoMatch));
    }
  });

  it('a search in 100,000 sorted names reads a few dozen of them', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `By ${String(i).padStart(6, '0')}`);
    let read = 0;
    const cells = { length: names.length, at: (index: number): PlainCell => (read++, names[index]!) };
    expect(sortedSearch('By 054321', cells, 'asc', 'returnLowerBound', DANISH)).toBe(54_321);
    expect(read).toBeLessThan(40);
  });

  it('in Danish, Ø sorts after Z and before Ølstykke: MATCH("Ø";…;1) over Odense, Zealand, Ølstykke is 2', () => {
    const cells = vectorOfCells(['Odense', 'Zealand', 'Ølstykke']);
    expect(sortedSearch('Ø', cells, 'asc', 'returnLowerBound', DANISH) + 1).toBe(2);
    expect(sortedSearch('Ø', cells, 'asc', 'returnLowerBound', ENGLISH)).toBe(-1);
  });
});
