import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Runs a TypeScript child script under tsx (no build needed), from the repo root. */
export function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(root, script), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves when the child prints `marker` on a line of stdout. */
export function waitForLine(child: ChildProcess, marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.split('\n').includes(marker)) resolve();
    });
    child.on('exit', (code, signal) => {
      if (!buf.split('\n').includes(marker)) reject(new Error(`child exited (${code ?? signal}) before ${marker}: ${err.slice(0, 2000)}`));
    });
  });
}

export function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Deterministic PRNG for kill timings, so a failing iteration can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface KilledRun {
  /** Every complete stdout line, in order (pipes are synchronous on Linux: a line written before the kill is here). */
  lines: string[];
  /** The `ACK …` lines without the prefix: what the child had acknowledged. */
  acks: string[];
  /** The child printed DONE: the kill came too late to interrupt anything. */
  finished: boolean;
  /** Milliseconds from START to exit. */
  ms: number;
}

/**
 * Spawns a child script, waits for START, SIGKILLs it `killAfterMs` later (or lets it
 * finish when null) and returns what it printed. A child that fails on its own fails the test.
 */
export async function runAndKill(script: string, args: string[], killAfterMs: number | null): Promise<KilledRun> {
  const child = spawnTs(script, args);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  await waitForLine(child, 'START');
  const t0 = performance.now();
  if (killAfterMs !== null) {
    await new Promise((r) => setTimeout(r, killAfterMs));
    child.kill('SIGKILL');
  }
  const exit = await waitForExit(child);
  const ms = performance.now() - t0;
  if (exit.signal !== 'SIGKILL' && exit.code !== 0) throw new Error(`child ${args[0]} failed (${exit.code ?? exit.signal}): ${err.slice(0, 3000)}`);
  const lines = out.split('\n').slice(0, -1);
  return { lines, acks: lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)), finished: lines.includes('DONE'), ms };
}

/** Runs `n` iterations, `concurrency` at a time (the kill tests spend most time waiting on children). */
export async function inParallel<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await fn(i);
      }
    }),
  );
  return results;
}
