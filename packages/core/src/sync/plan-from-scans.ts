/**
 * From the scans to the plan: fetch the few facts the chosen compare mode
 * still lacks (the server's times or checksums, only for files of the same
 * size on both sides), then call the pure planner.
 */
import type { CompareDecision } from './compare-decision.js';
import { filterTree } from './filter-tree.js';
import { checkPlanPaths } from './guards.js';
import type { RemoteLock } from './lock.js';
import { createProtectMatcher, type PathFilter } from './patterns.js';
import { planSync } from './plan.js';
import { remoteChecksums } from './remote-hash.js';
import { addLocalHashes, type LocalScan } from './scan-local.js';
import { addRemoteTimes, type RemoteScan } from './scan-remote.js';
import { treeFromState } from './state-format.js';
import type { SyncRunContext } from './sync-run-context.js';
import type { SyncPlan, SyncState, TreeEntry } from './types.js';

/** The plan, and the side it copies from (what the applier reads sizes and hashes of). */
export interface PlannedSync {
  readonly plan: SyncPlan;
  readonly source: ReadonlyMap<string, TreeEntry>;
}

/** Stands for the server when a first manifest push has neither a state file nor a listing. */
const emptyState: SyncState = { files: new Map(), dirs: new Set(), complete: true, origin: 'ftp-actions' };

/** Paths of files present on both sides with the same size: the only ones whose times or checksums matter. */
function sameSizeFiles(source: ReadonlyMap<string, TreeEntry>, target: ReadonlyMap<string, TreeEntry>): string[] {
  const paths: string[] = [];
  for (const [path, entry] of source) {
    const other = target.get(path);
    if (entry.kind === 'file' && other?.kind === 'file' && other.size === entry.size) paths.push(path);
  }
  return paths;
}

/** Plans the sync; throws when a planned path is unsafe (`checkPlanPaths`). */
export async function planFromScans(
  run: SyncRunContext,
  context: {
    remoteDir: string;
    decision: CompareDecision;
    /** Undefined when the server was not listed (a manifest push reads the state file instead). */
    remote: RemoteScan | undefined;
    local: LocalScan;
    filter: PathFilter;
    lock: RemoteLock | undefined;
  },
): Promise<PlannedSync> {
  const { options, deps } = run;
  const { remoteDir, decision, remote, local } = context;
  const remoteTree = remote?.tree ?? filterTree(treeFromState(decision.state ?? emptyState), context.filter);
  const [source, target] = run.push ? [local.tree, remoteTree] : [remoteTree, local.tree];
  const candidates = decision.compare === 'size-time' || decision.compare === 'checksum' ? sameSizeFiles(source, target) : [];
  if (decision.compare === 'size-time' && remote !== undefined && !remote.hasTimes && candidates.length > 0) {
    await addRemoteTimes(deps.pool, remoteDir, remote.tree, candidates);
  }
  const method = decision.hashMethod;
  if (decision.compare === 'checksum' && method !== undefined && candidates.length > 0) {
    const digests = await remoteChecksums(deps.pool, remoteDir, candidates, method);
    for (const [path, digest] of digests) {
      const entry = remoteTree.get(path);
      if (entry?.kind === 'file') remoteTree.set(path, { ...entry, hashes: { ...entry.hashes, [method.algorithm]: digest } });
    }
    await addLocalHashes(options.localDir, local.tree, candidates, method.algorithm, run.tuning.hashConcurrency);
  }
  // Leftovers are removed only where no other sync can be writing them: under our lock, or on the local side.
  const leftovers = run.push ? (context.lock === undefined ? [] : (remote?.leftovers ?? [])) : local.leftovers;
  const plan = planSync({
    direction: options.direction,
    compare: decision.compare,
    preserveMtime: options.preserveMtime,
    checksumAlgorithm: method?.algorithm,
    adopting: decision.adopting,
    targetListed: remote !== undefined,
    source,
    target,
    state: decision.state,
    delete: options.delete,
    isProtected: createProtectMatcher(options.protect),
    leftovers,
  });
  checkPlanPaths(plan);
  return { plan, source };
}
