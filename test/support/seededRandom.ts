/** A small seeded PRNG (mulberry32) so that a failing randomized test can be replayed by its seed. */
export class SeededRandom {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Seeds for a randomized test: `count` by default, more when FREMSKRIV_FUZZ_SEEDS is set. */
export function fuzzSeeds(count: number, base = 1): number[] {
  const wanted = Number(process.env.FREMSKRIV_FUZZ_SEEDS ?? count);
  return Array.from({ length: Number.isFinite(wanted) && wanted > 0 ? wanted : count }, (_, i) => base + i);
}
