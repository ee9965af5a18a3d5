/**
 * Chooses how a session opens its data connections, from `data-mode`.
 */
import type { Client } from 'basic-ftp';
import type { ConnectionSettings } from '../settings/connection.js';
import { activeModeStrategy } from './active-mode.js';
import { firstWorkingStrategy, passiveStrategies } from './passive-mode.js';

/** Replaces basic-ftp's `prepareTransfer` with ours for the chosen data mode. */
export function applyDataMode(client: Client, settings: Pick<ConnectionSettings, 'dataMode' | 'activeAddress'>): void {
  if (settings.dataMode === 'active') {
    client.prepareTransfer = activeModeStrategy({ announce: settings.activeAddress });
    return;
  }
  client.prepareTransfer = firstWorkingStrategy(passiveStrategies, (chosen) => {
    client.prepareTransfer = chosen;
  });
}
