/**
 * How each tool is started for each kind of measurement: the actions'
 * bundles under Node 24 the way the runner starts them, the reference tools
 * (ftp-deploy, lftp, rclone, curl) and the raw-socket floor. Every tool
 * trusts the bench's CA; none turns certificate checks off.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chmod, cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionYml, type ActionYml } from '@ftp-actions/test-servers';
import { parse } from 'yaml';
import type { FloorConfig } from './floor.js';
import type { RunSpec } from './run-process.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Protocol = 'ftp' | 'ftps';

export interface Endpoint {
  /** 127.0.0.2 through the latency proxy, 127.0.0.1 direct. */
  host: string;
  port: number;
  user: string;
  password: string;
  protocol: Protocol;
  caFile: string;
  caPem: string;
}

export interface ToolContext {
  endpoint: Endpoint;
  /** Scratch folder of this measurement: configs, logs, the action's output files. */
  work: string;
  /** Local side: the data to send, or where downloads go. */
  localDir: string;
  /** Remote side, absolute: where uploads go or downloads come from. */
  remoteDir: string;
  /** For single-file tools: the file's path relative to localDir/remoteDir. */
  file?: string;
  concurrency: number;
  node24: string;
  logPrefix: string;
  timeoutMs: number;
  /** Our actions with log-level debug (for the protocol count). */
  debug?: boolean;
  /** Extra inputs for our actions (atomic, direction…). */
  inputs?: Record<string, string>;
  /** For the floor: the files and folders of the set. */
  files?: readonly string[];
  dirs?: readonly string[];
}

export type ToolKind = 'ours' | 'reference' | 'floor';

export interface Tool {
  id: string;
  label: string;
  kind: ToolKind;
  build(context: ToolContext): Promise<RunSpec>;
  /**
   * For tools that can push again incrementally: the tool that does the
   * no-op push and the 1%-changed push onto what this one pushed first.
   */
  then?: Tool;
}

const BASE_ENV = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
  LANG: 'C.UTF-8',
});

export function actionAvailable(action: string): boolean {
  return existsSync(join(REPO_ROOT, 'actions', action, 'dist', 'index.js'));
}

/**
 * Where each action's bundle is run from: a copy taken when the bench
 * starts, so that a rebuild of dist/ during a long run (another build, a
 * checkout) neither breaks a measurement nor mixes two versions in one table.
 */
const snapshots = new Map<string, string>();

/** Copies actions/<name>/dist and action.yml aside; returns the SHA-256 of the bundle. */
export async function snapshotAction(action: string, dir: string): Promise<string> {
  const target = join(dir, action);
  await cp(join(REPO_ROOT, 'actions', action, 'dist'), join(target, 'dist'), { recursive: true });
  await cp(join(REPO_ROOT, 'actions', action, 'action.yml'), join(target, 'action.yml'));
  snapshots.set(action, target);
  return createHash('sha256')
    .update(await readFile(join(target, 'dist', 'index.js')))
    .digest('hex')
    .slice(0, 12);
}

async function actionYml(action: string): Promise<ActionYml> {
  const snapshot = snapshots.get(action);
  if (snapshot === undefined) return readActionYml(action);
  return parse(await readFile(join(snapshot, 'action.yml'), 'utf8')) as ActionYml;
}

function actionMain(action: string, yml: ActionYml): string {
  return join(snapshots.get(action) ?? join(REPO_ROOT, 'actions', action), yml.runs.main);
}

/** Our action's bundle with INPUT_* variables, action.yml defaults filled in, as the runner does. */
function ourAction(action: string, id: string, label: string, inputsFor: (context: ToolContext) => Record<string, string>): Tool {
  return {
    id,
    label,
    kind: 'ours',
    async build(context) {
      const yml = await actionYml(action);
      const { endpoint } = context;
      const wanted: Record<string, string> = {
        server: endpoint.host,
        port: String(endpoint.port),
        username: endpoint.user,
        password: endpoint.password,
        protocol: endpoint.protocol,
        'tls-ca': endpoint.protocol === 'ftps' ? endpoint.caPem : '',
        concurrency: String(context.concurrency),
        'log-level': context.debug === true ? 'debug' : 'info',
        ...inputsFor(context),
        ...context.inputs,
      };
      const outputFile = join(context.work, 'github-output');
      const summaryFile = join(context.work, 'github-summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env: Record<string, string> = {
        ...BASE_ENV(),
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_WORKSPACE: context.work,
        RUNNER_TEMP: context.work,
        GITHUB_ACTIONS: 'true',
      };
      for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
        const value = wanted[name] ?? spec.default;
        if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      }
      return {
        command: context.node24,
        args: [actionMain(action, yml)],
        env,
        cwd: context.work,
        logPrefix: context.logPrefix,
        timeoutMs: context.timeoutMs,
      };
    },
  };
}

