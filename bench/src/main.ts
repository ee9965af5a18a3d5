/**
 * `pnpm bench [--quick] [--runs N] [--rtt 40,150] [--sets small,mixed,large,many]
 *   [--servers pure-ftpd,proftpd] [--protocols ftp,ftps] [--scenarios "first push,download"]
 *   [--tools ours-sync,ftp-deploy] [--out DIR] [--merge earlier.raw.json] [--render latest.raw.json] [--keep]`
 *
 * Starts real servers behind the latency proxy, builds the data sets, runs
 * every scenario with our bundles, the reference tools and the raw-socket
 * floor, and writes bench/results/latest.md, latest.svg and latest.raw.json.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { node24, startRealServer, type RealServerKind, type RunningRealServer } from '@ftp-actions/test-servers';
import { buildDataSet, specFor, type DataSet, type DataSetName } from './datasets.js';
import { startLatencyProxy, type LatencyProxy } from './latency-proxy.js';
import { countDebugCommands, countProxyCommands, type ProtocolCount, type Sample, type Series } from './measure.js';
import { makeBenchPki, type BenchPki } from './pki.js';
import { measurePlanScale, planScaleSizes } from './plan-scale.js';
import { writeReport, type BenchReport, type ScenarioNote } from './report.js';
import { warmPageCache } from './page-cache.js';
import { logPath, runMeasured, tailOf } from './run-process.js';
import {
  REPO_ROOT,
  actionAvailable,
  snapshotAction,
  curlDownload,
  curlList,
  curlUpload,
  floor,
  ftpDeploy,
  lftpPull,
  lftpPush,
  oursDownload,
  oursHealth,
  oursSync,
  oursUpload,
  rclonePull,
  rclonePush,
  type Endpoint,
  type Protocol,
  type Tool,
  type ToolContext,
} from './tools.js';

const execFileAsync = promisify(execFile);

interface Options {
  quick: boolean;
  runs: number;
  rtts: number[];
  sets: DataSetName[];
  servers: RealServerKind[];
  protocols: Protocol[];
  concurrency: number;
  keep: boolean;
  outDir: string;
  /** Only these scenarios (by name, e.g. "download"); empty means all. */
  scenarios: string[];
  /** Only these tools (by id, e.g. "ftp-deploy"); empty means all. */
  tools: string[];
  /** Earlier raw reports whose figures are kept where this run measures nothing. */
  merge: string[];
  /** Only write the report of this raw JSON (latest.raw.json) again, measuring nothing. */
  render: string | undefined;
}

/** Whether the run measures `scenario` (every scenario when none were named). */
function wanted(options: Options, scenario: string): boolean {
  return options.scenarios.length === 0 || options.scenarios.includes(scenario);
}

/**
 * Whether a first push is only the ground for its follow-ups: when the run
 * names the no-op or the 1%-changed push but not the first push, each tool
 * pushes the set untimed and straight to the server (as `runNoOpPush` does),
 * and only the follow-ups are timed through the proxy.
 */
function firstPushUntimed(options: Options, group: Group): boolean {
  return group.followUps === true && !wanted(options, group.scenario);
}

function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const value = (name: string): string | undefined => {
    const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
    if (index < 0) return undefined;
    const arg = argv[index] ?? '';
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  };
  const list = (name: string, fallback: string): string[] =>
    (value(name) ?? fallback)
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  const known = new Set([
    '--quick',
    '--keep',
    '--runs',
    '--rtt',
    '--sets',
    '--servers',
    '--protocols',
    '--concurrency',
    '--out',
    '--scenarios',
    '--tools',
    '--merge',
    '--render',
  ]);
  for (const arg of argv) {
    if (arg.startsWith('--') && !known.has(arg.split('=')[0] ?? '')) throw new Error(`unknown option ${arg}`);
  }
  const sets = list('--sets', quick ? 'small' : 'small,mixed,large,many') as DataSetName[];
  for (const set of sets) if (!['small', 'mixed', 'large', 'many'].includes(set)) throw new Error(`unknown data set ${set}`);
  const protocols = list('--protocols', 'ftp,ftps') as Protocol[];
  for (const protocol of protocols) if (protocol !== 'ftp' && protocol !== 'ftps') throw new Error(`unknown protocol ${String(protocol)}`);
  const servers = list('--servers', 'pure-ftpd') as RealServerKind[];
  for (const server of servers) if (!['pure-ftpd', 'proftpd', 'vsftpd'].includes(server)) throw new Error(`unknown server ${server}`);
  return {
    quick,
    runs: Number(value('--runs') ?? (quick ? 1 : 3)),
    rtts: list('--rtt', '40').map(Number),
    sets,
    servers,
    protocols,
    concurrency: Number(value('--concurrency') ?? 8),
    keep: argv.includes('--keep'),
    outDir: value('--out') ?? join(REPO_ROOT, 'bench', 'results'),
    scenarios: list('--scenarios', ''),
    tools: list('--tools', ''),
    merge: list('--merge', ''),
    render: value('--render'),
  };
}

