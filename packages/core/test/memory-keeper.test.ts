import { describe, expect, it } from 'vitest';
import { fullCollection, keepMemoryDown } from '../src/memory-keeper.js';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('keepMemoryDown', () => {
  it('reaches V8’s full collection without --expose-gc, and it runs', () => {
    const collect = fullCollection();
    expect(typeof collect).toBe('function');
    expect(() => collect?.()).not.toThrow();
  });

  it('collects while RSS is above the threshold, and stops when told', async () => {
    let calls = 0;
    const stop = keepMemoryDown({ aboveBytes: 100, rss: () => 200, everyMs: 5, collect: () => (calls += 1) });
    await wait(60);
    stop();
    const stoppedAt = calls;
    expect(stoppedAt).toBeGreaterThan(2);
    await wait(30);
    expect(calls).toBe(stoppedAt);
  });

  it('looks the collection up only once RSS crosses the threshold, and once', async () => {
    let lookups = 0;
    let calls = 0;
    let rss = 200;
    const stop = keepMemoryDown({
      aboveBytes: 1000,
      rss: () => rss,
      everyMs: 5,
      findCollection: () => {
        lookups += 1;
        return () => (calls += 1);
      },
    });
    await wait(40);
    expect(lookups).toBe(0);
    rss = 2000;
    await wait(40);
    stop();
    expect(lookups).toBe(1);
    expect(calls).toBeGreaterThan(1);
  });

  it('stops watching when no collection can be reached', async () => {
    let lookups = 0;
    const stop = keepMemoryDown({
      aboveBytes: 100,
      rss: () => 200,
      everyMs: 5,
      findCollection: () => {
        lookups += 1;
        return undefined;
      },
    });
    await wait(40);
    stop();
    expect(lookups).toBe(1);
  });

  it('never collects below the threshold', async () => {
    let calls = 0;
    const stop = keepMemoryDown({ aboveBytes: 1000, rss: () => 200, everyMs: 5, collect: () => (calls += 1) });
    await wait(40);
    stop();
    expect(calls).toBe(0);
  });
});
