/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Deterministic across
 * platforms and Node versions, unlike Math.random: the same seed always yields the same graph.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * A discrete power law on [min, max]: P(k) ∝ k^-alpha, by inverse transform of the
   * continuous Pareto law (fast, no table), then clamped.
   */
  powerLaw(min: number, max: number, alpha: number): number {
    const u = this.next();
    const value = min * Math.pow(1 - u, -1 / (alpha - 1));
    return Math.min(max, Math.floor(value));
  }

  /** An index in [0, n) with Zipf-like skew: low indexes are much more likely. */
  zipfIndex(n: number, skew = 1.2): number {
    return Math.min(n - 1, this.powerLaw(1, n, 1 + skew) - 1);
  }
}