/** One scenario: a data set, a round-trip time, what is measured and by whom. */
interface Group {
  scenario: string;
  set: DataSet;
  rttMs: number;
  /** 'no-op push': an untimed first push, then the timed push with nothing changed (tools that have `then`). */
  mode: 'upload' | 'download' | 'health' | 'no-op push';
  tools: Tool[];
  /** After a first push, tools that can push incrementally also do the no-op and 1%-changed pushes. */
  followUps?: boolean;
}

interface ServerPair {
  kind: RealServerKind;
  root: string;
  uid: number;
  gid: number;
  /** By RTT: the server (announcing 127.0.0.2 when proxied) and its proxy. */
  byRtt: Map<number, { server: RunningRealServer; proxy: LatencyProxy | undefined }>;
}

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

async function countFiles(dir: string, suffix = '.bin'): Promise<number> {
  let count = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 0;
    throw error;
  }
  for (const entry of entries) if (entry.isFile() && entry.name.endsWith(suffix)) count += 1;
  return count;
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await execFileAsync('chown', ['-R', `${uid}:${gid}`, path]);
}

class Bench {
  readonly series = new Map<string, Series>();
  readonly counts = new Map<string, ProtocolCount>();
  readonly notes: ScenarioNote[] = [];
  private sequence = 0;

  constructor(
    private readonly options: Options,
    private readonly base: string,
    private readonly pki: BenchPki,
    private readonly node24Path: string,
  ) {}

  key(server: string, rttMs: number, protocol: Protocol, scenario: string, toolId: string): string {
    return `${server}|${rttMs}|${protocol}|${scenario}|${toolId}`;
  }

  private record(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, sample: Sample, scenario = group.scenario): void {
    const key = this.key(pair.kind, group.rttMs, protocol, scenario, tool.id);
    let series = this.series.get(key);
    if (series === undefined) {
      series = {
        server: pair.kind,
        rttMs: group.rttMs,
        protocol,
        scenario,
        toolId: tool.id,
        label: tool.label,
        kind: tool.kind,
        samples: [],
      };
      this.series.set(key, series);
    }
    series.samples.push(sample);
    const seconds = (sample.wallMs / 1000).toFixed(2);
    log(
      `${pair.kind} ${group.rttMs}ms ${protocol} ${scenario} ${tool.label}: ${sample.ok ? `${seconds} s` : `FAILED (${sample.error ?? ''})`}` +
        (sample.peakRssBytes === undefined ? '' : `, ${(sample.peakRssBytes / 1e6).toFixed(0)} MB`),
    );
  }

  endpoint(pair: ServerPair, rttMs: number, protocol: Protocol): Endpoint {
    const entry = pair.byRtt.get(rttMs);
    if (entry === undefined) throw new Error(`no server for ${rttMs} ms`);
    return {
      host: entry.proxy === undefined ? entry.server.host : entry.proxy.host,
      port: entry.server.port,
      user: entry.server.user,
      password: entry.server.password,
      protocol,
      caFile: this.pki.caFile,
      caPem: this.pki.caPem,
    };
  }

