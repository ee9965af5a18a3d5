/**
 * The connection inputs every action shares, and the settings they become.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import type { InputIssue } from '../errors.js';
import type { LogLevel } from '../logger.js';
import type { InputSpec, InputValues } from './input-spec.js';
import { boolean, integer, oneOf, requiredText, secondsAsMs, text } from './values.js';

export const protocols = ['ftps', 'ftps-implicit', 'ftp'] as const;
export type Protocol = (typeof protocols)[number];

/** Who opens data connections: the client (passive, EPSV/PASV) or the server (active, EPRT/PORT). */
export const dataModes = ['passive', 'active'] as const;
export type DataMode = (typeof dataModes)[number];

const hostnamePattern =
  /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)*\.?$/;

/** A host name, an IPv4 address or an IPv6 address (brackets allowed). */
const server = () =>
  requiredText().transform((raw, ctx) => {
    const unbracketed = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
    if (isIP(unbracketed) !== 0) return unbracketed;
    if (/^[a-z]+:\/\//i.test(raw)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a host name without a scheme (e.g. "ftp.example.com"), got "${raw}"; choose TLS with the protocol input`,
      });
      return z.NEVER;
    }
    if (/:\d+$/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `expected a host name without a port, got "${raw}"; give the port in the port input` });
      return z.NEVER;
    }
    if (!hostnamePattern.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `expected a host name, an IPv4 or an IPv6 address, got "${raw}"` });
      return z.NEVER;
    }
    return raw;
  });

/** Optional port: '' means the protocol's default, chosen in `toConnectionSettings`. */
const optionalPort = () =>
  z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return undefined;
    const result = integer(1, 65535).safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return result.data;
  });

/** PEM text holding one or more certificates. */
const pemCertificates = () =>
  text().transform((raw, ctx) => {
    if (raw === '') return undefined;
    const blocks = raw.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (blocks === null) {
      ctx.addIssue({ code: 'custom', message: 'expected PEM text starting with "-----BEGIN CERTIFICATE-----"' });
      return z.NEVER;
    }
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.addIssue({ code: 'custom', message: `holds a certificate that cannot be read (${reason})` });
        return z.NEVER;
      }
    }
    return raw;
  });

/** Optional IP address to announce in EPRT/PORT; '' means the control connection's own local address. */
const ipAddress = () =>
  text().transform((raw, ctx) => {
    if (raw === '') return undefined;
    const unbracketed = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
    // Only an address: the server is told where to connect, and a host name
    // would have to be resolved by us to be announced at all.
    if (isIP(unbracketed) === 0) {
      ctx.addIssue({ code: 'custom', message: `expected an IPv4 or IPv6 address (e.g. 203.0.113.7), got ${JSON.stringify(raw)}` });
      return z.NEVER;
    }
    return unbracketed;
  });

/** A SHA-256 fingerprint, with or without colons, normalised to Node's "AB:CD:…" form. */
const sha256Fingerprint = () =>
  text().transform((raw, ctx) => {
    if (raw === '') return undefined;
    const hex = raw.replace(/^sha256[:/]?/i, '').replace(/[:\s]/g, '');
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
      ctx.addIssue({ code: 'custom', message: 'expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed (e.g. "AB:CD:…")' });
      return z.NEVER;
    }
    return hex.toUpperCase().match(/../g)?.join(':') ?? hex.toUpperCase();
  });

