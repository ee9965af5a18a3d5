/**
 * Turns the measured series into bench/results/latest.md (tables, targets,
 * where the time goes), latest.svg (the ratios as bars) and latest.raw.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  commandsPerFile,
  describeVerbs,
  medianSample,
  okSamples,
  stat,
  wallStat,
  type ProtocolCount,
  type Sample,
  type Series,
  type Stat,
} from './measure.js';
import { planScaleLines, type PlanScaleRow } from './plan-scale.js';

export interface ScenarioNote {
  scenario: string;
  note: string;
}

export interface BenchReport {
  options: Record<string, unknown> & { quick: boolean; runs: number; concurrency: number };
  startedAt: string;
  durationMs: number;
  sets: { name: string; description: string; files: number; bytes: number }[];
  series: Series[];
  counts: Record<string, ProtocolCount>;
  notes: ScenarioNote[];
  syncAvailable: boolean;
  machine: { cpus: number; node24: string };
  /** SHA-256 (first 12 hex digits) of each action's dist/index.js as run. */
  bundles: Record<string, string>;
  /** Earlier raw reports merged in (see --merge). */
  merged: string[];
  /** This run's command line first, then those of the runs merged in. */
  invocations: string[];
  /** The plan at scale (see plan-scale.ts), when measured. */
  planScale?: PlanScaleRow[];
}

interface Target {
  scenario: string;
  ours: string;
  versus: string;
  /** Minimum speed-up (their time / ours), or for the floor the maximum of ours / floor. */
  min?: number;
  max?: number;
  text: string;
}

const TARGETS: Target[] = [
  { scenario: 'first push', ours: 'ours-upload-atomic', versus: 'ftp-deploy', min: 6, text: '≥ 6x faster than ftp-deploy' },
  { scenario: 'first push', ours: 'ours-upload-atomic', versus: 'lftp', min: 1.5, text: '≥ 1.5x faster than lftp' },
  { scenario: 'first push', ours: 'ours-upload-atomic', versus: 'rclone-copy', min: 2.5, text: '≥ 2.5x faster than rclone' },
  { scenario: 'first push', ours: 'ours-upload-atomic', versus: 'floor', max: 1.3, text: '≤ 1.3x the floor' },
  { scenario: 'first push', ours: 'ours-upload-inplace', versus: 'lftp', min: 1.8, text: '≥ 1.8x faster than lftp' },
  { scenario: 'first push', ours: 'ours-upload-inplace', versus: 'floor', max: 1.15, text: '≤ 1.15x the floor' },
  { scenario: 'no-op push', ours: 'ours-sync', versus: 'ftp-deploy', min: 1, text: 'no slower than ftp-deploy' },
  { scenario: 'no-op push', ours: 'ours-sync', versus: 'lftp', min: 2, text: '≥ 2x faster than lftp' },
  { scenario: 'no-op push', ours: 'ours-sync', versus: 'rclone-sync', min: 2, text: '≥ 2x faster than rclone' },
  // ftp-deploy's no-op reads one state file and hashes locally; ours must not fall far behind it on a big tree.
  { scenario: 'no-op push (many)', ours: 'ours-sync', versus: 'ftp-deploy', min: 1 / 1.5, text: '≤ 1.5x ftp-deploy’s time (ratio ≥ 0.67)' },
  { scenario: '1% changed', ours: 'ours-sync', versus: 'ftp-deploy', min: 3, text: '≥ 3x faster than ftp-deploy' },
  { scenario: 'download', ours: 'ours-download', versus: 'lftp', min: 1, text: 'faster than lftp' },
  { scenario: 'download', ours: 'ours-download', versus: 'rclone-copy', min: 2, text: '≥ 2x faster than rclone' },
  { scenario: 'download', ours: 'ours-download', versus: 'floor', max: 1.25, text: '≤ 1.25x the floor' },
  { scenario: 'single file up', ours: 'ours-upload-atomic', versus: 'curl', min: 0.85, text: '≥ 0.85 of curl’s throughput' },
  { scenario: 'single file down', ours: 'ours-download', versus: 'curl', min: 0.85, text: '≥ 0.85 of curl’s throughput' },
];