  /** Runs one tool once and checks what it left behind. */
  async measure(
    pair: ServerPair,
    group: Group,
    protocol: Protocol,
    tool: Tool,
    run: number,
    setup: {
      localDir: string;
      remoteDir: string;
      verify: () => Promise<string | undefined>;
      debug?: boolean;
      inputs?: Record<string, string>;
    },
  ): Promise<{ sample: Sample; stdoutFile: string; stderrFile: string }> {
    const proxy = pair.byRtt.get(group.rttMs)?.proxy;
    this.sequence += 1;
    const work = join(this.base, 'work', `${this.sequence}-${tool.id}`);
    await mkdir(work, { recursive: true });
    const single = group.set.files.length === 1 ? group.set.files[0]?.path : undefined;
    const context: ToolContext = {
      endpoint: this.endpoint(pair, group.rttMs, protocol),
      work,
      localDir: setup.localDir,
      remoteDir: setup.remoteDir,
      ...(single === undefined ? {} : { file: single }),
      concurrency: this.options.concurrency,
      node24: this.node24Path,
      logPrefix: logPath(work, 'log'),
      timeoutMs: 30 * 60_000,
      debug: setup.debug ?? false,
      ...(setup.inputs === undefined ? {} : { inputs: setup.inputs }),
      files: group.set.files.map((file) => file.path),
      dirs: group.set.dirs,
    };
    const spec = await tool.build(context);
    // Each run starts with nothing left to write back: what earlier runs and
    // the data sets left in the page cache would otherwise be flushed during
    // whichever run came next (512 MiB at a time with the large file).
    await settleDisk();
    // And with what it reads in memory, whichever tool ran before it.
    const input = inputOf(group.mode, setup.localDir, this.remote(pair, setup.remoteDir));
    if (input !== undefined) await warmPageCache(input);
    proxy?.resetStats();
    const spawnAt = performance.now();
    const result = await runMeasured(spec);
    const exitAt = performance.now();
    let error: string | undefined;
    if (result.timedOut) error = 'timed out';
    else if (result.exitCode !== 0)
      error = `exit ${String(result.exitCode ?? result.signal)}: ${(await tailOf(result.stderrFile, 400)) || (await tailOf(result.stdoutFile, 400))}`;
    error ??= await setup.verify();
    const sample: Sample = {
      run,
      ok: error === undefined,
      ...(error === undefined ? {} : { error: error.replace(/\s+/g, ' ').trim() }),
      wallMs: result.wallMs,
      peakRssBytes: result.peakRssBytes,
      ...(proxy === undefined ? {} : { proxy: proxy.stats() }),
      spawnAt,
      exitAt,
    };
    return { sample, stdoutFile: result.stdoutFile, stderrFile: result.stderrFile };
  }

  private remote(pair: ServerPair, remoteDir: string): string {
    return join(pair.root, remoteDir);
  }

  async runUpload(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, run: number, debug = false): Promise<Sample> {
    const remoteDir = `/b/${group.scenario.replace(/\W+/g, '-')}-${protocol}-${tool.id}-${run}${debug ? '-debug' : ''}`;
    const expected = group.set.files.length;
    const verifyAll = async (): Promise<string | undefined> => {
      const found = await countFiles(this.remote(pair, remoteDir));
      return found === expected ? undefined : `${found} of ${expected} files on the server afterwards`;
    };
    const followUp = group.followUps === true && tool.then !== undefined && !debug ? tool.then : undefined;
    const untimed = firstPushUntimed(this.options, group);
    // Tools that push again get a copy of their own to change; ftp-deploy also writes its state file into it.
    const localDir =
      followUp === undefined && tool.id !== 'ftp-deploy' ? group.set.root : join(this.base, 'local', `${this.sequence + 1}-${tool.id}`);
    if (localDir !== group.set.root) await cp(group.set.root, localDir, { recursive: true });
    const firstGroup = untimed && pair.byRtt.has(0) ? { ...group, rttMs: 0 } : group;
    if (untimed) log(`${pair.kind} ${protocol} ${group.scenario} ${tool.label}: first push (untimed, ${firstGroup.rttMs} ms)`);
    const first = await this.measure(pair, firstGroup, protocol, tool, run, { localDir, remoteDir, debug, verify: verifyAll });
    if (debug) await this.keepCount(pair, group, protocol, tool, first.stdoutFile, first.stderrFile);
    if (followUp !== undefined) await this.runFollowUps(pair, group, protocol, followUp, run, first.sample, localDir, remoteDir, verifyAll);
    if (localDir !== group.set.root) await rm(localDir, { recursive: true, force: true });
    await rm(this.remote(pair, remoteDir), { recursive: true, force: true });
    return first.sample;
  }

