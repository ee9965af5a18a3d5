/**
 * Who this sync is, for the lock file: the workflow run on GitHub Actions
 * (so a re-run of the same run takes its own lock over at once, and a
 * waiting deploy can say which run it waits for), else this process.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { LockOwner } from '@ftp-actions/core';

/** The lock owner for this process, from the runner's environment. */
export function lockOwner(env: NodeJS.ProcessEnv): LockOwner {
  const runId = env.GITHUB_RUN_ID;
  if (runId === undefined || runId === '') {
    return { runId: `local-${randomBytes(6).toString('hex')}`, host: hostname(), description: `ftp-actions sync (process ${process.pid})` };
  }
  const parts = [
    env.GITHUB_REPOSITORY,
    env.GITHUB_WORKFLOW === undefined ? undefined : `workflow "${env.GITHUB_WORKFLOW}"`,
    `run ${runId}`,
  ];
  if (env.GITHUB_RUN_ATTEMPT !== undefined) parts.push(`attempt ${env.GITHUB_RUN_ATTEMPT}`);
  return { runId, host: hostname(), description: parts.filter((part) => part !== undefined && part !== '').join(', ') };
}
