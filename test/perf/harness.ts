/**
 * Benchmark harness. Speed is never asserted in tests; it is measured here, always as
 * a ratio against a baseline measured in the SAME run (these machines are noisy).
 *
 * Each benchmark alternates baseline and subject runs (ABAB…) so drift in machine load
 * hits both equally, and reports medians and p95.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Sample {
  ms: number[];
}

export interface BenchResult {
  name: string;
  description: string;
  size: string;
  subject: { label: string; medianMs: number; p95Ms: number };
  baseline: { label: string; medianMs: number; p95Ms: number } | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  notes: string[];
}

export interface BenchContext {
  quick: boolean;
  cacheDir: string;
  log(msg: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  target: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx]!;
}

export const median = (v: number[]) => percentile(v, 50);

/** Runs `a` and `b` alternately `rounds` times after `warmup` rounds; returns their timings. */
export async function alternate(
  rounds: number,
  warmup: number,
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
): Promise<{ a: number[]; b: number[] }> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const which of order) {
      const fn = which === 'a' ? a : b;
      const t0 = performance.now();
      await fn();
      const dt = performance.now() - t0;
      if (i >= warmup) (which === 'a' ? ta : tb).push(dt);
    }
  }
  return { a: ta, b: tb };
}

export function summarize(label: string, ms: number[]) {
  return { label, medianMs: round(median(ms)), p95Ms: round(percentile(ms, 95)) };
}

export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function cacheDir(root: string): string {
  const d = join(root, '.bench');
  mkdirSync(d, { recursive: true });
  return d;
}
