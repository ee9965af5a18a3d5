/**
 * Writes an action's outputs. Values are strings on the runner; numbers and
 * booleans are written in their plain form, absent values as ''.
 */
import * as core from '@actions/core';
import { redact } from '../logger.js';

export type OutputValue = string | number | boolean | undefined;
export type ActionOutputs = Readonly<Record<string, OutputValue>>;

/** The string the runner stores for a value. */
export function formatOutput(value: OutputValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return String(value);
}

export function writeOutputs(outputs: ActionOutputs, secrets: readonly string[]): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(formatOutput(value), secrets));
}