  /** The no-op push and the push with 1% of the files changed, onto what the first push left. */
  private async runFollowUps(
    pair: ServerPair,
    group: Group,
    protocol: Protocol,
    tool: Tool,
    run: number,
    first: Sample,
    localDir: string,
    remoteDir: string,
    verifyAll: () => Promise<string | undefined>,
  ): Promise<void> {
    if (!first.ok) {
      const failed = { ...first, error: `first push failed: ${first.error ?? ''}` };
      this.record(pair, group, protocol, tool, failed, 'no-op push');
      this.record(pair, group, protocol, tool, failed, '1% changed');
      return;
    }
    // A no-op changes nothing on the server: the 1%-changed push does not need it before.
    if (wanted(this.options, 'no-op push')) {
      const noop = await this.measure(pair, group, protocol, tool, run, { localDir, remoteDir, verify: verifyAll });
      this.record(pair, group, protocol, tool, noop.sample, 'no-op push');
    }
    if (!wanted(this.options, '1% changed')) return;
    // 1% of the files get new content one byte longer (so tools that compare sizes see it too) and a newer time.
    const changed = group.set.files.filter((_, index) => index % 100 === 0);
    const later = new Date(Date.now() + 2000);
    for (const file of changed) {
      const path = join(localDir, file.path);
      await writeFile(path, Buffer.concat([Buffer.from(`changed ${run} `), await readFile(path)]).subarray(0, file.size + 1));
      await utimes(path, later, later);
    }
    const onePercent = await this.measure(pair, group, protocol, tool, run, {
      localDir,
      remoteDir,
      verify: async () => {
        const missing = await verifyAll();
        if (missing !== undefined) return missing;
        for (const file of changed) {
          const remoteSize = (await stat(join(this.remote(pair, remoteDir), file.path))).size;
          if (remoteSize !== file.size + 1) return `${file.path} was not updated on the server`;
        }
        return undefined;
      },
    });
    this.record(pair, group, protocol, tool, onePercent.sample, '1% changed');
  }

  async runDownload(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, run: number, debug = false): Promise<Sample> {
    const localDir = join(this.base, 'downloads', `${this.sequence + 1}-${tool.id}`);
    await mkdir(localDir, { recursive: true });
    const expected = group.set.files.length;
    const { sample, stdoutFile, stderrFile } = await this.measure(pair, group, protocol, tool, run, {
      localDir,
      remoteDir: `/seed/${group.set.name}`,
      debug,
      verify: async () => {
        const found = await countFiles(localDir);
        return found === expected ? undefined : `${found} of ${expected} files downloaded`;
      },
    });
    await rm(localDir, { recursive: true, force: true });
    if (debug) await this.keepCount(pair, group, protocol, tool, stdoutFile, stderrFile);
    return sample;
  }

  async runHealth(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, run: number, debug = false): Promise<Sample> {
    const { sample, stdoutFile, stderrFile } = await this.measure(pair, group, protocol, tool, run, {
      localDir: this.base,
      remoteDir: `/seed/${group.set.name}`,
      debug,
      verify: () => Promise.resolve(undefined),
    });
    if (debug) await this.keepCount(pair, group, protocol, tool, stdoutFile, stderrFile);
    return sample;
  }

  private async keepCount(
    pair: ServerPair,
    group: Group,
    protocol: Protocol,
    tool: Tool,
    stdoutFile: string,
    stderrFile: string,
    scenario = group.scenario,
    files = group.set.files.length,
  ): Promise<void> {
    const text = `${await readFile(stdoutFile, 'utf8')}\n${await readFile(stderrFile, 'utf8')}`;
    this.counts.set(this.key(pair.kind, group.rttMs, protocol, scenario, tool.id), countDebugCommands(text, files, 'debug trace'));
    await writeFile(join(this.base, `trace-${pair.kind}-${scenario.replace(/\W+/g, '-')}-${protocol}-${tool.id}.log`), text);
  }

