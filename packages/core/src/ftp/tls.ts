/**
 * TLS options built from the settings, and what we read back from a live TLS
 * socket (protocol, cipher, certificate) for the health report.
 */
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';
import { TlsError } from '../errors.js';
import type { ConnectionSettings } from '../settings/connection.js';

/** The certificate facts the health gate reports. */
export interface CertificateDetails {
  readonly subject: string;
  readonly issuer: string;
  readonly validTo: Date;
  readonly fingerprint256: string;
}

export interface TlsDetails {
  readonly protocol: string;
  readonly cipher: string;
  readonly certificate: CertificateDetails | undefined;
}

/**
 * Options for `tls.connect`, shared by the control and the data connections.
 * `host` is always set so the certificate is checked against the name the
 * user gave and so data connections can resume the control session (Node
 * binds resumable sessions to the host they were made for).
 */
export function buildTlsOptions(settings: ConnectionSettings): ConnectionOptions {
  const pinned = settings.tls.fingerprint !== undefined;
  return {
    host: settings.host,
    minVersion: 'TLSv1.2',
    // A pinned fingerprint replaces chain verification: it is checked by
    // `checkPinnedFingerprint` before anything, the password included, is sent.
    rejectUnauthorized: settings.tls.verify && !pinned,
    ...(settings.tls.ca === undefined ? {} : { ca: settings.tls.ca }),
  };
}

function describeName(name: PeerCertificate['subject'] | undefined): string {
  if (name === undefined || name === null) return '';
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

/** Reads protocol, cipher and certificate from a connected TLS socket. */
export function readTlsDetails(socket: TLSSocket): TlsDetails {
  const peer = socket.getPeerCertificate();
  const hasCertificate = peer !== null && typeof peer === 'object' && typeof peer.valid_to === 'string';
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher().name,
    certificate: hasCertificate
      ? {
          subject: describeName(peer.subject),
          issuer: describeName(peer.issuer),
          validTo: new Date(peer.valid_to),
          fingerprint256: peer.fingerprint256,
        }
      : undefined,
  };
}

/** Refuses the connection when a pinned fingerprint does not match the server's certificate. */
export function checkPinnedFingerprint(settings: ConnectionSettings, details: TlsDetails): void {
  const expected = settings.tls.fingerprint;
  if (expected === undefined) return;
  const actual = details.certificate?.fingerprint256;
  if (actual?.toUpperCase() !== expected) {
    throw new TlsError(
      `The TLS certificate of ${settings.host}:${settings.port} does not match tls-fingerprint (the server presented ${actual ?? 'no certificate'})`,
      { hint: 'If the server changed its certificate on purpose, update tls-fingerprint; otherwise the connection may be intercepted.' },
    );
  }
}
