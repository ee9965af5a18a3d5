/**
 * What the last directory listing of a client looked like before basic-ftp
 * parsed it: the raw text and the server's closing reply. basic-ftp's
 * `list()` keeps both to itself, yet both can show that a listing is
 * incomplete while its parsed entries look perfectly fine:
 *
 * - pure-ftpd stops every listing at 10,000 entries (its --limitrecursion)
 *   and says so only in the closing reply: "226 Output truncated to 10000
 *   matches". A download trusting the entries would silently miss files.
 * - a data connection closed early (a broken NAT, a server that dies) ends
 *   the text in the middle of a line, and the 226 still follows.
 *
 * Recorded per client in a WeakMap, so clients that were not watched (test
 * fakes) simply have no record and are not checked.
 */
import type { Client } from 'basic-ftp';

export interface ListingRecord {
  /** The listing exactly as received. */
  readonly raw: string;
  /** The server's closing reply to the listing command ("226 Transfer complete"). */
  readonly reply: string;
}

/**
 * The most a single listing may take in memory (basic-ftp buffers a listing
 * whole before parsing it). 40 MiB is basic-ftp's own default, some 400,000
 * entries of LIST output; set explicitly because the error message names it.
 */
export const maxListingBytes = 40 * 1024 * 1024;

/**
 * The most entries one listing may have. Each entry costs about 3 KiB on
 * its way through a download (parsed, matched, planned, reported; measured
 * 600 MB peak for a dry run of 199,000), so this bounds a single listing
 * near 300 MB. pure-ftpd stops at 10,000 by default; a directory beyond
 * this is better split than fetched in one go.
 */
export const maxListingEntries = 100_000;

/** A listing over `maxListingBytes` or `maxListingEntries`. */
export class ListingTooLargeError extends Error {}

/**
 * A listing whose last line has no line break: possibly cut mid-line.
 * Thrown before basic-ftp parses it, which would otherwise pick its parser
 * by that broken last line and fail with "This library only supports…".
 */
export class UnterminatedListingError extends Error {
  constructor(readonly raw: string) {
    super('the listing ended in the middle of a line: its data connection was cut short');
  }
}

/** Counts line breaks up to `limit + 1`, without splitting the text. */
function exceedsLines(raw: string, limit: number): boolean {
  let lines = 0;
  for (let at = raw.indexOf('\n'); at >= 0; at = raw.indexOf('\n', at + 1)) {
    lines += 1;
    if (lines > limit) return true;
  }
  return false;
}

const records = new WeakMap<object, ListingRecord>();

/** The last listing `client` received, if it is watched and has listed anything. */
export function lastListing(client: object): ListingRecord | undefined {
  return records.get(client);
}

/** Starts recording `client`'s listings; call once, after login. */
export function watchListings(client: Client): void {
  let lastReply = '';
  const { ftp } = client;
  const handle = ftp.handle.bind(ftp);
  // The closing reply of a transfer reaches only its task's handler; note
  // the last positive completion on the way (one command runs at a time).
  ftp.handle = (command, handler): Promise<unknown> =>
    handle(command, (response, task) => {
      if (!(response instanceof Error) && response.code >= 200 && response.code < 300) lastReply = response.message;
      handler(response, task);
    });
  const parse = client.parseList;
  // basic-ftp calls parseList right after the listing's 226, with nothing in between.
  client.parseList = (raw) => {
    records.set(client, { raw, reply: lastReply });
    // Checked before parsing: parsed entries take ten times the text's memory.
    if (exceedsLines(raw, maxListingEntries)) throw new ListingTooLargeError(`more than ${maxListingEntries} entries`);
    if (raw !== '' && !raw.endsWith('\n')) throw new UnterminatedListingError(raw);
    return parse(raw);
  };
}
