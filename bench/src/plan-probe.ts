/**
 * Run as its own process (`node --expose-gc plan-probe.js <files>`): builds
 * the trees of a manifest push of `files` files in folders of 100 (1%
 * changed since the last sync, 0.5% gone from the source, as a real
 * incremental deploy), times `planSync` on them, and prints one JSON line:
 * the plan's time, the heap the inputs hold, and the heap held once the
 * plan is made (inputs and plan together). A process of
 * its own per size, so one size's garbage does not weigh on the next.
 */
import { planSync, type StateRecord, type TreeEntry } from '@ftp-actions/core';

const perDirectory = 100;

function build(files: number): { source: Map<string, TreeEntry>; target: Map<string, TreeEntry>; state: Map<string, StateRecord> } {
  const source = new Map<string, TreeEntry>();
  const target = new Map<string, TreeEntry>();
  const state = new Map<string, StateRecord>();
  for (let index = 0; index < files; index += 1) {
    const dir = `section-${Math.floor(index / perDirectory / 10)}/dir-${Math.floor(index / perDirectory)}`;
    if (index % perDirectory === 0) {
      for (const path of [dir.slice(0, dir.indexOf('/')), dir]) {
        source.set(path, { kind: 'directory', path });
        target.set(path, { kind: 'directory', path });
      }
    }
    const path = `${dir}/file-${index}.html`;
    const sha256 = index.toString(16).padStart(64, '0');
    const changed = index % 100 === 7;
    if (index % 200 !== 3)
      source.set(path, { kind: 'file', path, size: 4096, mtimeMs: 0, hashes: { sha256: changed ? `f${sha256.slice(1)}` : sha256 } });
    target.set(path, { kind: 'file', path, size: 4096, mtimeMs: undefined, hashes: { sha256 } });
    state.set(path, { size: 4096, sha256, sentAt: undefined });
  }
  return { source, target, state };
}

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const files = Number(process.argv[2]);
gc();
const baseline = process.memoryUsage().heapUsed;
const { source, target, state } = build(files);
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