const SYNC_SCENARIOS = ['no-op push', '1% changed', 'no-op push (many)'];

const seconds = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const fmtStat = (value: Stat | undefined): string =>
  value === undefined
    ? '—'
    : value.n === 1
      ? seconds(value.median)
      : `${seconds(value.median)} (${seconds(value.min)}–${seconds(value.max)})`;
const ratioText = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(2)}x`);

function groupKey(series: Series): string {
  return `${series.server}|${series.rttMs}|${series.protocol}|${series.scenario}`;
}

function bytesOf(report: BenchReport, scenario: string): number {
  const name =
    /\((\w+)\)/.exec(scenario)?.[1] ??
    (scenario.startsWith('single') ? (report.sets.find((set) => set.name === 'large' || set.name === 'single')?.name ?? 'small') : 'small');
  return report.sets.find((set) => set.name === name)?.bytes ?? 0;
}

function filesOf(report: BenchReport, scenario: string): number {
  const name =
    /\((\w+)\)/.exec(scenario)?.[1] ??
    (scenario.startsWith('single') ? (report.sets.find((set) => set.name === 'large' || set.name === 'single')?.name ?? 'small') : 'small');
  return report.sets.find((set) => set.name === name)?.files ?? 0;
}

/** Their median time over ours: how many times faster we are (> 1 is better). */
function speedup(ours: Series | undefined, theirs: Series | undefined): number | undefined {
  const a = wallStat(ours)?.median;
  const b = wallStat(theirs)?.median;
  return a === undefined || b === undefined || a === 0 ? undefined : b / a;
}

function find(report: BenchReport, server: string, rttMs: number, protocol: string, scenario: string, toolId: string): Series | undefined {
  return report.series.find(
    (series) =>
      series.server === server &&
      series.rttMs === rttMs &&
      series.protocol === protocol &&
      series.scenario === scenario &&
      series.toolId === toolId,
  );
}

function countFor(report: BenchReport, series: Series): ProtocolCount | undefined {
  const key = `${series.server}|${series.rttMs}|ftp|${series.scenario}|${series.toolId}`;
  return report.counts[key] ?? report.counts[`${key}|proxy`];
}

function connections(sample: Sample | undefined): string {
  const proxy = sample?.proxy;
  if (proxy === undefined) return '—';
  return `${proxy.controlConnections} + ${proxy.dataConnections}`;
}

function rssText(series: Series): string {
  const value = stat(okSamples(series).flatMap((sample) => (sample.peakRssBytes === undefined ? [] : [sample.peakRssBytes])));
  return value === undefined ? '—' : `${(value.max / 1e6).toFixed(0)}`;
}

/** Connections that carried transfers: counted on plain FTP, else the control connections (at most the concurrency). */
function activeConnections(proxy: NonNullable<Sample['proxy']>, concurrency: number, files: number): number {
  const busy = proxy.transfersPerControl.filter((count) => count > 0).length;
  if (proxy.encryptedControls === 0 && busy > 0) return busy;
  return Math.max(1, Math.min(proxy.controlConnections, concurrency, files));
}

interface Phases {
  startupMs: number;
  setupMs: number;
  transferMs: number;
  tailMs: number;
  rttPerFile: number | undefined;
}

/** Where a run's wall time went, from the proxy's timeline (same clock as spawn and exit). */
function phases(sample: Sample | undefined, rttMs: number, files: number, concurrency: number): Phases | undefined {
  const proxy = sample?.proxy;
  if (
    sample === undefined ||
    proxy?.firstControlAt === undefined ||
    proxy.firstDataAt === undefined ||
    proxy.lastDataClosedAt === undefined
  )
    return undefined;
  const transferMs = proxy.lastDataClosedAt - proxy.firstDataAt;
  return {
    startupMs: proxy.firstControlAt - sample.spawnAt,
    setupMs: proxy.firstDataAt - proxy.firstControlAt,
    transferMs,
    tailMs: sample.exitAt - proxy.lastDataClosedAt,
    rttPerFile: rttMs > 0 && files > 0 ? (transferMs * activeConnections(proxy, concurrency, files)) / files / rttMs : undefined,
  };
}

function resultsTables(report: BenchReport): string[] {
  const lines: string[] = [];
  const groups = new Map<string, Series[]>();
  for (const series of report.series) groups.set(groupKey(series), [...(groups.get(groupKey(series)) ?? []), series]);
  let heading = '';
  for (const [, members] of groups) {
    const first = members[0];
    if (first === undefined) continue;
    const title = `### ${first.server}, ${first.rttMs === 0 ? 'no added latency (direct)' : `${first.rttMs} ms round trip`}`;
    if (title !== heading) {
      heading = title;
      lines.push('', title, '');
      lines.push(
        '| scenario | protocol | tool | time s, median (min–max) | MB/s | ours is … faster | conns (control + data) | cmds/file | peak RSS MB | failed runs |',
      );
      lines.push('|---|---|---|---|---|---|---|---|---|---|');
    }
    const ours = members.filter((series) => series.kind === 'ours');
    for (const series of members) {
      const wall = wallStat(series);
      const bytes = bytesOf(report, series.scenario);
      const throughput = wall === undefined || bytes === 0 ? '—' : (bytes / 1e6 / (wall.median / 1000)).toFixed(1);
      let versus = '';
      if (series.kind === 'floor') {
        versus = ours.map((mine) => `${mine.label}: ${ratioText(speedup(series, mine))} the floor's time`).join('; ');
      } else if (series.kind === 'reference') {
        versus = ours.map((mine) => `${mine.label}: ${ratioText(speedup(mine, series))}`).join('; ');
      }
      const failed = series.samples.filter((sample) => !sample.ok);
      const count = countFor(report, series);
      const perFile = commandsPerFile(count);
      lines.push(
        `| ${series.scenario} | ${series.protocol} | ${series.kind === 'ours' ? `**${series.label}**` : series.label} | ${fmtStat(wall)} | ${throughput} | ${versus} | ${connections(medianSample(series))} | ${perFile === undefined ? '—' : perFile.toFixed(2)} | ${rssText(series)} | ${failed.length === 0 ? '' : `${failed.length}: ${(failed[0]?.error ?? '').slice(0, 160)}`} |`,
      );
    }
  }
  return lines;
}

