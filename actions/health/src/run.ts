/**
 * Runs the probe and turns its result into outputs and a job summary. The
 * step fails only when the server is not fit and fail-on-error is true.
 */
import {
  CheckFailedError,
  cell,
  probeServer,
  sections,
  table,
  type ActionDeps,
  type ActionResult,
  type ProbeResult,
} from '@ftp-actions/core';
import type { HealthSettings } from './inputs.js';

const round = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : Math.round(ms));

export function healthOutputs(result: ProbeResult): ActionResult['outputs'] {
  const certificate = result.tls?.certificate;
  return {
    ok: result.ok,
    message: result.message,
    'connect-ms': round(result.connectMs),
    'login-ms': round(result.loginMs),
    'list-ms': round(result.listMs),
    'write-ms': round(result.writeMs),
    features: JSON.stringify(result.features),
    'tls-protocol': result.tls?.protocol,
    'tls-cipher': result.tls?.cipher,
    'cert-subject': certificate?.subject,
    'cert-issuer': certificate?.issuer,
    'cert-expires': certificate?.validTo.toISOString(),
    'cert-days-left': result.certDaysLeft,
    system: result.system,
    'working-dir': result.workingDir,
  };
}

const statusMark = { passed: '✅ passed', failed: '❌ failed', skipped: '➖ skipped' } as const;

export function healthSummary(settings: HealthSettings, result: ProbeResult): string {
  const { connection } = settings;
  const where = `${connection.host}:${connection.port}`;
  const verdict = result.ok ? `## ✅ FTP health: ${where} is fit for a deploy` : `## ❌ FTP health: ${where} is not fit for a deploy`;
  const reason = result.ok
    ? undefined
    : [`**Reason:** ${cell(result.message)}`, result.failure?.hint === undefined ? undefined : `**Try:** ${result.failure.hint}`]
        .filter((line) => line !== undefined)
        .join('\n\n');
  const certificate = result.tls?.certificate;
  const measurements = table(
    ['measurement', 'value'],
    [
      ['server', `${where} (${connection.protocol}, user ${connection.username})`],
      ['attempts', result.attemptsUsed],
      ['connect', result.connectMs === undefined ? undefined : `${Math.round(result.connectMs)} ms`],
      ['login', result.loginMs === undefined ? undefined : `${Math.round(result.loginMs)} ms`],
      ['list', result.listMs === undefined ? undefined : `${Math.round(result.listMs)} ms`],
      ['write test', result.writeMs === undefined ? undefined : `${Math.round(result.writeMs)} ms`],
      ['TLS', result.tls === undefined ? undefined : `${result.tls.protocol}, ${result.tls.cipher}`],
      ['certificate subject', certificate?.subject],
      ['certificate issuer', certificate?.issuer],
      [
        'certificate expires',
        certificate === undefined ? undefined : `${certificate.validTo.toISOString()} (${result.certDaysLeft ?? '?'} days left)`,
      ],
      ['system', result.system],
      ['working directory', result.workingDir],
      ['features', result.features.join(', ')],
    ],
  );
  const checks = table(
    ['check', 'result', 'detail'],
    result.steps.map((step) => [step.name, statusMark[step.status], step.detail]),
  );
  return sections(verdict, reason, checks, measurements);
}

/** The step's failure: the one reason, or all of them with the first one's hint. */
function stepFailure(result: ProbeResult): Error {
  if (result.failure !== undefined && result.failure.message === result.message) return result.failure;
  return new CheckFailedError(result.message, result.failure?.hint === undefined ? {} : { hint: result.failure.hint });
}

export async function runHealth(settings: HealthSettings, deps: ActionDeps): Promise<ActionResult> {
  const result = await probeServer(settings.probe, { log: deps.log, now: deps.now });
  for (const step of result.steps) deps.log.info(`${statusMark[step.status]}: ${step.name}: ${step.detail}`);
  if (result.ok) deps.log.info(result.message);
  else if (!settings.failOnError) deps.log.warning(`${result.message} (fail-on-error is false, so the step passes)`);
  return {
    outputs: healthOutputs(result),
    summary: healthSummary(settings, result),
    failure: !result.ok && settings.failOnError ? stepFailure(result) : undefined,
  };
}
