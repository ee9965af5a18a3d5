/**
 * The health probe: connect, log in, look at the server, optionally prove it
 * accepts a write, and judge whether it is fit for a deploy. Every step is
 * timed; every failure becomes a reason and a fix in the result rather than
 * an exception, so the action can still report what it measured.
 */
import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import type { Client } from 'basic-ftp';
import { CheckFailedError, ConnectionError, FtpActionError, RemotePathError } from '../errors.js';
import { openConnection, type ConnectProgress, type OpenedConnection } from '../ftp/connect.js';
import { toFtpActionError } from '../ftp/failure.js';
import type { TlsDetails } from '../ftp/tls.js';
import type { Logger } from '../logger.js';
import type { ConnectionSettings } from '../settings/connection.js';
import { describeFeatures, missingFeatures } from './features.js';

export interface ProbeOptions {
  readonly connection: ConnectionSettings;
  /** Remote directory that must exist and be listable; '' means the login directory. */
  readonly path: string;
  /** Upload, read back and delete a small probe file in `path`. */
  readonly writeTest: boolean;
  /** Fail when the certificate expires in fewer days than this; 0 fails only when it has expired. */
  readonly minCertDays: number;
  /** Features FEAT must announce, as users write them ("MLSD", "UTF8", "REST STREAM"). */
  readonly requireFeatures: readonly string[];
  /** Connection attempts, for a server that is still coming up. */
  readonly attempts: number;
  readonly retryDelayMs: number;
}