interface Evaluated {
  target: Target;
  server: string;
  rttMs: number;
  protocol: string;
  value: number | undefined;
  met: boolean | undefined;
}

function evaluate(report: BenchReport): Evaluated[] {
  const out: Evaluated[] = [];
  const servers = [...new Set(report.series.map((series) => series.server))];
  const rtts = [...new Set(report.series.map((series) => series.rttMs))];
  for (const server of servers) {
    for (const rttMs of rtts) {
      for (const protocol of ['ftp', 'ftps']) {
        for (const target of TARGETS) {
          const single = target.scenario.startsWith('single');
          if (single !== (rttMs === 0)) continue;
          if (!single && rttMs !== 40) continue;
          const ours = find(report, server, rttMs, protocol, target.scenario, target.ours);
          const theirs = find(report, server, rttMs, protocol, target.scenario, target.versus);
          if (ours === undefined && theirs === undefined) continue;
          let value: number | undefined;
          let met: boolean | undefined;
          if (target.max !== undefined) {
            value = speedup(theirs, ours);
            met = value === undefined ? undefined : value <= target.max;
          } else {
            value = speedup(ours, theirs);
            met = value === undefined || target.min === undefined ? undefined : value >= target.min;
          }
          out.push({ target, server, rttMs, protocol, value, met });
        }
      }
    }
  }
  return out;
}

