/**
 * Runs one action from the terminal, mirroring `runAction`: parse the raw
 * strings with the action's schemas (nothing is touched when they are bad),
 * run with deps from core's `createActionDeps`, close the pools however the
 * run ends, then print the outputs and, on failure, the reason and its hint.
 */
import { ConfigurationError, connectionWarnings, createActionDeps, redact, type ActionResult } from '@ftp-actions/core';
import type { Command, PreparedRun } from './command.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { gatherInputs } from './gather-inputs.js';
import { envVarOf, flagOf } from './input-flags.js';
import type { CliIo } from './io.js';
import { configurationMessage, failureMessage } from './messages.js';
import { outputsJson, outputsTable } from './render-outputs.js';
import { createTerminalLogger } from './terminal-logger.js';

export interface RunRequest {
  readonly name: string;
  readonly command: Command;
  readonly flags: ReadonlyMap<string, string>;
  readonly json: boolean;
}

export async function runCommand(request: RunRequest, io: CliIo): Promise<ExitCode> {
  const { name, command } = request;
  const { raw, sources, secrets } = gatherInputs(command.inputs, request.flags, io.env);
  const clean = (text: string): string => redact(text, secrets);

  let prepared: PreparedRun;
  try {
    prepared = command.prepare(raw);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr.write(clean(configurationMessage(name, error, sources)));
      return exitCodes.usage;
    }
    // A parser that throws anything else is a bug; still report it with the secrets redacted.
    io.stderr.write(clean(failureMessage(name, error)));
    return exitCodes.failed;
  }

  // With --json, stdout carries the JSON object alone, so the log moves to stderr.
  const log = createTerminalLogger({ level: prepared.connection.logLevel, secrets, stream: request.json ? io.stderr : io.stdout });
  for (const [input, source] of sources) {
    if (source === 'flag' && command.inputs[input]?.secret === true)
      log.warning(`${flagOf(input)} on the command line is visible to other users of this machine; set ${envVarOf(input)} instead.`);
  }
  for (const warning of connectionWarnings(prepared.connection)) log.warning(warning);

  const session = createActionDeps(log);
  let result: ActionResult;
  try {
    result = await prepared.run(session.deps);
  } catch (error) {
    log.finish();
    // An action may find a bad input only when it runs (a local directory that is not there): still exit 2.
    if (error instanceof ConfigurationError) {
      io.stderr.write(clean(configurationMessage(name, error, sources)));
      return exitCodes.usage;
    }
    io.stderr.write(clean(failureMessage(name, error)));
    return exitCodes.failed;
  } finally {
    await session.close();
  }
  log.finish();

  if (request.json) io.stdout.write(outputsJson(result.outputs, secrets));
  else io.stdout.write(`\n${command.title} outputs:\n${outputsTable(result.outputs, secrets)}`);
  if (result.failure === undefined) return exitCodes.ok;
  io.stderr.write(clean(failureMessage(name, result.failure)));
  return exitCodes.failed;
}
