import { describe, expect, it } from 'vitest';
import { describeProgress, TransferProgress, type ProgressSnapshot } from '@ftp-actions/core';
import { manualClock } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

describe('TransferProgress', () => {
  it('logs at most once per interval, with files, bytes, rate and time left', () => {
    const clock = manualClock();
    const log = recordingLogger('info');
    const snapshots: ProgressSnapshot[] = [];
    const progress = new TransferProgress({
      verb: 'Uploaded',
      filesTotal: 4,
      bytesTotal: 4000,
      log,
      now: clock.now,
      intervalMs: 3000,
      onProgress: (snapshot) => snapshots.push(snapshot),
    });
    clock.advance(1000);
    progress.update('0', 500);
    progress.update('0', 1000);
    expect(log.infos).toEqual([]);
    progress.finish('0', '/a', { remotePath: '/a', bytes: 1000, status: 'transferred' }, 1000);
    clock.advance(2000);
    progress.update('1', 1000);
    expect(log.infos).toEqual(['Progress: 1/4 files, 2 kB of 4 kB (50%), 667 B/s, about 3s left']);
    clock.advance(1000);
    progress.update('1', 1500);
    expect(log.infos).toHaveLength(1);
    expect(snapshots.at(-1)).toMatchObject({ filesDone: 1, bytesDone: 2500, elapsedMs: 4000 });
  });

  it('counts skipped and failed files as done, and writes one verbose line per file', () => {
    const log = recordingLogger('verbose');
    const progress = new TransferProgress({ verb: 'Downloaded', filesTotal: 3, bytesTotal: 30, log, now: () => 0 });
    progress.finish('0', 'a', { remotePath: '/a', bytes: 10, status: 'transferred' }, 10);
    progress.finish('1', 'b', { remotePath: '/b', bytes: 10, status: 'skipped', reason: 'exists' }, 10);
    progress.finish('2', 'c', { remotePath: '/c', bytes: 0, status: 'failed', reason: '550 No such file' }, 10);
    expect(progress.snapshot()).toMatchObject({ filesDone: 3, bytesDone: 30 });
    expect(log.lines.map((line) => `${line.level}: ${line.message}`)).toEqual([
      'verbose: Downloaded a (10 B)',
      'verbose: Skipped b: exists',
      'info: Failed c: 550 No such file',
    ]);
    progress.complete();
    expect(log.infos.at(-1)).toBe('Downloaded 1 of 3 files (10 B) in 0ms; 1 skipped, 1 failed');
  });

  it('estimates by files when sizes are unknown', () => {
    const text = describeProgress({
      filesDone: 1,
      filesTotal: 3,
      bytesDone: 2048,
      bytesTotal: 0,
      elapsedMs: 2000,
      bytesPerSecond: 1024,
      remainingMs: 4000,
    });
    expect(text).toBe('Progress: 1/3 files, 2.05 kB, 1.02 kB/s, about 4s left');
  });
});