function targetsTable(report: BenchReport, evaluated: Evaluated[]): string[] {
  const lines = ['| server | scenario | ours | target | plain FTP | FTPS |', '|---|---|---|---|---|---|'];
  const seen = new Set<string>();
  for (const entry of evaluated) {
    const key = `${entry.server}|${entry.target.scenario}|${entry.target.ours}|${entry.target.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = (protocol: string): string => {
      const match = evaluated.find(
        (other) =>
          other.server === entry.server && other.target === entry.target && other.protocol === protocol && other.rttMs === entry.rttMs,
      );
      if (match === undefined || match.value === undefined) return '—';
      const unit = match.target.max !== undefined ? "x the floor's time" : 'x';
      return `${match.value.toFixed(2)}${unit} ${match.met === true ? '✅' : '❌'}`;
    };
    const oursLabel = report.series.find((series) => series.toolId === entry.target.ours)?.label ?? entry.target.ours;
    lines.push(`| ${entry.server} | ${entry.target.scenario} | ${oursLabel} | ${entry.target.text} | ${cell('ftp')} | ${cell('ftps')} |`);
  }
  // Protocol counts and memory, from the traces.
  for (const [key, count] of Object.entries(report.counts)) {
    if (count.source !== 'debug trace') continue;
    const [server, , , scenario, toolId] = key.split('|');
    if (scenario !== 'first push' || toolId?.startsWith('ours-upload') !== true) continue;
    const perFile = commandsPerFile(count, true);
    const all = commandsPerFile(count);
    const limit = toolId === 'ours-upload-atomic' ? 4 : 2;
    const oursLabel = report.series.find((series) => series.toolId === toolId)?.label ?? toolId ?? '';
    lines.push(
      `| ${server ?? ''} | first push | ${oursLabel} | FTP commands per file ≤ ${limit} (login and per-folder MKD/MLST excluded) | ${perFile === undefined ? '—' : `${perFile.toFixed(2)} ${perFile <= limit ? '✅' : '❌'}`} (all but login: ${all?.toFixed(2) ?? '—'}; ${describeVerbs(count)}) | same commands, encrypted |`,
    );
  }
  for (const series of report.series) {
    if (series.scenario !== 'first push' || !series.toolId.startsWith('ours-upload') || series.rttMs !== 40) continue;
    const files = filesOf(report, series.scenario);
    const value = phases(medianSample(series), series.rttMs, files, Number(report.options.concurrency))?.rttPerFile;
    if (value === undefined) continue;
    const atomic = series.toolId === 'ours-upload-atomic';
    const floorSeries = find(report, series.server, series.rttMs, series.protocol, series.scenario, 'floor');
    const floorValue = phases(medianSample(floorSeries), series.rttMs, files, Number(report.options.concurrency))?.rttPerFile;
    const limit = atomic ? 4 : 3.5;
    lines.push(
      `| ${series.server} | first push | ${series.label} | round trips per file ≤ ${limit} (${atomic ? '3.5 + 0.5 for the rename' : 'plain'}), over ${series.protocol} | ${series.protocol === 'ftp' ? `${value.toFixed(2)} ${value <= limit ? '✅' : '❌'} (floor ${floorValue?.toFixed(2) ?? '—'})` : '—'} | ${series.protocol === 'ftps' ? `${value.toFixed(2)} ${value <= limit ? '✅' : '❌'} (floor ${floorValue?.toFixed(2) ?? '—'})` : '—'} |`,
    );
  }
  for (const series of report.series) {
    if (series.scenario !== 'first push (many)' || series.kind !== 'ours') continue;
    const rss = stat(okSamples(series).flatMap((sample) => (sample.peakRssBytes === undefined ? [] : [sample.peakRssBytes])));
    lines.push(
      `| ${series.server} | first push (many) | ${series.label} | peak RSS ≤ 200 MB, ${series.protocol} | ${rss === undefined ? '—' : `${(rss.max / 1e6).toFixed(0)} MB ${rss.max <= 200e6 ? '✅' : '❌'}`} | |`,
    );
  }
  return lines;
}

function timeGoesTable(report: BenchReport): string[] {
  const lines = [
    '| server | scenario | protocol | tool | wall s | start-up (spawn → first connect) | setup (first connect → first data connection) | transfers (first → last data connection) | tail (last data → exit) | round trips per file per connection, transfer phase | transfers per connection (min–max) | login commands per connection |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const concurrency = Number(report.options.concurrency);
  for (const series of report.series) {
    if (series.rttMs === 0) continue;
    const sample = medianSample(series);
    const files = filesOf(report, series.scenario);
    const phase = phases(sample, series.rttMs, files, concurrency);
    if (phase === undefined || sample === undefined) continue;
    const per = sample.proxy?.transfersPerControl ?? [];
    const count = countFor(report, series);
    const loginPerConnection =
      count !== undefined && sample.proxy !== undefined && sample.proxy.controlConnections > 0 && series.protocol === 'ftp'
        ? (
            count.loginCommands / Math.max(1, count.source === 'proxy' ? sample.proxy.controlConnections : sample.proxy.controlConnections)
          ).toFixed(1)
        : '—';
    lines.push(
      `| ${series.server} | ${series.scenario} | ${series.protocol} | ${series.label} | ${seconds(sample.wallMs)} | ${seconds(phase.startupMs)} | ${seconds(phase.setupMs)} | ${seconds(phase.transferMs)} | ${seconds(phase.tailMs)} | ${phase.rttPerFile?.toFixed(2) ?? '—'} | ${series.protocol === 'ftp' && per.length > 0 ? `${Math.min(...per)}–${Math.max(...per)} over ${per.length}` : '—'} | ${loginPerConnection} |`,
    );
  }
  return lines;
}

function commandsTable(report: BenchReport): string[] {
  const lines = [
    '| server | scenario | tool | source | commands per file (login excluded) | by verb, per file | login commands, total |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [key, count] of Object.entries(report.counts)) {
    const [server, , , scenario, toolId] = key.split('|');
    const label = report.series.find((series) => series.toolId === toolId)?.label ?? toolId ?? '';
    const perFile = commandsPerFile(count);
    lines.push(
      `| ${server ?? ''} | ${scenario ?? ''} | ${label} | ${count.source} | ${perFile === undefined ? '—' : perFile.toFixed(2)} | ${describeVerbs(count)} | ${count.loginCommands} |`,
    );
  }
  return lines;
}

/** Bars of every ratio against its target: green met, red missed, grey no target. */
export function renderSvg(evaluated: Evaluated[]): string {
  const rows = [
    ...evaluated
      .filter((entry) => entry.value !== undefined)
      .map((entry) => ({
        label: `${entry.target.scenario} · ${entry.protocol} · ${entry.target.ours.replace('ours-', '')} ${entry.target.max !== undefined ? '÷ floor' : `vs ${entry.target.versus}`}${entry.server === 'pure-ftpd' ? '' : ` · ${entry.server}`}`,
        value: entry.value ?? 0,
        target: entry.target.max ?? entry.target.min,
        better: entry.target.max !== undefined ? 'lower' : 'higher',
        met: entry.met,
      })),
  ];
  const width = 980;
  const left = 430;
  const barHeight = 18;
  const gap = 6;
  const top = 50;
  const height = top + rows.length * (barHeight + gap) + 40;
  const maxValue = Math.max(2, ...rows.map((row) => row.value), ...rows.map((row) => row.target ?? 0)) * 1.1;
  const x = (value: number): number => left + (value / maxValue) * (width - left - 60);
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">ftp-actions bench: ratios at 40 ms round trip (single files: direct)</text>`,
    `<text x="10" y="38" fill="#555">"vs X": X's time ÷ ours (higher is better). "÷ floor": ours ÷ the raw-socket floor (lower is better). Black tick: target.</text>`,
  ];
  rows.forEach((row, index) => {
    const y = top + index * (barHeight + gap);
    const color = row.met === undefined ? '#9e9e9e' : row.met ? '#2e7d32' : '#c62828';
    parts.push(`<text x="${left - 8}" y="${y + 13}" text-anchor="end">${escape(row.label)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(row.value) - left).toFixed(1)}" height="${barHeight}" fill="${color}"/>`);
    parts.push(`<text x="${(x(row.value) + 4).toFixed(1)}" y="${y + 13}">${row.value.toFixed(2)}x</text>`);
    if (row.target !== undefined) {
      const tx = x(row.target).toFixed(1);
      parts.push(`<line x1="${tx}" x2="${tx}" y1="${y - 2}" y2="${y + barHeight + 2}" stroke="black" stroke-width="2"/>`);
    }
  });
  const one = x(1).toFixed(1);
  parts.push(`<line x1="${one}" x2="${one}" y1="${top - 4}" y2="${height - 30}" stroke="#555" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${one}" y="${height - 16}" text-anchor="middle" fill="#555">1x</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** Numbers-first notes on where our time goes, written from this run's figures. */
function analysis(report: BenchReport): string[] {
  const lines: string[] = [];
  const concurrency = Number(report.options.concurrency);
  const servers = [...new Set(report.series.map((series) => series.server))];
  for (const server of servers) {
    for (const rttMs of [...new Set(report.series.filter((series) => series.rttMs > 0).map((series) => series.rttMs))]) {
      for (const protocol of ['ftp', 'ftps']) {
        const get = (scenario: string, toolId: string): { series: Series | undefined; phase: Phases | undefined } => {
          const series = find(report, server, rttMs, protocol, scenario, toolId);
          return { series, phase: phases(medianSample(series), rttMs, filesOf(report, scenario), concurrency) };
        };
        const floorUp = get('first push', 'floor');
        const atomic = get('first push', 'ours-upload-atomic');
        const inplace = get('first push', 'ours-upload-inplace');
        const floorDown = get('download', 'floor');
        const down = get('download', 'ours-download');
        if (floorUp.phase === undefined || atomic.phase === undefined) continue;
        const rt = (ms: number): string => `${(ms / rttMs).toFixed(1)} RTT`;
        const describe = (label: string, mine: Phases, floorPhase: Phases, wallMine: number, wallFloor: number): string =>
          `- **${label}** (${server}, ${protocol}, ${rttMs} ms): ${seconds(wallMine)} s against the floor's ${seconds(wallFloor)} s ` +
          `(+${seconds(wallMine - wallFloor)} s). Start-up ${seconds(mine.startupMs)} s vs ${seconds(floorPhase.startupMs)} s; ` +
          `setup ${seconds(mine.setupMs)} s (${rt(mine.setupMs)}) vs ${seconds(floorPhase.setupMs)} s (${rt(floorPhase.setupMs)}); ` +
          `transfers ${seconds(mine.transferMs)} s vs ${seconds(floorPhase.transferMs)} s, that is ${mine.rttPerFile?.toFixed(2) ?? '—'} vs ${floorPhase.rttPerFile?.toFixed(2) ?? '—'} round trips per file per connection ` +
          `(+${((mine.rttPerFile ?? 0) - (floorPhase.rttPerFile ?? 0)).toFixed(2)}); tail ${seconds(mine.tailMs)} s vs ${seconds(floorPhase.tailMs)} s.`;
        const wall = (entry: { series: Series | undefined }): number => medianSample(entry.series)?.wallMs ?? 0;
        lines.push(describe('First push, atomic', atomic.phase, floorUp.phase, wall(atomic), wall(floorUp)));
        if (inplace.phase !== undefined)
          lines.push(describe('First push, atomic: false', inplace.phase, floorUp.phase, wall(inplace), wall(floorUp)));
        if (down.phase !== undefined && floorDown.phase !== undefined)
          lines.push(describe('Download', down.phase, floorDown.phase, wall(down), wall(floorDown)));
      }
    }
  }
  if (lines.length === 0) return [];
  return [
    ...lines,
    '',
    'How to read it. The floor sends STOR (or RETR) while its data connection opens and writes the data as soon as the connection is up: ' +
      'EPSV; connect and STOR together; data and 226: 3 round trips per file on a real link. Our actions do the same: once a session ' +
      'has shown its passive mode works, STOR, RETR and MLSD go out while the data connection opens, and an upload writes its data ' +
      'without waiting for the 150 (over FTPS, pure-ftpd sends 150 only after the data connection’s TLS handshake, so that wait was a ' +
      'whole round trip). An atomic upload sends RNFR, RNTO and the next file’s EPSV in one write after the 226: the rename costs one ' +
      'round trip and the next EPSV none. The latency proxy cannot delay the TCP handshake itself (the kernel completes it on loopback ' +
      'at once), so it charges the connect’s round trip by holding what the client sends on that connection; the floor and our actions ' +
      'are measured alike. Every FTPS data connection pays a TLS handshake; pure-ftpd issues no session tickets, so none is resumed ' +
      '(the floor’s handshakes are full ones too); a full TLS 1.3 handshake is one round trip when the client’s guessed key share is ' +
      'one the server takes. pure-ftpd takes only P-256 and Node guesses X25519, which costs a HelloRetryRequest, one more round trip: ' +
      'our data connections and the floor’s offer first the group the control handshake settled on. Setup is the login (connect, greeting, USER, PASS, FEAT, then TYPE I, OPTS UTF8, and ' +
      'over FTPS PBSZ and PROT in one round trip; AUTH TLS first over FTPS; the floor: USER, PASS, TYPE I, and AUTH, PBSZ, PROT), the ' +
      'check of the base folder and the MKD of every folder, level by level.',
  ];
}

