/**
 * Renames of files staged under temporary names while a `PublishGate` was
 * shut. When it opens they all become due at once: instead of one round
 * trip per file and connection, they go out in groups, each group's RNFR
 * and RNTO pairs in one write (`renameAllTogether`), the groups in parallel
 * over the pool. A rename that did not plainly succeed is handed back to the
 * caller, which retries that file on its own.
 */
import type { ClientPool } from '../ftp/client-port.js';
import { canRenameTogether, renameAllTogether } from '../ftp/rename-together.js';
import type { RemoteTimeSetter } from '../ftp/remote-mtime.js';
import { describeError } from '../ftp/reply.js';
import type { Logger } from '../logger.js';

/**
 * How a staged file's rename went: done; not done (refused, or the server
 * takes renames only one at a time: rename it alone, which also says why it
 * fails); or unknown (replies out of step, a failed connection: it may have
 * happened, so only a resumed upload is safe).
 */
export type StagedRenameResult = 'renamed' | 'not-renamed' | 'unsure';

/** One staged file: its temporary and final names, and the time to set after the rename (preserve-mtime). */
export interface StagedFile {
  readonly tempPath: string;
  readonly remotePath: string;
  readonly mtime?: Date | undefined;
}

interface Due {
  readonly file: StagedFile;
  readonly settle: (result: StagedRenameResult) => void;
}

/**
 * Most renames sent in one write. Eight pairs are sixteen commands, a few
 * hundred bytes; larger groups would leave connections idle while one works
 * through them.
 */
const maxGroup = 8;

export class StagedRenames {
  private due: Due[] = [];

  constructor(
    private readonly pool: ClientPool,
    private readonly timeSetter: RemoteTimeSetter | undefined,
    private readonly log: Logger,
  ) {}

  /** Renames `file` along with the others due in the same turn of the event loop. */
  rename(file: StagedFile): Promise<StagedRenameResult> {
    return new Promise((settle) => {
      this.due.push({ file, settle });
      // Everything waiting on the gate resumes in the same turn: gather it all first.
      if (this.due.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const due = this.due;
    this.due = [];
    const groups = Math.ceil(due.length / maxGroup);
    const size = Math.ceil(due.length / groups);
    for (let start = 0; start < due.length; start += size) void this.renameGroup(due.slice(start, start + size));
  }

  private async renameGroup(group: readonly Due[]): Promise<void> {
    try {
      // Ahead of the files still waiting to be stored: these are ready to go live now.
      await this.pool.use(
        async (client) => {
          if (!canRenameTogether(client)) {
            for (const { settle } of group) settle('not-renamed');
            return;
          }
          const pairs = group.map(({ file }) => ({ from: file.tempPath, to: file.remotePath }));
          const outcomes = await renameAllTogether(client.ftp, pairs);
          for (const [index, { file, settle }] of group.entries()) {
            const outcome = outcomes[index];
            if (outcome?.kind !== 'renamed') {
              settle(outcome?.kind === 'refused' ? 'not-renamed' : 'unsure');
              continue;
            }
            if (this.timeSetter !== undefined && file.mtime !== undefined) await this.timeSetter.set(client, file.remotePath, file.mtime);
            settle('renamed');
          }
        },
        { ahead: true },
      );
    } catch (error) {
      this.log.debug(`Renaming ${group.length} staged files together failed: ${describeError(error)}; each is tried again alone`);
      // Settling twice is harmless: those already settled keep their result.
      for (const { settle } of group) settle('unsure');
    }
  }
}
