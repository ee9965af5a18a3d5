/**
 * The peak memory of a bundle run. A preload module (through NODE_OPTIONS,
 * so the bundle itself runs unchanged) writes the process's peak resident
 * set size, from getrusage, when it exits: unlike sampling /proc/<pid>/status
 * from outside, it cannot miss a peak in the last moments before exit.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PeakRssProbe {
  /** Environment to pass to the run (merge into runBundle's extraEnv). */
  readonly env: Record<string, string>;
  /** Peak RSS in bytes of every run so far that used `env`, in the order they ended. */
  read(): Promise<number[]>;
  dispose(): Promise<void>;
}

const preload = `import { appendFileSync } from 'node:fs';
process.on('exit', () => appendFileSync(process.env.FTP_ACTIONS_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024) + '\\n'));
`;

/** Prepares a probe; `extraNodeOptions` (e.g. "--max-old-space-size=256") are added to NODE_OPTIONS. */
export async function peakRssProbe(extraNodeOptions = ''): Promise<PeakRssProbe> {
  const dir = await mkdtemp(join(tmpdir(), 'peak-rss-'));
  const module = join(dir, 'report-peak-rss.mjs');
  const report = join(dir, 'peaks');
  await writeFile(module, preload);
  await writeFile(report, '');
  return {
    env: { NODE_OPTIONS: `--import=${module} ${extraNodeOptions}`.trim(), FTP_ACTIONS_PEAK_RSS_FILE: report },
    read: async () =>
      (await readFile(report, 'utf8'))
        .split('\n')
        .filter((line) => line !== '')
        .map(Number),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
