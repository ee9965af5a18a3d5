#!/usr/bin/env node
/**
 * The `ftp-actions` executable. It sets exitCode instead of calling
 * process.exit, so piped stdout is flushed before the process ends.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
