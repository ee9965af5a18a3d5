/**
 * The one top-level try/catch/finally of every action: read the inputs, mask
 * the secrets, parse, run, write outputs and the job summary, and fail the
 * step exactly once when something went wrong. Connections opened through
 * `deps.openPool` are closed in `finally`, so the process exits promptly.
 */
import { keepMemoryDown } from './memory-keeper.js';
import * as core from '@actions/core';
import { createActionDeps, type ActionDeps, type ActionSession } from './action-deps.js';
import { ConfigurationError, FtpActionError } from './errors.js';
import { redact } from './logger.js';
import { createActionLogger } from './report/action-logger.js';
import { sections, table } from './report/markdown.js';
import { writeOutputs, type ActionOutputs } from './report/outputs.js';
import { writeJobSummary } from './report/summary.js';
import { connectionWarnings, type ConnectionSettings } from './settings/connection.js';
import { keepsWhitespace, secretInputNames, type InputSpecs, type RawInputs } from './settings/input-spec.js';

// Kept importable from here: ActionDeps lived in this file before the CLI needed it too.
export type { ActionDeps } from './action-deps.js';

export interface ActionResult {
  readonly outputs: ActionOutputs;
  /** Markdown for the job summary. */
  readonly summary: string;
  /** Set when the step should fail; its message (and hint) become the failure. */
  readonly failure?: Error | undefined;
}

export interface ActionDefinition<Settings> {
  /** Shown in messages: "health", "upload". */
  readonly name: string;
  readonly inputs: InputSpecs;
  readonly parse: (raw: RawInputs) => Settings;
  readonly connectionOf: (settings: Settings) => ConnectionSettings;
  readonly run: (settings: Settings, deps: ActionDeps) => Promise<ActionResult>;
}

/** Reads every declared input from the runner; secrets untrimmed and masked at once. */
function readRawInputs(inputs: InputSpecs): RawInputs {
  const secrets = new Set(secretInputNames(inputs));
  const raw: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const value = core.getInput(name, { trimWhitespace: !keepsWhitespace(spec) });
    if (secrets.has(name) && value !== '') core.setSecret(value);
    raw[name] = value;
  }
  return raw;
}

/** The failure text: what failed, then what to try. */
export function describeFailure(error: unknown): string {
  if (error instanceof FtpActionError) return error.hint === undefined ? error.message : `${error.message}\n${error.hint}`;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}

function configurationSummary(actionName: string, error: ConfigurationError): string {
  return sections(
    `## ❌ ${actionName}: the inputs are not valid`,
    table(
      ['input', 'problem'],
      error.issues.map((issue) => [issue.input, issue.message]),
    ),
    'Nothing was changed on the server or on disk.',
  );
}

export async function runAction<Settings>(definition: ActionDefinition<Settings>): Promise<void> {
  const raw = readRawInputs(definition.inputs);
  const secrets = secretInputNames(definition.inputs)
    .map((name) => raw[name] ?? '')
    .filter((value) => value !== '');
  let session: ActionSession | undefined;
  const stopKeepingMemory = keepMemoryDown();
  try {
    let settings: Settings;
    try {
      settings = definition.parse(raw);
    } catch (error) {
      if (error instanceof ConfigurationError) await writeJobSummary(configurationSummary(definition.name, error), secrets);
      throw error;
    }
    const connection = definition.connectionOf(settings);
    const log = createActionLogger(connection.logLevel, secrets);
    for (const warning of connectionWarnings(connection)) log.warning(warning);
    session = createActionDeps(log);
    const result = await definition.run(settings, session.deps);
    writeOutputs(result.outputs, secrets);
    await writeJobSummary(result.summary, secrets);
    if (result.failure !== undefined) core.setFailed(redact(describeFailure(result.failure), secrets));
  } catch (error) {
    core.setFailed(redact(describeFailure(error), secrets));
  } finally {
    stopKeepingMemory();
    await session?.close();
  }
}