  /** Trees pushed for a no-op group and kept for its later runs, by server, protocol, scenario and tool. */
  private readonly pushed = new Map<string, { localDir: string; remoteDir: string }>();

  /**
   * A no-op push timed on its own: the tool pushes the set once, untimed,
   * then pushes again with nothing changed, and only that second push is
   * recorded. The first push goes to the server directly when a direct server
   * runs (it only has to leave the tree and the tool's state behind; through
   * the latency proxy it would cost minutes for nothing measured), and its
   * tree is kept for the group's later runs: a no-op leaves the server as it
   * found it, so run 2 measures the same thing run 1 did.
   */
  async runNoOpPush(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, run: number, debug = false): Promise<Sample> {
    const again = tool.then;
    if (again === undefined) throw new Error(`${tool.label} cannot push incrementally`);
    const key = `${pair.kind}|${protocol}|${group.scenario}|${tool.id}`;
    const expected = group.set.files.length;
    const verifyAll = (remoteDir: string) => async (): Promise<string | undefined> => {
      const found = await countFiles(this.remote(pair, remoteDir));
      return found === expected ? undefined : `${found} of ${expected} files on the server afterwards`;
    };
    const discard = async (tree: { localDir: string; remoteDir: string }): Promise<void> => {
      this.pushed.delete(key);
      await rm(tree.localDir, { recursive: true, force: true });
      await rm(this.remote(pair, tree.remoteDir), { recursive: true, force: true });
    };
    let tree = this.pushed.get(key);
    if (tree === undefined) {
      const name = `${group.scenario.replace(/\W+/g, '-')}-${protocol}-${tool.id}-${run}`;
      tree = { localDir: join(this.base, 'local', `${this.sequence + 1}-${name}`), remoteDir: `/b/${name}` };
      // A copy of its own: ftp-deploy writes its state file into the local folder.
      await cp(group.set.root, tree.localDir, { recursive: true });
      const firstGroup = pair.byRtt.has(0) ? { ...group, rttMs: 0 } : group;
      log(`${pair.kind} ${protocol} ${group.scenario} ${tool.label}: first push (untimed, ${firstGroup.rttMs} ms)`);
      const first = await this.measure(pair, firstGroup, protocol, tool, run, { ...tree, verify: verifyAll(tree.remoteDir) });
      if (!first.sample.ok) {
        await discard(tree);
        return { ...first.sample, error: `first push failed: ${first.sample.error ?? ''}` };
      }
      this.pushed.set(key, tree);
    }
    const noop = await this.measure(pair, group, protocol, again, run, { ...tree, debug, verify: verifyAll(tree.remoteDir) });
    if (debug) await this.keepCount(pair, group, protocol, tool, noop.stdoutFile, noop.stderrFile);
    // A failed no-op may have left anything behind: the next run starts from a fresh push.
    if (!noop.sample.ok || debug || run >= this.options.runs) await discard(tree);
    return noop.sample;
  }

  runOne(pair: ServerPair, group: Group, protocol: Protocol, tool: Tool, run: number, debug = false): Promise<Sample> {
    switch (group.mode) {
      case 'upload':
        return this.runUpload(pair, group, protocol, tool, run, debug);
      case 'download':
        return this.runDownload(pair, group, protocol, tool, run, debug);
      case 'health':
        return this.runHealth(pair, group, protocol, tool, run, debug);
      case 'no-op push':
        return this.runNoOpPush(pair, group, protocol, tool, run, debug);
    }
  }

  async runGroup(pair: ServerPair, group: Group, protocol: Protocol, run: number): Promise<void> {
    const untimed = firstPushUntimed(this.options, group);
    for (const tool of group.tools) {
      if (untimed) {
        // Only the follow-ups are measured: tools that cannot push again have nothing to do here.
        if (tool.then !== undefined) await this.runOne(pair, group, protocol, tool, run);
        continue;
      }
      // Quick mode keeps to two minutes: over FTPS only ours, the floor and curl.
      if (this.options.quick && protocol === 'ftps' && tool.kind === 'reference' && tool.id !== 'curl') continue;
      this.record(pair, group, protocol, tool, await this.runOne(pair, group, protocol, tool, run));
    }
  }

