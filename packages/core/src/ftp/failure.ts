/**
 * Turns what basic-ftp and Node throw (FTPError with a reply code, socket
 * errors with a `code`, TLS verification errors, plain timeouts) into the
 * pack's error classes, with a message that names the host and a hint.
 */
import { FTPError } from 'basic-ftp';
import { AuthenticationError, ConnectionError, FtpActionError, RemotePathError, TlsError, TransferError } from '../errors.js';

/** Where in a session the failure happened; it decides which error class fits. */
export type FailureStage = 'connect' | 'tls' | 'login' | 'command' | 'path' | 'transfer';

export interface FailureContext {
  readonly host: string;
  readonly port: number;
  readonly stage: FailureStage;
  /** The remote path involved, for path and transfer failures. */
  readonly path?: string;
  readonly timeoutMs?: number;
  readonly username?: string;
}

const certificateCodes: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate is signed by an unknown authority',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate was issued for another host name',
  CERT_REVOKED: 'the certificate has been revoked',
};

const trustHint =
  'If you trust this server, give its CA or self-signed certificate in tls-ca, or pin its SHA-256 fingerprint in tls-fingerprint; tls-verify: false turns checking off (not recommended).';

/** The `code` property Node puts on system and TLS errors, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (typeof error.code === 'string') return error.code;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line of an FTP reply, trimmed for messages. */
function replyText(error: FTPError): string {
  const first = error.message.split('\n')[0] ?? '';
  return `${error.code} ${first.replace(/^\d{3}[ -]/, '').trim()}`.trim();
}

/** Classifies any error thrown while talking to the server. Our own errors pass through unchanged. */
export function toFtpActionError(error: unknown, context: FailureContext): FtpActionError {
  if (error instanceof FtpActionError) return error;
  const where = `${context.host}:${context.port}`;

  if (error instanceof FTPError) {
    const reply = replyText(error);
    const details = { code: error.code, cause: error };
    if (error.code === 421) {
      return new ConnectionError(`${where} closed the session: ${reply}`, {
        ...details,
        hint: 'The server is shutting down or has too many connections; retry later or lower concurrency.',
      });
    }
    switch (context.stage) {
      case 'tls':
        return new TlsError(`${where} does not offer explicit TLS: AUTH TLS was answered "${reply}"`, {
          ...details,
          hint: 'Use protocol ftps-implicit if the server offers implicit TLS (usually on port 990), or protocol ftp only if you accept an unencrypted connection.',
        });
      case 'login':
        return new AuthenticationError(`${where} refused the login as "${context.username ?? ''}": ${reply}`, {
          ...details,
          hint: 'Check the username and password inputs (and that the secret is set for this repository or environment).',
        });
      case 'path':
        return new RemotePathError(context.path ?? '', `${where} refused the remote path "${context.path ?? ''}": ${reply}`, {
          ...details,
          hint: 'Check that the path exists and that this user may use it.',
        });
      case 'transfer':
        return new TransferError(context.path ?? '', `Transfer of "${context.path ?? ''}" failed on ${where}: ${reply}`, details);
      default:
        return new ConnectionError(`${where} answered "${reply}"`, details);
    }
  }

  const code = errorCode(error);
  const message = messageOf(error);
  if (code !== undefined && code in certificateCodes) {
    return new TlsError(`The TLS certificate of ${where} is not trusted: ${certificateCodes[code]} (${code})`, {
      cause: error,
      hint: trustHint,
    });
  }
  if ((code !== undefined && code.startsWith('ERR_SSL')) || /SSL routines|wrong version number|handshake/i.test(message)) {
    return new TlsError(`TLS negotiation with ${where} failed: ${message}`, {
      cause: error,
      hint: 'Check the protocol input: ftps for explicit TLS (usually port 21), ftps-implicit for implicit TLS (usually port 990).',
    });
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new ConnectionError(`Connection to ${where} was refused`, {
        cause: error,
        hint: 'Check the server and port inputs, and that the FTP server is running and reachable from this runner.',
      });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new ConnectionError(`The host name "${context.host}" could not be resolved (${code})`, {
        cause: error,
        hint: 'Check the server input for typos; it takes a host name or address, without ftp://.',
      });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new ConnectionError(`${where} cannot be reached from this runner (${code})`, { cause: error });
    case 'ECONNRESET':
    case 'EPIPE':
      return new ConnectionError(`${where} closed the connection unexpectedly (${code})`, { cause: error });
    default:
      break;
  }
  if (/^Timeout \(/.test(message) || code === 'ETIMEDOUT') {
    const seconds = context.timeoutMs === undefined ? '' : ` within ${context.timeoutMs / 1000} s`;
    return new ConnectionError(`${where} did not answer${seconds} (while ${describeStage(context.stage)})`, {
      cause: error,
      hint: 'The server may be down, overloaded or behind a firewall that drops packets; raise timeout if it is just slow.',
    });
  }
  if (/control response exceeded maximum allowed size/i.test(message)) {
    // basic-ftp's cap on one reply: what a reply that never ends runs into.
    return new ConnectionError(`${where} sent a reply of more than 64 KiB without ending it (while ${describeStage(context.stage)})`, {
      cause: error,
      hint: 'This does not behave like an FTP server; check the server and port inputs.',
    });
  }
  if (/closed connection unexpectedly|sent FIN packet|transmission error/i.test(message)) {
    return new ConnectionError(`${where} closed the connection while ${describeStage(context.stage)}: ${message}`, { cause: error });
  }
  if (context.stage === 'transfer') {
    return new TransferError(context.path ?? '', `Transfer of "${context.path ?? ''}" failed on ${where}: ${message}`, { cause: error });
  }
  return new ConnectionError(`Talking to ${where} failed while ${describeStage(context.stage)}: ${message}`, { cause: error });
}

function describeStage(stage: FailureStage): string {
  switch (stage) {
    case 'connect':
      return 'connecting';
    case 'tls':
      return 'negotiating TLS';
    case 'login':
      return 'logging in';
    case 'path':
      return 'opening a remote path';
    case 'transfer':
      return 'transferring a file';
    default:
      return 'sending a command';
  }
}

const transientReplyCodes = new Set([421, 425, 426, 450, 451, 452]);
const transientSocketCodes = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNABORTED', 'EAI_AGAIN']);

/**
 * True for failures that may pass on a fresh attempt: lost or timed-out
 * connections and the FTP replies that mean "try again" (421, 425, 426, 450,
 * 451, 452). Permanent replies (530, 550, 553…) and TLS trust failures are
 * not retried: repeating them changes nothing.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof AuthenticationError || error instanceof TlsError) return false;
  const cause = error instanceof FtpActionError && error.cause !== undefined ? error.cause : error;
  // Some servers (ftp-srv) answer a transfer whose data connection was reset
  // with a 5xx quoting the socket error ("551 read ECONNRESET"): that is a
  // broken connection, not a refusal, and worth another attempt.
  if (cause instanceof FTPError) return transientReplyCodes.has(cause.code) || /\b(ECONNRESET|EPIPE|ETIMEDOUT)\b/.test(cause.message);
  if (error instanceof ConnectionError && error.code !== undefined) return transientReplyCodes.has(error.code);
  const code = errorCode(cause);
  if (code !== undefined && transientSocketCodes.has(code)) return true;
  const message = messageOf(cause);
  return /^Timeout \(|Client is closed|closed connection unexpectedly|sent FIN packet|transmission error/i.test(message);
}
