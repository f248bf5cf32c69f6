/**
 * A seeded pseudo-random source for the sample generator: pure-rand's xoroshiro128+ with the
 * few distributions synthetic exports need. Same seed → same sequence, on every platform.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** A mutable random stream. Every draw advances it. */
export class Rng {
  private constructor(private readonly g: JumpableRandomGenerator) {}

  /**
   * A stream for a seed and a stream number: streams of one seed never overlap (each is
   * 2^64 draws apart), so the entity pools and the rows of each kind stay independent.
   *
   * @example Rng.create(42).float() === Rng.create(42).float() // => true
   */
  static create(seed: number, stream = 0): Rng {
    const g = xoroshiro128plus(seed | 0);
    for (let i = 0; i < stream; i++) g.jump();
    return new Rng(g);
  }

  /** Uniform in [0, 1). @example Rng.create(1).float() < 1 // => true */
  float(): number {
    return uniformFloat64(this.g);
  }

  /** Uniform integer in [lo, hi], both included. @example Rng.create(1).int(1, 6) // in 1..6 */
  int(lo: number, hi: number): number {
    return uniformInt(this.g, lo, hi);
  }

  /** True with probability p. @example Rng.create(1).chance(0) // => false */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Uniform real in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** One element, uniformly. @example Rng.create(1).pick(['a']) // => 'a' */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /**
   * An index drawn with the given (not necessarily normalised) weights.
   *
   * @example Rng.create(1).weighted([0, 1, 0]) // => 1
   */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Exponential with the given mean. @example Rng.create(1).exponential(12) >= 0 // => true */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  /** Log-normal: exp(N(mu, sigma)) — money amounts, durations with long tails. */
  logNormal(mu: number, sigma: number): number {
    // Box–Muller; one of the pair is enough here.
    const u = 1 - this.float();
    const v = this.float();
    return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}