export interface ProbeDeps {
  readonly log: Logger;
  /** Monotonic milliseconds, for timings. */
  readonly now?: () => number;
  /** Wall-clock time, for certificate expiry. */
  readonly today?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type StepStatus = 'passed' | 'failed' | 'skipped';

/** One line of the report: what was checked, how it went, and what it found. */
export interface ProbeStep {
  readonly name: string;
  readonly status: StepStatus;
  readonly detail: string;
}

export interface ProbeResult {
  readonly ok: boolean;
  /** One sentence: the verdict, or every reason the server is not fit. */
  readonly message: string;
  /** The first failure, for its hint and its class. */
  readonly failure: FtpActionError | undefined;
  readonly steps: readonly ProbeStep[];
  readonly attemptsUsed: number;
  readonly connectMs: number | undefined;
  readonly loginMs: number | undefined;
  readonly listMs: number | undefined;
  readonly writeMs: number | undefined;
  readonly features: readonly string[];
  readonly tls: TlsDetails | undefined;
  readonly certDaysLeft: number | undefined;
  readonly system: string | undefined;
  readonly workingDir: string | undefined;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Runs the probe. Never throws for a server problem: the result says what failed. */
export async function probeServer(options: ProbeOptions, deps: ProbeDeps): Promise<ProbeResult> {
  const now = deps.now ?? (() => performance.now());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const steps: ProbeStep[] = [];
  const failures: FtpActionError[] = [];
  const fail = (name: string, error: FtpActionError): void => {
    steps.push({ name, status: 'failed', detail: error.message });
    failures.push(error);
  };
  const where = `${options.connection.host}:${options.connection.port}`;

  const progress: ConnectProgress = {};
  const { connection, attemptsUsed, error: connectError } = await connectWithAttempts(options, deps.log, now, sleep, progress);
  const base = {
    attemptsUsed,
    // When login fails, what the connection got as far as is still worth reporting.
    connectMs: connection?.connectMs ?? progress.connectMs,
    loginMs: connection?.loginMs,
    tls: connection?.tls ?? progress.tls,
    features: connection === undefined ? [] : describeFeatures(connection.features),
  };
  if (connection === undefined) {
    const error = connectError ?? new ConnectionError(`Could not connect to ${where}`);
    fail('connect and log in', error);
    const validTo = base.tls?.certificate?.validTo;
    const certDaysLeft =
      validTo === undefined ? undefined : Math.floor((validTo.getTime() - (deps.today?.() ?? new Date()).getTime()) / dayMs);
    return { ...base, ...emptyFindings, certDaysLeft, ok: false, message: error.message, failure: error, steps };
  }

  const { client } = connection;
  steps.push({
    name: 'connect',
    status: 'passed',
    detail: `${where} in ${Math.round(connection.connectMs)} ms${connection.tls ? `, ${connection.tls.protocol}` : ', no TLS'}`,
  });
  steps.push({ name: 'log in', status: 'passed', detail: `as ${options.connection.username} in ${Math.round(connection.loginMs)} ms` });
  try {
    const system = await readSystem(client);
    const workingDir = await client.pwd();

    const certDaysLeft = checkCertificate(options, connection.tls, deps.today?.() ?? new Date(), steps, fail);
    checkFeatures(options, connection, steps, fail);

    let listMs: number | undefined;
    let writeMs: number | undefined;
    const pathOk = await timed(
      now,
      () => openPath(client, options),
      (ms) => (listMs = ms),
    )
      .then((count) => {
        steps.push({
          name: 'list path',
          status: 'passed',
          detail: `${options.path || workingDir}: ${count} entries in ${Math.round(listMs ?? 0)} ms`,
        });
        return true;
      })
      .catch((error: unknown) => {
        fail(
          'list path',
          toFtpActionError(error, {
            host: options.connection.host,
            port: options.connection.port,
            stage: 'path',
            path: options.path || workingDir,
            timeoutMs: options.connection.timeoutMs,
          }),
        );
        return false;
      });

    if (!options.writeTest) {
      steps.push({ name: 'write test', status: 'skipped', detail: 'write-test is false' });
    } else if (!pathOk) {
      steps.push({ name: 'write test', status: 'skipped', detail: 'the path could not be opened' });
    } else {
      await timed(
        now,
        () => writeProbe(client, options, deps.log),
        (ms) => (writeMs = ms),
      )
        .then(() =>
          steps.push({
            name: 'write test',
            status: 'passed',
            detail: `wrote, read back and deleted a probe file in ${Math.round(writeMs ?? 0)} ms`,
          }),
        )
        .catch((error: unknown) =>
          fail(
            'write test',
            toFtpActionError(error, {
              host: options.connection.host,
              port: options.connection.port,
              stage: 'transfer',
              path: options.path || workingDir,
              timeoutMs: options.connection.timeoutMs,
            }),
          ),
        );
    }

    const ok = failures.length === 0;
    const message = ok ? `${where} is fit for a deploy` : failures.map((failure) => failure.message).join('; ');
    return { ...base, ok, message, failure: failures[0], steps, system, workingDir, certDaysLeft, listMs, writeMs };
  } catch (error) {
    const failure = toFtpActionError(error, { host: options.connection.host, port: options.connection.port, stage: 'command' });
    fail('inspect server', failure);
    return { ...base, ...emptyFindings, ok: false, message: failures.map((item) => item.message).join('; '), failure: failures[0], steps };
  } finally {
    client.close();
  }
}

const emptyFindings = {
  certDaysLeft: undefined,
  system: undefined,
  workingDir: undefined,
  listMs: undefined,
  writeMs: undefined,
} as const;

async function timed<T>(now: () => number, work: () => Promise<T>, record: (ms: number) => void): Promise<T> {
  const started = now();
  try {
    return await work();
  } finally {
    record(now() - started);
  }
}

/** Only connection-level failures are worth waiting for; a wrong password or an untrusted certificate is not. */
function worthAnotherAttempt(error: FtpActionError): boolean {
  return error instanceof ConnectionError;
}

async function connectWithAttempts(
  options: ProbeOptions,
  log: Logger,
  now: () => number,
  sleep: (ms: number) => Promise<void>,
  progress: ConnectProgress,
): Promise<{ connection: OpenedConnection | undefined; attemptsUsed: number; error: FtpActionError | undefined }> {
  let lastError: FtpActionError | undefined;
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    try {
      const connection = await openConnection(options.connection, { log, now, progress });
      return { connection, attemptsUsed: attempt, error: undefined };
    } catch (error) {
      lastError = toFtpActionError(error, { host: options.connection.host, port: options.connection.port, stage: 'connect' });
      if (!worthAnotherAttempt(lastError) || attempt === options.attempts)
        return { connection: undefined, attemptsUsed: attempt, error: lastError };
      log.info(`Attempt ${attempt} of ${options.attempts} failed: ${lastError.message}; trying again in ${options.retryDelayMs / 1000} s`);
      await sleep(options.retryDelayMs);
    }
  }
  return { connection: undefined, attemptsUsed: options.attempts, error: lastError };
}

async function readSystem(client: Client): Promise<string | undefined> {
  const reply = await client.sendIgnoringError('SYST');
  return reply.code < 400 ? reply.message.replace(/^\d{3}[ -]/, '').trim() : undefined;
}

/** Opens the path (CWD proves it exists and is a directory) and lists it. */
async function openPath(client: Client, options: ProbeOptions): Promise<number> {
  if (options.path !== '') await client.cd(options.path);
  const entries = await client.list();
  return entries.length;
}

function checkCertificate(
  options: ProbeOptions,
  tls: TlsDetails | undefined,
  today: Date,
  steps: ProbeStep[],
  fail: (name: string, error: FtpActionError) => void,
): number | undefined {
  if (tls === undefined) {
    steps.push({ name: 'certificate', status: 'skipped', detail: 'protocol is ftp: no TLS' });
    return undefined;
  }
  const certificate = tls.certificate;
  if (certificate === undefined) {
    fail('certificate', new CheckFailedError('The server presented no TLS certificate'));
    return undefined;
  }
  const daysLeft = Math.floor((certificate.validTo.getTime() - today.getTime()) / dayMs);
  const expiry = certificate.validTo.toISOString().slice(0, 10);
  if (daysLeft < 0) {
    fail('certificate', new CheckFailedError(`The TLS certificate expired on ${expiry}`, { hint: 'Renew the certificate on the server.' }));
  } else if (daysLeft < options.minCertDays) {
    fail(
      'certificate',
      new CheckFailedError(
        `The TLS certificate expires on ${expiry}, in ${daysLeft} days, sooner than min-cert-days (${options.minCertDays})`,
        {
          hint: 'Renew the certificate on the server, or lower min-cert-days.',
        },
      ),
    );
  } else {
    steps.push({ name: 'certificate', status: 'passed', detail: `expires ${expiry} (${daysLeft} days left)` });
  }
  return daysLeft;
}

function checkFeatures(
  options: ProbeOptions,
  connection: OpenedConnection,
  steps: ProbeStep[],
  fail: (name: string, error: FtpActionError) => void,
): void {
  if (options.requireFeatures.length === 0) {
    steps.push({ name: 'features', status: 'skipped', detail: 'require-features is empty' });
    return;
  }
  const missing = missingFeatures(connection.features, options.requireFeatures);
  if (missing.length === 0) {
    steps.push({ name: 'features', status: 'passed', detail: `has ${options.requireFeatures.join(', ')}` });
    return;
  }
  const offered = describeFeatures(connection.features);
  fail(
    'features',
    new CheckFailedError(
      `The server lacks required features: ${missing.join(', ')} (FEAT offers ${offered.length === 0 ? 'nothing' : offered.join(', ')})`,
      {
        hint: 'Use a server that offers them, or remove them from require-features.',
      },
    ),
  );
}

/** Writes a probe file, reads it back, compares, deletes it. */
async function writeProbe(client: Client, options: ProbeOptions, log: Logger): Promise<void> {
  const token = randomBytes(8).toString('hex');
  const name = `.ftp-actions-health-${token}.tmp`;
  const content = Buffer.from(`ftp-actions health probe ${token}\n`, 'utf8');
  try {
    await client.uploadFrom(Readable.from([content]), name);
    const readBack = await readFile(client, name);
    if (!readBack.equals(content)) {
      throw new CheckFailedError(
        `The probe file read back from ${options.path || 'the login directory'} differs from what was written (${readBack.length} of ${content.length} bytes)`,
        {
          hint: 'The server corrupts uploads (ASCII mode, a full disk or a broken filter); check its logs.',
        },
      );
    }
  } catch (error) {
    // Whatever failed, the probe may be on the server, whole or in part:
    // remove it, but report the first failure.
    await removeProbeAfterFailure(client, options, name, log);
    throw error;
  }
  await deleteProbe(client, name, log);
}

async function readFile(client: Client, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await client.downloadTo(sink, name);
  return Buffer.concat(chunks);
}

/**
 * Best-effort removal of a probe file after a failed write test, over a
 * fresh connection when the test's own died (a dropped connection would
 * otherwise leave the file behind). Failing to remove it is only a warning.
 */
async function removeProbeAfterFailure(client: Client, options: ProbeOptions, name: string, log: Logger): Promise<void> {
  let fresh: Client | undefined;
  try {
    if (client.closed) {
      fresh = (await openConnection(options.connection, { log })).client;
      if (options.path !== '') await fresh.cd(options.path);
    }
    const reply = await (fresh ?? client).sendIgnoringError(`DELE ${name}`);
    // 550: the upload never created it.
    if (reply.code >= 400 && reply.code !== 550) log.warning(`Could not remove the probe file ${name}: ${reply.code} ${reply.message}`);
  } catch (cleanupError) {
    log.warning(`Could not remove the probe file ${name}: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}`);
  } finally {
    fresh?.close();
  }
}

async function deleteProbe(client: Client, name: string, log: Logger): Promise<void> {
  const reply = await client.sendIgnoringError(`DELE ${name}`);
  if (reply.code >= 400) {
    throw new RemotePathError(name, `The probe file "${name}" was written but could not be deleted: ${reply.code} ${reply.message}`, {
      code: reply.code,
      hint: 'Delete it by hand; the user may write but not delete here, which a sync with delete would need.',
    });
  }
  log.verbose(`Deleted the probe file ${name}`);
}
