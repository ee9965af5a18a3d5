/**
 * Which key-exchange group a server takes in TLS 1.3. A TLS 1.3 client
 * sends key shares for the groups it guesses (Node: X25519, and with
 * OpenSSL 3.5 also the X25519/ML-KEM hybrid); a server that takes neither
 * answers HelloRetryRequest, and the handshake costs one more round trip.
 * pure-ftpd and vsftpd take only P-256, so over FTPS every data connection
 * paid that round trip: a quarter of the time of each small file at 40 ms
 * (measured: 4.2 instead of 3.2 round trips from EPSV to a secured data
 * connection). GnuTLS clients (lftp) send several key shares and never paid
 * it.
 *
 * So the first connection to a server sends a P-256 share as well, where
 * OpenSSL can (3.5, Node 24); every later handshake with that server, data
 * connections included, offers first the group the first one settled on.
 */
import { createSecureContext, type ConnectionOptions, type SecureContext, type TLSSocket } from 'node:tls';

/**
 * OpenSSL 3.5's default groups, with a key share for P-256 too (`*`); `?`
 * skips a group this OpenSSL does not know. Older OpenSSL refuses the
 * syntax, and the first handshake there may pay the retry.
 */
const BOTH_GUESSES = '?*X25519MLKEM768 / ?*X25519:?*secp256r1 / ?X448:?secp384r1:?secp521r1 / ?ffdhe2048:?ffdhe3072';
/** What follows a learned group, so a server that changes its mind still finds a common one. */
const FALLBACK_GROUPS = ['X25519', 'prime256v1', 'secp384r1', 'secp521r1'];

/** Group lists by whether this OpenSSL takes them. */
const acceptedLists = new Map<string, boolean>();

function accepted(list: string): boolean {
  let known = acceptedLists.get(list);
  if (known === undefined) {
    try {
      // An empty CA list: without one, Node loads its bundled root
      // certificates into the probe's context (4 to 8 ms under Node 24),
      // which only checks that OpenSSL takes the group list.
      createSecureContext({ ecdhCurve: list, ca: [] });
      known = true;
    } catch {
      known = false;
    }
    acceptedLists.set(list, known);
  }
  return known;
}

/** The group a finished handshake on `socket` used, when it is a named (EC) group. */
export function negotiatedGroup(socket: TLSSocket): string | undefined {
  const info = socket.getEphemeralKeyInfo() as { type?: string; name?: string } | null;
  return info?.type === 'ECDH' && typeof info.name === 'string' && info.name !== '' ? info.name : undefined;
}

/** `options` offering `group` first (its key share only), or unchanged when no group is known or OpenSSL does not know its name. */
export function preferGroup(options: ConnectionOptions, group: string | undefined): ConnectionOptions {
  if (group === undefined) return options;
  const rest = FALLBACK_GROUPS.filter((name) => name.toLowerCase() !== group.toLowerCase());
  const list = [group, ...rest].join(':');
  return accepted(list) ? { ...options, ecdhCurve: list } : options;
}

/** `options` for a first handshake with a server: key shares for both usual guesses where OpenSSL can. */
export function firstContact(options: ConnectionOptions): ConnectionOptions {
  return accepted(BOTH_GUESSES) ? { ...options, ecdhCurve: BOTH_GUESSES } : options;
}

/** A secure context for `options` with `group` offered first. */
export function contextPreferring(options: ConnectionOptions, group: string | undefined): SecureContext {
  return createSecureContext(preferGroup(options, group));
}

/** Groups learned per server ("host:port"), for the connections opened after the first. */
const learned = new Map<string, string>();

export function rememberGroup(server: string, socket: TLSSocket): void {
  const group = negotiatedGroup(socket);
  if (group !== undefined) learned.set(server, group);
}

/** `options` for a new connection to `server`: its learned group first, else both usual guesses. */
export function optionsFor(server: string, options: ConnectionOptions): ConnectionOptions {
  const group = learned.get(server);
  return group === undefined ? firstContact(options) : preferGroup(options, group);
}
