/**
 * Chooses how a session opens its data connections, from `data-mode`.
 */
import type { Client } from 'basic-ftp';
import type { ConnectionSettings } from '../settings/connection.js';
import { activeModeStrategy } from './active-mode.js';
import { settlePassiveMode } from './passive-mode.js';

/** Replaces basic-ftp's `prepareTransfer` with ours for the chosen data mode. */
export function applyDataMode(client: Client, settings: Pick<ConnectionSettings, 'dataMode' | 'activeAddress'>): void {
  if (settings.dataMode === 'active') {
    client.prepareTransfer = activeModeStrategy({ announce: settings.activeAddress });
    return;
  }
  client.prepareTransfer = settlePassiveMode(client.ftp, (chosen) => {
    client.prepareTransfer = chosen;
  });
}