export const oursUpload = (atomic: boolean): Tool =>
  ourAction(
    'upload',
    atomic ? 'ours-upload-atomic' : 'ours-upload-inplace',
    atomic ? 'upload (atomic)' : 'upload (atomic: false)',
    (c) => ({
      'local-dir': c.localDir,
      'remote-dir': c.remoteDir,
      atomic: String(atomic),
      ...(c.file === undefined ? {} : { files: c.file }),
    }),
  );

export const oursDownload = ourAction('download', 'ours-download', 'download', (c) => ({
  'local-dir': c.localDir,
  'remote-dir': c.remoteDir,
  ...(c.file === undefined ? {} : { files: c.file }),
}));

export const oursHealth = ourAction('health', 'ours-health', 'health', (c) => ({ path: c.remoteDir }));

const oursSyncBase = ourAction('sync', 'ours-sync', 'sync', (c) => ({
  'local-dir': c.localDir,
  'remote-dir': c.remoteDir,
  direction: 'push',
}));
export const oursSync: Tool = { ...oursSyncBase, then: oursSyncBase };

const ftpDeployBase: Tool = {
  id: 'ftp-deploy',
  label: 'ftp-deploy',
  kind: 'reference',
  build(context) {
    const { endpoint } = context;
    const cli = join(BENCH_ROOT, 'node_modules', '@samkirkland', 'ftp-deploy', 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm install`);
    // The CLI passes flags it does not list (yargs is not strict) through to
    // deploy(): --protocol ftps turns on explicit TLS, as the action's input does.
    // --security strict verifies the certificate; NODE_EXTRA_CA_CERTS trusts our CA.
    return Promise.resolve({
      command: process.execPath,
      args: [
        cli,
        '--server',
        endpoint.host,
        '--port',
        String(endpoint.port),
        '--username',
        endpoint.user,
        '--password',
        endpoint.password,
        '--local-dir',
        `${context.localDir}/`,
        '--server-dir',
        `${context.remoteDir}/`,
        '--protocol',
        endpoint.protocol,
        '--security',
        'strict',
        '--log-level',
        'minimal',
      ],
      env: { ...BASE_ENV(), NODE_EXTRA_CA_CERTS: endpoint.caFile },
      cwd: context.work,
      logPrefix: context.logPrefix,
      timeoutMs: context.timeoutMs,
    });
  },
};

export const ftpDeploy: Tool = { ...ftpDeployBase, then: ftpDeployBase };

function lftpSettings(endpoint: Endpoint): string[] {
  const tls =
    endpoint.protocol === 'ftps'
      ? [
          'set ftp:ssl-force true',
          'set ftp:ssl-protect-data true',
          `set ssl:ca-file "${endpoint.caFile}"`,
          'set ssl:verify-certificate true',
        ]
      : ['set ftp:ssl-allow false'];
  return [...tls, 'set cmd:fail-exit true', 'set net:max-retries 2', 'set net:timeout 30', 'set net:reconnect-interval-base 1'];
}

async function lftpScript(context: ToolContext, command: string): Promise<RunSpec> {
  const { endpoint } = context;
  const script = join(context.work, 'lftp-script');
  // The password goes in a 0600 file rather than on the command line.
  await writeFile(
    script,
    [
      ...lftpSettings(endpoint),
      `open -u "${endpoint.user},${endpoint.password}" -p ${endpoint.port} ${endpoint.host}`,
      command,
      'quit',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  await chmod(script, 0o600);
  return {
    command: 'lftp',
    args: ['-f', script],
    env: BASE_ENV(),
    cwd: context.work,
    logPrefix: context.logPrefix,
    timeoutMs: context.timeoutMs,
  };
}

const lftpPushBase: Tool = {
  id: 'lftp',
  label: 'lftp mirror -R --parallel=8',
  kind: 'reference',
  build: (c) => lftpScript(c, `mirror -R --parallel=${c.concurrency} "${c.localDir}" "${c.remoteDir}"`),
};
export const lftpPush: Tool = { ...lftpPushBase, then: lftpPushBase };

export const lftpPull: Tool = {
  id: 'lftp',
  label: 'lftp mirror --parallel=8',
  kind: 'reference',
  build: (c) => lftpScript(c, `mirror --parallel=${c.concurrency} "${c.remoteDir}" "${c.localDir}"`),
};

/** rclone's on-the-fly remote; the password obscured as rclone requires. */
function rcloneRemote(endpoint: Endpoint, obscured: string, path: string): string {
  const tls = endpoint.protocol === 'ftps' ? ',explicit_tls=true' : '';
  return `:ftp,host=${endpoint.host},port=${endpoint.port},user=${endpoint.user},pass=${obscured}${tls}:${path}`;
}

function rcloneSpec(context: ToolContext, obscured: string, args: string[]): RunSpec {
  // rclone's FTP backend ignores --ca-cert (it builds its own TLS config
  // from the system roots), so the CA is trusted through SSL_CERT_FILE, which
  // Go reads for the system roots. Verification stays on.
  const env = { ...BASE_ENV(), RCLONE_CONFIG: join(context.work, 'rclone.conf'), SSL_CERT_FILE: context.endpoint.caFile };
  return {
    command: 'rclone',
    args: [...args, '--transfers', String(context.concurrency), '--checkers', String(context.concurrency), '-q'],
    env,
    cwd: context.work,
    logPrefix: context.logPrefix,
    timeoutMs: context.timeoutMs,
  };
}

const rcloneVerb = (obscured: string, verb: 'copy' | 'sync'): Tool => ({
  id: `rclone-${verb}`,
  label: `rclone ${verb} --transfers 8`,
  kind: 'reference',
  build: (c) => Promise.resolve(rcloneSpec(c, obscured, [verb, c.localDir, rcloneRemote(c.endpoint, obscured, c.remoteDir)])),
});
/** First push with rclone copy; the no-op and 1% pushes with rclone sync. */
export const rclonePush = (obscured: string): Tool => ({ ...rcloneVerb(obscured, 'copy'), then: rcloneVerb(obscured, 'sync') });

export const rclonePull = (obscured: string): Tool => ({
  id: 'rclone-copy',
  label: 'rclone copy --transfers 8',
  kind: 'reference',
  build: (c) => Promise.resolve(rcloneSpec(c, obscured, ['copy', rcloneRemote(c.endpoint, obscured, c.remoteDir), c.localDir])),
});

async function curlSpec(context: ToolContext, args: string[]): Promise<RunSpec> {
  const { endpoint } = context;
  const config = join(context.work, 'curl-config');
  await writeFile(config, `user = "${endpoint.user}:${endpoint.password}"\n`, { mode: 0o600 });
  const tls = endpoint.protocol === 'ftps' ? ['--ssl-reqd', '--cacert', endpoint.caFile] : [];
  return {
    command: 'curl',
    args: ['-sS', '--fail', '-K', config, ...tls, ...args],
    env: BASE_ENV(),
    cwd: context.work,
    logPrefix: context.logPrefix,
    timeoutMs: context.timeoutMs,
  };
}

const ftpUrl = (endpoint: Endpoint, path: string): string => `ftp://${endpoint.host}:${endpoint.port}${path}`;

export const curlUpload: Tool = {
  id: 'curl',
  label: 'curl -T',
  kind: 'reference',
  build: (c) =>
    curlSpec(c, ['--ftp-create-dirs', '-T', join(c.localDir, c.file ?? ''), ftpUrl(c.endpoint, `${c.remoteDir}/${c.file ?? ''}`)]),
};

export const curlDownload: Tool = {
  id: 'curl',
  label: 'curl -o',
  kind: 'reference',
  build: (c) => curlSpec(c, ['--create-dirs', '-o', join(c.localDir, c.file ?? ''), ftpUrl(c.endpoint, `${c.remoteDir}/${c.file ?? ''}`)]),
};

/** Connect, log in, list: what a health check must do at least. */
export const curlList: Tool = {
  id: 'curl',
  label: 'curl --list-only',
  kind: 'reference',
  build: (c) => curlSpec(c, ['--list-only', '-o', '/dev/null', ftpUrl(c.endpoint, `${c.remoteDir}/`)]),
};

export const floor = (direction: 'store' | 'retrieve'): Tool => ({
  id: 'floor',
  label: 'protocol floor',
  kind: 'floor',
  async build(context) {
    const { endpoint } = context;
    const config: FloorConfig = {
      host: endpoint.host,
      port: endpoint.port,
      user: endpoint.user,
      password: endpoint.password,
      caPem: endpoint.protocol === 'ftps' ? endpoint.caPem : undefined,
      connections: context.concurrency,
      direction,
      remoteRoot: context.remoteDir,
      localRoot: context.localDir,
      files: context.files ?? [],
      dirs: context.dirs ?? [],
    };
    const file = join(context.work, 'floor.json');
    await writeFile(file, JSON.stringify(config), { mode: 0o600 });
    return {
      // Under the Node our actions run on, so both have the same OpenSSL (key shares, TLS speed).
      command: context.node24,
      args: [join(BENCH_ROOT, 'lib', 'floor.js'), file],
      env: BASE_ENV(),
      cwd: context.work,
      logPrefix: context.logPrefix,
      timeoutMs: context.timeoutMs,
    };
  },
});
