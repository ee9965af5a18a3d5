/**
 * The action's outputs as a person reads them (an aligned two-column table)
 * and as a script reads them (`--json`). Secrets are redacted in both, as
 * `writeOutputs` does on the runner.
 */
import { formatOutput, redact, type ActionOutputs, type OutputValue } from '@ftp-actions/core';

type JsonValue = string | number | boolean | null;

/** Name and value columns; an absent value shows as "-", continuation lines line up under the value. */
export function outputsTable(outputs: ActionOutputs, secrets: readonly string[]): string {
  const entries = Object.entries(outputs);
  const width = Math.max(0, ...entries.map(([name]) => name.length));
  const indent = ' '.repeat(2 + width + 2);
  const rows = entries.map(([name, value]) => {
    const text = redact(formatOutput(value), secrets);
    return `  ${name.padEnd(width)}  ${(text === '' ? '-' : text).split('\n').join(`\n${indent}`)}`;
  });
  return `${rows.join('\n')}\n`;
}

/**
 * One JSON object on one line. Values keep their type (`"ok": true`, not
 * `"true"`) so `jq` needs no conversions; an absent output is null, so every
 * output the action declares is present.
 */
export function outputsJson(outputs: ActionOutputs, secrets: readonly string[]): string {
  const object: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(outputs)) object[name] = jsonValue(value, secrets);
  return `${JSON.stringify(object)}\n`;
}

function jsonValue(value: OutputValue, secrets: readonly string[]): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'string') return redact(value, secrets);
  // A number or boolean holds a secret only if the secret is that short; the runner would mask it, so do we.
  const text = String(value);
  return redact(text, secrets) === text ? value : '***';
}
