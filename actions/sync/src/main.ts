import { runAction } from '@ftp-actions/core';
import { syncAction } from './definition.js';

await runAction(syncAction);