/** The inputs every action takes to reach its server. */
export const connectionInputs = {
  server: { required: true, description: 'FTP server: host name, IPv4 or IPv6 address.', schema: server() },
  port: { default: '', description: 'Port of the server. Empty means 21, or 990 for ftps-implicit.', schema: optionalPort() },
  username: { default: 'anonymous', description: 'User name to log in with.', schema: requiredText() },
  password: {
    default: '',
    secret: true,
    description: 'Password, from a repository secret; masked in every log and never printed.',
    schema: z.string(),
  },
  protocol: {
    default: 'ftps',
    description: 'ftps (explicit AUTH TLS), ftps-implicit (TLS from the first byte) or ftp (plain: the password travels in clear).',
    schema: oneOf(protocols),
  },
  'tls-verify': {
    default: 'true',
    description: "Verify the server's TLS certificate. false is allowed but warned about.",
    schema: boolean(),
  },
  'tls-ca': {
    default: '',
    description: 'PEM text of a CA or self-signed certificate to trust; it replaces the system CAs for this server.',
    schema: pemCertificates(),
  },
  'tls-fingerprint': {
    default: '',
    description: "SHA-256 fingerprint of the server's certificate to pin instead of trusting a CA.",
    schema: sha256Fingerprint(),
  },
  timeout: { default: '30', description: 'Seconds to wait for a connection or for any reply.', schema: secondsAsMs(1, 3600) },
  concurrency: { default: '4', description: 'Connections in the pool (1 to 32).', schema: integer(1, 32) },
  retries: {
    default: '3',
    description: 'Attempts after a transient failure, with exponential backoff and jitter (0 to 10).',
    schema: integer(0, 10),
  },
  encoding: {
    default: 'utf8',
    description: 'Encoding of file names on the control channel: utf8 or latin1.',
    schema: oneOf(['utf8', 'latin1'] as const),
  },
  'log-level': {
    default: 'info',
    description: 'info, verbose (a line per file) or debug (the FTP protocol, password shown as ***).',
    schema: oneOf(['info', 'verbose', 'debug'] as const),
  },
  'data-mode': {
    default: 'passive',
    description:
      'passive (the runner connects to the server for each transfer, EPSV/PASV) or active (the server connects back to the runner, EPRT/PORT; needs the runner reachable from the server).',
    schema: oneOf(dataModes),
  },
  'active-address': {
    default: '',
    description:
      "With data-mode active: the IP address the server is told to connect to. Empty means the runner's own address on the control connection; set it when the runner is behind NAT.",
    schema: ipAddress(),
  },
} satisfies Record<string, InputSpec>;

export type ConnectionInputs = typeof connectionInputs;

/** How to reach and talk to the server: the parsed connection inputs. */
export interface ConnectionSettings {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly protocol: Protocol;
  readonly tls: {
    readonly verify: boolean;
    readonly ca: string | undefined;
    readonly fingerprint: string | undefined;
  };
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly retries: number;
  readonly encoding: 'utf8' | 'latin1';
  readonly logLevel: LogLevel;
  readonly dataMode: DataMode;
  /** Announced in EPRT/PORT instead of the control connection's local address (active mode only). */
  readonly activeAddress: string | undefined;
}

/** Conflicts between connection inputs, each naming the input to change. */
export function checkConnectionInputs(values: InputValues<ConnectionInputs>): InputIssue[] {
  const issues: InputIssue[] = [];
  if (values.protocol === 'ftp') {
    for (const name of ['tls-ca', 'tls-fingerprint'] as const) {
      if (values[name] !== undefined)
        issues.push({ input: name, message: 'applies only to protocol ftps or ftps-implicit, but protocol is ftp' });
    }
  }
  if (values['tls-ca'] !== undefined && values['tls-fingerprint'] !== undefined) {
    issues.push({ input: 'tls-fingerprint', message: 'cannot be combined with tls-ca: pin a fingerprint or trust a CA, not both' });
  }
  if (values['active-address'] !== undefined && values['data-mode'] !== 'active') {
    issues.push({ input: 'active-address', message: 'applies only to data-mode: active, but data-mode is passive' });
  }
  return issues;
}

/** Turns parsed connection inputs into `ConnectionSettings`. */
export function toConnectionSettings(values: InputValues<ConnectionInputs>): ConnectionSettings {
  return Object.freeze({
    host: values.server,
    port: values.port ?? (values.protocol === 'ftps-implicit' ? 990 : 21),
    username: values.username,
    password: values.password,
    protocol: values.protocol,
    tls: Object.freeze({ verify: values['tls-verify'], ca: values['tls-ca'], fingerprint: values['tls-fingerprint'] }),
    timeoutMs: values.timeout,
    concurrency: values.concurrency,
    retries: values.retries,
    encoding: values.encoding,
    logLevel: values['log-level'],
    dataMode: values['data-mode'],
    activeAddress: values['active-address'],
  });
}

/** Warnings the user should see about their connection choices (plain FTP, no verification). */
export function connectionWarnings(settings: ConnectionSettings): string[] {
  const warnings: string[] = [];
  if (settings.protocol === 'ftp') {
    warnings.push('protocol is ftp: the password and every file travel unencrypted. Use ftps where the server offers it.');
  } else if (!settings.tls.verify && settings.tls.fingerprint === undefined) {
    warnings.push(
      "tls-verify is false: the server's certificate is not checked, so the connection can be intercepted. Prefer tls-ca or tls-fingerprint.",
    );
  }
  return warnings;
}
