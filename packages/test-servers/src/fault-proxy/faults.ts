/**
 * The faults the proxy can inject, and the bookkeeping that decides when a
 * fault fires: each fault skips its first `after` matches and then fires
 * `times` times (once by default), counted across all connections, so a
 * client that retries on a fresh connection sees the fault pass.
 */

/** FTP verbs whose data connection a fault can target. */
export type TransferVerb = 'STOR' | 'APPE' | 'RETR' | 'LIST' | 'MLSD' | 'NLST';

export type Fault =
  /** Answer a command with `reply` instead of passing it on (e.g. "451 Local error" for STOR, "553 Rename refused" for RNTO). */
  | { readonly kind: 'reply'; readonly command: string; readonly reply: string; readonly after?: number; readonly times?: number }
  /** Close the control connection once the transfer of `command` is under way (its 150 reply passed). */
  | { readonly kind: 'drop-control'; readonly command: TransferVerb; readonly after?: number; readonly times?: number }
  /** Cut the data connection of `command` after `afterBytes` bytes. */
  | {
      readonly kind: 'drop-data';
      readonly command: TransferVerb;
      readonly afterBytes: number;
      readonly after?: number;
      readonly times?: number;
    }
  /** Stop passing anything on for this connection when `command` arrives, without closing. */
  | { readonly kind: 'stall'; readonly command: string; readonly after?: number; readonly times?: number }
  /** End a listing's data connection cleanly after `afterBytes` bytes (the server's 226 still follows). */
  | { readonly kind: 'truncate-listing'; readonly afterBytes: number; readonly after?: number; readonly times?: number }
  /** Greet connections after the first `after` with `reply` (default "421 Too many connections") and close them; `times` of them (Infinity for all). */
  | { readonly kind: 'refuse-connections'; readonly after: number; readonly reply?: string; readonly times?: number };

/** Tracks how often each fault has matched and fired. */
export class FaultBook {
  private readonly matched = new Map<Fault, number>();
  private readonly fired = new Map<Fault, number>();

  constructor(private readonly faults: readonly Fault[]) {}

  /** The first fault of `kind` that matches and is due, counting the match; undefined when none fires. */
  take<K extends Fault['kind']>(
    kind: K,
    matches: (fault: Extract<Fault, { kind: K }>) => boolean,
  ): Extract<Fault, { kind: K }> | undefined {
    for (const fault of this.faults) {
      if (fault.kind !== kind) continue;
      const typed = fault as Extract<Fault, { kind: K }>;
      if (!matches(typed)) continue;
      const seen = (this.matched.get(fault) ?? 0) + 1;
      this.matched.set(fault, seen);
      const fired = this.fired.get(fault) ?? 0;
      const after = 'after' in fault ? (fault.after ?? 0) : 0;
      if (seen > after && fired < (fault.times ?? 1)) {
        this.fired.set(fault, fired + 1);
        return typed;
      }
    }
    return undefined;
  }

  /** How many times each fault fired, in the order given. */
  firedCounts(): number[] {
    return this.faults.map((fault) => this.fired.get(fault) ?? 0);
  }
}

/** The verb of a command line, upper case ("STOR a.txt" -> "STOR"). */
export function verbOf(line: string): string {
  return (line.split(' ', 1)[0] ?? '').toUpperCase();
}
