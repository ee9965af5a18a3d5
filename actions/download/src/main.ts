import { runAction } from '@ftp-actions/core';
import { downloadAction } from './definition.js';

await runAction(downloadAction);
