/**
 * The health action's inputs: the shared connection inputs plus what the
 * gate checks. action.yml must list exactly these (a test keeps them in step).
 */
import {
  boolean,
  checkConnectionInputs,
  connectionInputs,
  integer,
  list,
  parseInputs,
  remotePath,
  secondsAsMs,
  toConnectionSettings,
  type ConnectionSettings,
  type InputIssue,
  type InputSpec,
  type InputValues,
  type ProbeOptions,
  type RawInputs,
} from '@ftp-actions/core';

export const healthInputs = {
  ...connectionInputs,
  path: {
    default: '',
    description: 'Remote directory that must exist and be listable. Empty means the login directory.',
    schema: remotePath(),
  },
  'write-test': {
    default: 'false',
    description: 'Upload a small probe file to path, read it back, compare, and delete it.',
    schema: boolean(),
  },
  'min-cert-days': {
    default: '0',
    description: 'Fail when the TLS certificate expires in fewer days than this. 0 fails only on an expired certificate.',
    schema: integer(0, 3650),
  },
  'require-features': {
    default: '',
    description: 'Features the server must announce in FEAT, comma or newline separated (e.g. MLSD, MFMT, UTF8).',
    schema: list(),
  },
  attempts: {
    default: '1',
    description: 'Connection attempts before giving up, for a server that is still starting (1 to 100).',
    schema: integer(1, 100),
  },
  'retry-delay': { default: '5', description: 'Seconds to wait between attempts.', schema: secondsAsMs(0, 600) },
  'fail-on-error': {
    default: 'true',
    description: 'Fail the step when the server is not fit. false only sets the outputs (ok is false).',
    schema: boolean(),
  },
} satisfies Record<string, InputSpec>;

export interface HealthSettings {
  readonly connection: ConnectionSettings;
  readonly probe: ProbeOptions;
  readonly failOnError: boolean;
}

function checkHealthInputs(values: InputValues<typeof healthInputs>): InputIssue[] {
  const issues = checkConnectionInputs(values);
  if (values.protocol === 'ftp' && values['min-cert-days'] > 0) {
    issues.push({ input: 'min-cert-days', message: 'needs a TLS certificate, but protocol is ftp' });
  }
  return issues;
}

export function parseHealthInputs(raw: RawInputs): HealthSettings {
  const values = parseInputs(healthInputs, raw, [checkHealthInputs]);
  const connection = toConnectionSettings(values);
  return Object.freeze({
    connection,
    probe: Object.freeze({
      connection,
      path: values.path,
      writeTest: values['write-test'],
      minCertDays: values['min-cert-days'],
      requireFeatures: values['require-features'],
      attempts: values.attempts,
      retryDelayMs: values['retry-delay'],
    }),
    failOnError: values['fail-on-error'],
  });
}
