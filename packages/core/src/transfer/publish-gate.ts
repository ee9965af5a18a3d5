/**
 * When an upload may start changing what the server shows. A sync claims
 * its lock and only knows a few round trips later whether the lock is its
 * own (see `RemoteLock.claim`); its state checkpoint must be in place before
 * any file changes too. An atomic upload spends that wait storing data
 * under temporary names, which nothing else reads, and takes the final
 * names, makes directories or writes in place only once the gate is open.
 */
export class PublishGate {
  private state: 'waiting' | 'open' | 'closed' = 'waiting';
  private readonly opened: Promise<void>;

  /** Opens when `opening` resolves; stays shut for good, with its reason, when it rejects. */
  constructor(opening: Promise<void>) {
    this.opened = opening.then(
      () => {
        this.state = 'open';
      },
      (reason: unknown) => {
        this.state = 'closed';
        throw reason;
      },
    );
    // Awaited by whoever needs the gate; a gate nobody waits for must not count as an unhandled rejection.
    this.opened.catch(() => undefined);
  }

  /** True once changes may show. */
  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Resolves when changes may show; rejects with the reason they may not (a lock lost to a race, a failed checkpoint). */
  wait(): Promise<void> {
    return this.opened;
  }
}