  /** One debug run of each of our tools over plain FTP, for the protocol count; not timed. */
  async runDebugCounts(pair: ServerPair, group: Group): Promise<void> {
    for (const tool of group.tools.filter((candidate) => candidate.kind === 'ours')) {
      const sample = await this.runOne(pair, group, 'ftp', tool, 0, true);
      if (!sample.ok) log(`debug run of ${tool.label} failed: ${sample.error ?? ''}`);
    }
  }

  /** Commands per file from the proxy for every tool over plain FTP (median run). */
  proxyCounts(): void {
    for (const [key, series] of this.series) {
      if (series.protocol !== 'ftp') continue;
      const sample = series.samples.find((candidate) => candidate.ok && candidate.proxy !== undefined);
      if (sample?.proxy === undefined) continue;
      const files = this.filesOf(series.scenario);
      this.counts.set(`${key}|proxy`, countProxyCommands(sample.proxy.commands, files));
    }
  }

  readonly filesByScenario = new Map<string, number>();
  filesOf(scenario: string): number {
    return this.filesByScenario.get(scenario) ?? 0;
  }
}

function plan(options: Options, sets: Map<DataSetName, DataSet>, obscured: string): Group[] {
  const groups: Group[] = [];
  const small = sets.get('small');
  const sync = actionAvailable('sync') ? [oursSync] : [];
  // (actionAvailable looks at the repository; the run uses the snapshot taken at start.)
  for (const rttMs of options.rtts) {
    for (const name of ['small', 'mixed'] as const) {
      const set = sets.get(name);
      if (set === undefined) continue;
      const suffix = name === 'small' ? '' : ` (${name})`;
      groups.push({
        scenario: `first push${suffix}`,
        set,
        rttMs,
        mode: 'upload',
        tools: [
          oursUpload(true),
          oursUpload(false),
          ...(name === 'small' ? sync : []),
          ftpDeploy,
          lftpPush,
          rclonePush(obscured),
          floor('store'),
        ],
        followUps: name === 'small',
      });
      groups.push({
        scenario: `download${suffix}`,
        set,
        rttMs,
        mode: 'download',
        tools: [oursDownload, lftpPull, rclonePull(obscured), floor('retrieve')],
      });
    }
    if (small !== undefined) groups.push({ scenario: 'health check', set: small, rttMs, mode: 'health', tools: [oursHealth, curlList] });
  }
  const single = sets.get('large') ?? sets.get('single');
  if (single !== undefined) {
    groups.push({ scenario: 'single file up', set: single, rttMs: 0, mode: 'upload', tools: [oursUpload(true), curlUpload] });
    groups.push({ scenario: 'single file down', set: single, rttMs: 0, mode: 'download', tools: [oursDownload, curlDownload] });
  }
  const many = sets.get('many');
  if (many !== undefined) {
    groups.push({ scenario: 'first push (many)', set: many, rttMs: 0, mode: 'upload', tools: [oursUpload(true), floor('store')] });
    // A deploy of a big site where nothing changed: at the run's RTT, since that is where a no-op's round trips show.
    for (const rttMs of options.rtts) {
      groups.push({ scenario: 'no-op push (many)', set: many, rttMs, mode: 'no-op push', tools: [...sync, ftpDeploy] });
    }
  }
  const followUpWanted = (group: Group): boolean =>
    group.followUps === true && (wanted(options, 'no-op push') || wanted(options, '1% changed'));
  return groups
    .filter((group) => wanted(options, group.scenario) || followUpWanted(group))
    .map((group) =>
      options.tools.length === 0 ? group : { ...group, tools: group.tools.filter((tool) => options.tools.includes(tool.id)) },
    );
}

/** What a run reads: the local tree for pushes, the server's copy for downloads; nothing to speak of for a health check. */
function inputOf(mode: Group['mode'], localDir: string, remoteDir: string): string | undefined {
  switch (mode) {
    case 'upload':
    case 'no-op push':
      return localDir;
    case 'download':
      return remoteDir;
    case 'health':
      return undefined;
  }
}

/** Waits until the kernel has written every dirty page to disk (`sync`). */
async function settleDisk(): Promise<void> {
  await execFileAsync('sync');
}

