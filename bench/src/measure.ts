/**
 * What one measurement records, and the summary statistics over runs.
 */
import type { ProxyStats } from './latency-proxy.js';
import type { Protocol, ToolKind } from './tools.js';

export interface Sample {
  run: number;
  ok: boolean;
  /** Why it failed: exit code, files missing, the tool's last words. */
  error?: string;
  wallMs: number;
  peakRssBytes: number | undefined;
  /** What the latency proxy saw; absent for direct (0 ms) runs. */
  proxy?: ProxyStats;
  /** performance.now() of spawn and exit, on the proxy's clock. */
  spawnAt: number;
  exitAt: number;
}

/** One tool in one scenario, over one protocol, on one server at one RTT. */
export interface Series {
  server: string;
  rttMs: number;
  protocol: Protocol;
  scenario: string;
  toolId: string;
  label: string;
  kind: ToolKind;
  samples: Sample[];
}

export interface ProtocolCount {
  /** Commands per verb, session setup (login) and QUIT left out. */
  verbs: Record<string, number>;
  /** Session setup commands (USER, PASS, AUTH, PBSZ, PROT, FEAT, TYPE, OPTS, SYST, PWD). */
  loginCommands: number;
  files: number;
  source: string;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(values: readonly number[]): Stat | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

export function okSamples(series: Series | undefined): Sample[] {
  return series?.samples.filter((sample) => sample.ok) ?? [];
}

export function wallStat(series: Series | undefined): Stat | undefined {
  return stat(okSamples(series).map((sample) => sample.wallMs));
}

/** The median sample by wall time (for the phase breakdown of a typical run). */
export function medianSample(series: Series | undefined): Sample | undefined {
  const samples = [...okSamples(series)].sort((a, b) => a.wallMs - b.wallMs);
  return samples[Math.floor((samples.length - 1) / 2)];
}

export const LOGIN_VERBS = new Set(['USER', 'PASS', 'AUTH', 'PBSZ', 'PROT', 'FEAT', 'TYPE', 'OPTS', 'SYST', 'PWD', 'CLNT', 'QUIT']);

/** Counts `[debug] > CMD` lines of a debug log (basic-ftp's protocol trace). */
export function countDebugCommands(log: string, files: number, source: string): ProtocolCount {
  const verbs: Record<string, number> = {};
  let loginCommands = 0;
  for (const line of log.split('\n')) {
    const match = /\[debug\] > (\S+)/.exec(line);
    if (match?.[1] === undefined) continue;
    const verb = match[1].toUpperCase();
    if (LOGIN_VERBS.has(verb)) {
      loginCommands += 1;
      continue;
    }
    verbs[verb] = (verbs[verb] ?? 0) + 1;
  }
  return { verbs, loginCommands, files, source };
}

/** The same count from the proxy's view of a plain control connection. */
export function countProxyCommands(commands: Record<string, number>, files: number): ProtocolCount {
  const verbs: Record<string, number> = {};
  let loginCommands = 0;
  for (const [verb, count] of Object.entries(commands)) {
    if (LOGIN_VERBS.has(verb)) loginCommands += count;
    else verbs[verb] = count;
  }
  return { verbs, loginCommands, files, source: 'proxy' };
}

/** Commands that concern folders, not files: made once per folder, not per file. */
export const FOLDER_VERBS = new Set(['MKD', 'MLST', 'MLSD', 'LIST', 'NLST', 'RMD']);

/** Commands per file, login left out; `perFileOnly` also leaves out the per-folder ones. */
export function commandsPerFile(count: ProtocolCount | undefined, perFileOnly = false): number | undefined {
  if (count === undefined || count.files === 0) return undefined;
  const total = Object.entries(count.verbs)
    .filter(([verb]) => !perFileOnly || !FOLDER_VERBS.has(verb))
    .reduce((sum, [, value]) => sum + value, 0);
  return total / count.files;
}

export function describeVerbs(count: ProtocolCount | undefined): string {
  if (count === undefined || count.files === 0) return '';
  return Object.entries(count.verbs)
    .sort(([, a], [, b]) => b - a)
    .map(([verb, value]) => `${verb} ${(value / count.files).toFixed(value % count.files === 0 ? 0 : 2)}`)
    .join(', ');
}
