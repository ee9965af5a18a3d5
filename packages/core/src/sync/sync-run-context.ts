/**
 * What every step of one sync shares: its options and deps, the tuning with
 * the defaults filled in, the notes for the user, and the server's features,
 * asked once however many steps want them.
 */
import type { ServerFeatures } from '../ftp/connect.js';
import { defaultSyncTuning, type SyncDeps, type SyncOptions, type SyncTuning } from './sync-options.js';

export class SyncRunContext {
  readonly tuning: SyncTuning;
  readonly push: boolean;
  /** Things the user should know about how the sync decided; they end up in the result. */
  readonly notes: string[] = [];
  private features: ServerFeatures | undefined;

  constructor(
    readonly options: SyncOptions,
    readonly deps: SyncDeps,
  ) {
    this.tuning = { ...defaultSyncTuning, ...deps.tuning };
    this.push = options.direction === 'push';
  }

  /** FEAT on the control connection, once: both the checksum check and the state decision may ask. */
  async serverFeatures(): Promise<ServerFeatures> {
    this.features ??= await this.deps.controlPool.run('FEAT', (client) => client.features());
    return this.features;
  }

  /** Logs a note and keeps it for the result (and so for the job summary). */
  note(message: string): void {
    this.notes.push(message);
    this.deps.log.info(message);
  }
}