async function startPair(kind: RealServerKind, root: string, rtts: Set<number>, pki: BenchPki): Promise<ServerPair> {
  const byRtt = new Map<number, { server: RunningRealServer; proxy: LatencyProxy | undefined }>();
  const cert = { certPem: pki.certPem, keyPem: pki.keyPem };
  for (const rttMs of rtts) {
    // TLS optional on the server; every client is told to require it over FTPS.
    // 512 passive ports: at 50 files a second through 64 ports, pure-ftpd soon answers EPSV with
    // 425 "Address already in use" (ports still in TIME_WAIT); real servers have wide ranges too.
    const server = await startRealServer({
      kind,
      tls: 'explicit',
      cert,
      root,
      passivePorts: 512,
      ...(rttMs > 0 ? { passiveAddress: '127.0.0.2' } : {}),
    });
    const proxy =
      rttMs > 0
        ? await startLatencyProxy({
            listenHost: '127.0.0.2',
            targetHost: '127.0.0.1',
            controlPort: server.port,
            passiveRange: server.passiveRange,
            rttMs,
          })
        : undefined;
    byRtt.set(rttMs, { server, proxy });
  }
  const info = await stat(root);
  return { kind, root, uid: info.uid, gid: info.gid, byRtt };
}

async function closePair(pair: ServerPair): Promise<void> {
  for (const { server, proxy } of pair.byRtt.values()) {
    await proxy?.close();
    await server.close();
  }
}

