/**
 * Run as its own process (`node --expose-gc plan-probe.js <files>`): builds
 * the trees of a manifest push of `files` files in folders of 100 (1%
 * changed since the last sync, 0.5% gone from the source, as a real
 * incremental deploy), times `planSync` on them, and prints one JSON line:
 * the plan's time, the heap the inputs hold, and the heap held once the
 * plan is made (inputs and plan together). A process of
 * its own per size, so one size's garbage does not weigh on the next.
 */
import { planSync } from '@ftp-actions/core';
import { syntheticPush } from './synthetic-push.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const files = Number(process.argv[2]);
gc();
const baseline = process.memoryUsage().heapUsed;
const { source, target, state } = syntheticPush(files);
gc();
const inputs = process.memoryUsage().heapUsed - baseline;
const started = performance.now();
const plan = planSync({
  direction: 'push',
  compare: 'manifest',
  preserveMtime: false,
  source,
  target,
  state: { files: state, dirs: new Set(), complete: true, origin: 'ftp-actions' },
  delete: true,
  isProtected: () => false,
});
const planMs = performance.now() - started;
gc();
const withPlan = process.memoryUsage().heapUsed - baseline;
const uploads = plan.entries.filter((entry) => entry.action === 'upload').length;
process.stdout.write(`${JSON.stringify({ files, planMs, inputsBytes: inputs, heldBytes: withPlan, uploads })}\n`);
