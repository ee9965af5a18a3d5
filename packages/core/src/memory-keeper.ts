/**
 * Keeps a long run's resident memory near what it really holds.
 *
 * Pushing 20,000 small files allocates a few gigabytes of short-lived
 * objects (streams, promises, replies) while holding about 30 MB. V8 lets
 * its young generation grow to over 100 MB under that churn and promotes
 * what outlives a scavenge to the old generation, where it waits for a
 * major collection that a busy process rarely gets. Command-line heap
 * flags would bound that, but an action cannot pass any (the runner starts
 * `node dist/index.js`), and V8 reads the heap-size flags only at start-up.
 * Two things work at run time: the young generation's growth factor, which
 * V8 reads at each scavenge, set to 1 (it stays small), and, while RSS is
 * above a threshold, a full collection every couple of seconds. Measured
 * on that push under Node 24 (pure-ftpd on loopback, 8 connections): peak
 * RSS 261 MB as V8 sets itself, 184 MB with the growth factor, 137 MB with
 * both, in the same time (15.4 s, 14.7 s, 15.2 s). Small runs never reach
 * the threshold and never pay for a collection.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemoryKeeperOptions {
  /** Collect only while RSS is above this (default 128 MiB). */
  readonly aboveBytes?: number;
  /** How often RSS is looked at (default 2 s). */
  readonly everyMs?: number;
  /** The collection; default what `findCollection` finds. */
  readonly collect?: () => void;
  /** Looks up the collection the first time it is needed; default `fullCollection`. */
  readonly findCollection?: () => (() => void) | undefined;
  readonly rss?: () => number;
}

/**
 * V8's `gc()`, reached without `--expose-gc` on the command line: the flag
 * set at run time applies to contexts created after it, so a fresh vm
 * context has `gc` as a global. Undefined where that does not work.
 */
export function fullCollection(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  if (typeof gc !== 'function') return undefined;
  const run = gc as () => void;
  return () => run();
}

/**
 * Starts watching; returns the function that stops it. The timer never keeps
 * the process alive. The collection is looked up when RSS first crosses the
 * threshold, not at start: the lookup creates a V8 context (about 1 ms of
 * every action's start-up), and small runs never need it.
 */
export function keepMemoryDown(options: MemoryKeeperOptions = {}): () => void {
  setFlagsFromString('--semi-space-growth-factor=1');
  let collect = options.collect;
  const aboveBytes = options.aboveBytes ?? 128 * 1024 * 1024;
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  const timer = setInterval(() => {
    if (rss() <= aboveBytes) return;
    collect ??= (options.findCollection ?? fullCollection)();
    if (collect === undefined) clearInterval(timer);
    else collect();
  }, options.everyMs ?? 2000);
  timer.unref();
  return () => clearInterval(timer);
}
