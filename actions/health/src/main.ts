import { runAction } from '@ftp-actions/core';
import { healthAction } from './definition.js';

await runAction(healthAction);