/** Adds the figures of earlier raw reports for what this run did not measure (same server, RTT, protocol, scenario and tool). */
async function mergeEarlier(report: BenchReport, files: readonly string[]): Promise<void> {
  const key = (series: Series): string => `${series.server}|${series.rttMs}|${series.protocol}|${series.scenario}|${series.toolId}`;
  const measuredGroups = new Set(report.series.map((series) => `${series.server}|${series.rttMs}|${series.protocol}|${series.scenario}`));
  for (const file of files) {
    const earlier = JSON.parse(await readFile(file, 'utf8')) as BenchReport;
    // A scenario measured now is taken whole from this run, so its ratios come from one run.
    const kept = earlier.series.filter(
      (series) => !measuredGroups.has(`${series.server}|${series.rttMs}|${series.protocol}|${series.scenario}`),
    );
    const keptKeys = new Set(kept.map(key));
    report.series.push(...kept);
    for (const [countKey, count] of Object.entries(earlier.counts)) {
      if (keptKeys.has(countKey.replace(/\|proxy$/, '')) && report.counts[countKey] === undefined) report.counts[countKey] = count;
    }
    for (const set of earlier.sets) if (!report.sets.some((mine) => mine.name === set.name)) report.sets.push(set);
    report.syncAvailable ||= earlier.syncAvailable;
    report.planScale ??= earlier.planScale;
    report.invocations.push(...(earlier.invocations ?? [`(an earlier run: ${file})`]));
    for (const [action, hash] of Object.entries(earlier.bundles ?? {})) {
      if (report.bundles[action] !== undefined && report.bundles[action] !== hash) {
        report.notes.push({
          scenario: '*',
          note: `${file} was measured with another ${action} bundle (${hash}, now ${report.bundles[action]})`,
        });
      }
    }
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.render !== undefined) {
    const report = JSON.parse(await readFile(options.render, 'utf8')) as BenchReport;
    process.stdout.write(`${await writeReport(report, options.outDir)}\n`);
    return;
  }
  const started = Date.now();
  log('setup: servers, lftp, curl, rclone (bench/setup.sh)');
  const setup = spawnSync('bash', [join(REPO_ROOT, 'bench', 'setup.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (setup.status !== 0) throw new Error('bench/setup.sh failed');
  const node24Path = node24();
  const base = await mkdtemp(join(tmpdir(), 'ftp-actions-bench-'));
  // Searchable by the servers' unprivileged session processes: ProFTPD logs the user in as the test
  // user and refuses (530) a home it cannot reach. Secrets inside are in 0600 files.
  await chmod(base, 0o755);
  log(`working in ${base}`);
  try {
    const bundles: Record<string, string> = {};
    for (const action of ['upload', 'download', 'health', 'sync']) {
      if (actionAvailable(action)) bundles[action] = await snapshotAction(action, join(base, 'bundles'));
    }
    log(`bundles (sha256): ${JSON.stringify(bundles)}`);
    await mkdir(join(base, 'pki'));
    const pki = makeBenchPki(join(base, 'pki'));
    const names = new Set<DataSetName>(options.sets);
    if (options.quick) {
      names.delete('large');
      names.delete('many');
      names.add('single');
    }
    const sets = new Map<DataSetName, DataSet>();
    for (const name of names) {
      const spec = specFor(name, options.quick);
      log(`building data set ${name}: ${spec.description}`);
      sets.set(name, await buildDataSet(join(base, 'data'), spec));
    }
    const bench = new Bench(options, base, pki, node24Path);
    const report: BenchReport = {
      options: { ...options },
      startedAt: new Date(started).toISOString(),
      durationMs: 0,
      sets: [...sets.values()].map((set) => ({ name: set.name, description: set.description, files: set.files.length, bytes: set.bytes })),
      series: [],
      counts: {},
      notes: bench.notes,
      syncAvailable: bundles.sync !== undefined,
      bundles,
      merged: options.merge,
      invocations: [
        `pnpm bench ${process.argv.slice(2).join(' ')} (${new Date(started).toISOString()}, bundles ${JSON.stringify(bundles)})`,
      ],
      machine: { cpus: (await import('node:os')).cpus().length, node24: node24Path },
    };
    for (const kind of options.servers) {
      const root = join(base, `root-${kind}`);
      await mkdir(join(root, 'seed'), { recursive: true });
      await mkdir(join(root, 'b'), { recursive: true });
      for (const set of sets.values()) await cp(set.root, join(root, 'seed', set.name), { recursive: true });
      // A direct server also for untimed first pushes (see firstPushUntimed).
      const direct =
        sets.has('large') ||
        sets.has('single') ||
        sets.has('many') ||
        ((wanted(options, 'no-op push') || wanted(options, '1% changed')) && !wanted(options, 'first push'));
      const rtts = new Set<number>([...options.rtts, ...(direct ? [0] : [])]);
      const pair = await startPair(kind, root, rtts, pki);
      await chownTree(root, pair.uid, pair.gid);
      try {
        const first = pair.byRtt.values().next().value;
        if (first === undefined) throw new Error('no server');
        const obscure = spawnSync('rclone', ['obscure', '-'], { input: first.server.password, encoding: 'utf8' });
        if (obscure.status !== 0) throw new Error(`rclone obscure failed: ${obscure.stderr}`);
        const groups = plan(options, sets, obscure.stdout.trim());
        for (const group of groups) {
          bench.filesByScenario.set(group.scenario, group.set.files.length);
          if (group.followUps === true) {
            bench.filesByScenario.set('no-op push', group.set.files.length);
            bench.filesByScenario.set('1% changed', group.set.files.length);
          }
        }
        for (let run = 1; run <= options.runs; run += 1) {
          for (const protocol of options.protocols) {
            for (const group of groups) await bench.runGroup(pair, group, protocol, run);
          }
        }
        // Quick mode counts commands at the proxy only (the same commands a debug trace shows).
        if (!options.quick) {
          log('protocol traces (log-level debug, plain FTP, not timed)');
          // Not for the no-op groups: their trees are gone by now, and the proxy counts their commands already.
          // Nor for first pushes run only as the ground for their follow-ups.
          for (const group of groups)
            if (group.rttMs > 0 && group.mode !== 'no-op push' && !firstPushUntimed(options, group))
              await bench.runDebugCounts(pair, group);
        }
      } finally {
        await closePair(pair);
      }
    }
    if (wanted(options, 'plan at scale')) {
      log(`the plan at scale: ${planScaleSizes.map(String).join(', ')} files`);
      report.planScale = await measurePlanScale(node24Path, options.runs);
    }
    bench.proxyCounts();
    report.series = [...bench.series.values()];
    report.counts = Object.fromEntries(bench.counts);
    await mergeEarlier(report, options.merge);
    report.durationMs = Date.now() - started;
    const table = await writeReport(report, options.outDir);
    process.stdout.write(`${table}\n`);
    log(`wrote ${join(options.outDir, 'latest.md')} and latest.svg in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (options.keep) log(`kept ${base}`);
    else await rm(base, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