export async function writeReport(report: BenchReport, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const evaluated = evaluate(report);
  const options = report.options;
  const lines: string[] = [
    '# Benchmark results (latest run)',
    '',
    `Run ${report.startedAt}, ${(report.durationMs / 60_000).toFixed(1)} min, ${options.quick ? '**quick mode**' : 'full mode'}: ` +
      `${String(options.runs)} run(s) per figure (median, min–max), concurrency ${String(options.concurrency)}, ` +
      `servers ${JSON.stringify(options.servers)}, round trips ${JSON.stringify(options.rtts)} ms for the many-file scenarios, single files direct. ` +
      `Machine: ${report.machine.cpus} CPUs (client, server, proxy and tools all share them).`,
    '',
    `Bundles run (copied at start; SHA-256 of dist/index.js): ${Object.entries(report.bundles)
      .map(([action, hash]) => `${action} ${hash}`)
      .join(', ')}.` +
      (report.merged.length > 0
        ? ` Scenarios not measured in this invocation come from earlier runs (--merge ${report.merged.join(', ')}).`
        : ''),
    '',
    ...(report.invocations.length > 1
      ? ['Runs that make up this report:', '', ...report.invocations.map((line) => `- \`${line}\``), '']
      : []),
    ...report.notes.map((note) => `> Note: ${note.note}`),
    '',
    'Data sets: ' + report.sets.map((set) => `\`${set.name}\`: ${set.description} (${(set.bytes / 1e6).toFixed(1)} MB)`).join('; ') + '.',
    '',
  ];
  if (options.quick) {
    lines.push(
      '> **Quick mode**: `small` is cut to 80 files of 4 KiB in 2 folders (40 per folder, as in the full set), one run per figure, a 32 MiB file instead of `large`, no `mixed` or `many`; over FTPS only ours, the floor and curl run (the reference tools over plain FTP only); commands are counted at the proxy instead of in a debug run. With 10 files per connection, start-up and login weigh far more than in the full set: use the full run (`pnpm bench`) to judge the targets.',
      '',
    );
  }
  if (!report.syncAvailable) {
    lines.push(
      `> ${SYNC_SCENARIOS.map((scenario) => `\`${scenario}\``).join(' and ')}: **not available yet** (actions/sync/dist/index.js does not exist); they run once it does.`,
      '',
    );
  }
  lines.push('## Targets (issue 6)', '', ...targetsTable(report, evaluated), '', '![ratios](latest.svg)', '');
  lines.push('## Results', ...resultsTables(report), '');
  lines.push(...planScaleLines(report.planScale ?? []));
  lines.push(
    '"ours is … faster": the reference tool\'s median time divided by ours. On floor rows: our median time divided by the floor\'s. ' +
      'Connections and commands are counted by the latency proxy (commands only on plain FTP control connections; over FTPS they are encrypted), ' +
      "except that our own first-push and download counts come from a `log-level: debug` run (`[debug] > ` lines). Peak RSS is GNU time's maximum resident set size of the tool's process.",
    '',
  );
  lines.push('## Where the time goes', '', ...analysis(report), '', ...timeGoesTable(report), '');
  lines.push(
    "Phases come from the latency proxy's clock: start-up is process start to the first control connection (Node start, reading inputs, scanning files); " +
      'setup is login, directory checks and MKD up to the first data connection; transfers run from the first data connection to the last one closing; tail is QUIT and exit. ' +
      'Round trips per file = transfer phase × connections ÷ files ÷ RTT.',
    '',
    '### FTP commands per file',
    '',
    ...commandsTable(report),
    '',
  );
  const markdown = `${lines.join('\n')}\n`;
  await writeFile(join(outDir, 'latest.md'), markdown);
  await writeFile(join(outDir, 'latest.svg'), renderSvg(evaluated));
  await writeFile(join(outDir, 'latest.raw.json'), JSON.stringify(report, null, 1));
  return markdown;
}
