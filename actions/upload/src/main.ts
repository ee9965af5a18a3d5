import { runAction } from '@ftp-actions/core';
import { uploadAction } from './definition.js';

await runAction(uploadAction);
