/**
 * The plan at scale (issue 4: the plan for 100,000 files in under a second,
 * with memory that grows no worse than linearly). Each size runs in a fresh
 * Node 24 process (`plan-probe.ts`) several times; the report gives the
 * median time and the heap per 1,000 files, which stays flat when memory
 * grows linearly.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const probe = join(fileURLToPath(new URL('.', import.meta.url)), 'plan-probe.js');

/** One size, over its runs. */
export interface PlanScaleRow {
  readonly files: number;
  /** planSync's time per run, in ms. */
  readonly planMs: number[];
  /** Heap held by the trees and state given to the plan, and by them and the plan together, in bytes (median run). */
  readonly inputsBytes: number;
  readonly heldBytes: number;
}

export const planScaleSizes = [25_000, 50_000, 100_000];

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function measurePlanScale(node24: string, runs: number): Promise<PlanScaleRow[]> {
  const rows: PlanScaleRow[] = [];
  for (const files of planScaleSizes) {
    const samples: { planMs: number; inputsBytes: number; heldBytes: number }[] = [];
    for (let index = 0; index < runs; index += 1) {
      const { stdout } = await run(node24, ['--expose-gc', probe, String(files)], { maxBuffer: 1024 * 1024 });
      samples.push(JSON.parse(stdout) as { planMs: number; inputsBytes: number; heldBytes: number });
    }
    rows.push({
      files,
      planMs: samples.map((sample) => sample.planMs),
      inputsBytes: median(samples.map((sample) => sample.inputsBytes)),
      heldBytes: median(samples.map((sample) => sample.heldBytes)),
    });
  }
  return rows;
}

/** The report's section: a table, and whether the targets hold. */
export function planScaleLines(rows: readonly PlanScaleRow[]): string[] {
  if (rows.length === 0) return [];
  const perThousand = (row: PlanScaleRow): number => row.heldBytes / 1e6 / (row.files / 1000);
  const largest = rows[rows.length - 1];
  const smallest = rows[0];
  const largestMs = largest === undefined ? Number.NaN : median(largest.planMs);
  // Linear: the heap per file at the largest size is no more than a quarter above that at the smallest.
  const growth = largest === undefined || smallest === undefined ? Number.NaN : perThousand(largest) / perThousand(smallest);
  return [
    '## The plan at scale (issue 4)',
    '',
    `A manifest push of N files in folders of 100, 1% changed and 0.5% gone from the source; \`planSync\` alone, in a fresh Node 24 process per run (median, min–max). Heap is measured after a forced GC: what the trees and state handed to the plan hold, then what is held once the plan is made (the plan keeps one entry per path; some of the inputs' garbage goes in the same GC, so the difference is not the plan's size).`,
    '',
    '| files | plan ms | heap: inputs MB | heap: inputs and plan MB | heap per 1,000 files MB |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.files.toLocaleString('en-US')} | ${median(row.planMs).toFixed(0)} (${Math.min(...row.planMs).toFixed(0)}–${Math.max(...row.planMs).toFixed(0)}) | ${(row.inputsBytes / 1e6).toFixed(1)} | ${(row.heldBytes / 1e6).toFixed(1)} | ${perThousand(row).toFixed(2)} |`,
    ),
    '',
    `Targets: plan for ${largest?.files.toLocaleString('en-US') ?? '?'} files under 1 s: ${largestMs.toFixed(0)} ms ${largestMs < 1000 ? '✅' : '❌'}; memory no worse than linear (heap per file at the largest size within 1.25x of the smallest): ${growth.toFixed(2)}x ${growth <= 1.25 ? '✅' : '❌'}.`,
    '',
  ];
}
