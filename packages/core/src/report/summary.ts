/**
 * Writes the job summary. Outside the runner (no GITHUB_STEP_SUMMARY) there
 * is nowhere to write it, so it is skipped rather than failing the action.
 */
import * as core from '@actions/core';
import { redact } from '../logger.js';

export async function writeJobSummary(markdown: string, secrets: readonly string[]): Promise<void> {
  if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '') return;
  await core.summary.addRaw(redact(markdown, secrets)).write();
}
