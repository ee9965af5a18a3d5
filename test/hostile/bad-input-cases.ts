/**
 * Bad-input cases made from each action's own input table, so an input
 * added tomorrow is covered without touching the tests: every input is
 * tried with a few wrong values (empty, a word where a number or an address
 * belongs, out of range, a control character), and the values its parser
 * refuses, naming that input alone, become cases. Conflicts between
 * inputs are cross-checks no single value shows, so they are listed here.
 */
import { ConfigurationError, type ActionDefinition, type RawInputs } from '@ftp-actions/core';
import { downloadAction } from '../../actions/download/src/definition.js';
import { healthAction } from '../../actions/health/src/definition.js';
import { uploadAction } from '../../actions/upload/src/definition.js';

export type ActionName = 'health' | 'upload' | 'download';

export const definitions: Record<ActionName, ActionDefinition<unknown>> = {
  health: healthAction as ActionDefinition<unknown>,
  upload: uploadAction as ActionDefinition<unknown>,
  download: downloadAction as ActionDefinition<unknown>,
};

export interface BadInputCase {
  readonly action: ActionName;
  /** Inputs that differ from the valid baseline. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The inputs the error must name, and no other. */
  readonly names: readonly string[];
  readonly label: string;
}

// Wrong kind of value first, then out of range; at most one of each per input.
const kindCandidates = ['', 'perhaps', 'ftp://ftp.example.com:21', 'line\u0007break'];
const rangeCandidates = ['-1', '999999999', '0'];

/** The inputs `inputs` is refused for, or undefined when it parses. */
function refusedInputs(action: ActionName, baseline: RawInputs, inputs: RawInputs): string[] | undefined {
  try {
    definitions[action].parse({ ...baseline, ...inputs });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigurationError) return [...new Set(error.issues.map((issue) => issue.input))].sort();
    throw error;
  }
}

/** One wrong value per kind that the parser refuses naming `name` alone. */
function badValuesOf(action: ActionName, baseline: RawInputs, name: string): string[] {
  const refusedAlone = (value: string): boolean => refusedInputs(action, baseline, { [name]: value })?.join() === name;
  return [kindCandidates.find(refusedAlone), rangeCandidates.find(refusedAlone)].filter((value) => value !== undefined);
}

/** Every input of `action` with each wrong value its parser refuses; and the inputs no value can make wrong. */
export function singleInputCases(action: ActionName, baseline: RawInputs): { cases: BadInputCase[]; freeText: string[] } {
  const cases: BadInputCase[] = [];
  const freeText: string[] = [];
  for (const name of Object.keys(definitions[action].inputs)) {
    const values = badValuesOf(action, baseline, name);
    if (values.length === 0) freeText.push(name);
    for (const value of values)
      cases.push({ action, inputs: { [name]: value }, names: [name], label: `${name}: ${JSON.stringify(value)}` });
  }
  return { cases, freeText };
}

/** Combinations each value of which is fine alone. */
export function conflictCases(action: ActionName, pem: string): BadInputCase[] {
  const conflicts: [Record<string, string>, string][] = [
    [{ protocol: 'ftp', 'tls-ca': pem }, 'tls-ca'],
    [{ protocol: 'ftps', 'tls-ca': pem, 'tls-fingerprint': 'AB'.repeat(32) }, 'tls-fingerprint'],
    [{ 'active-address': '203.0.113.7' }, 'active-address'],
  ];
  if (action === 'health') conflicts.push([{ protocol: 'ftp', 'min-cert-days': '5' }, 'min-cert-days']);
  if (action === 'upload') {
    conflicts.push(
      [{ content: 'v1.2.3' }, 'content'],
      [{ 'remote-file': 'VERSION' }, 'remote-file'],
      [{ content: 'v1.2.3', 'remote-file': 'stamps/' }, 'remote-file'],
      [{ files: '!**/*.map' }, 'files'],
    );
  }
  if (action === 'download') {
    conflicts.push(
      [{ 'to-output': 'true' }, 'to-output'],
      [{ 'remote-file': 'VERSION' }, 'remote-file'],
      [{ files: '!**/*.map' }, 'files'],
    );
  }
  const shown = (inputs: Record<string, string>): string =>
    Object.entries(inputs)
      .map(([name, value]) => `${name}=${value === pem ? '<PEM>' : value}`)
      .join(' ');
  return conflicts.map(([inputs, name]) => ({ action, inputs, names: [name], label: `conflict ${shown(inputs)}` }));
}

/** True when `value` is wrong for `name` by itself, not only next to the baseline's other inputs. */
function wrongAlone(action: ActionName, name: string, value: string): boolean {
  const spec = definitions[action].inputs[name];
  if (spec === undefined) return false;
  return (spec.required === true && value.trim() === '') || !spec.schema.safeParse(value).success;
}

/**
 * Every input that is wrong by itself, all at once: one error must name
 * them all. (Cross-input conflicts are judged only once every input parses.)
 */
export function allAtOnceCase(action: ActionName, singles: readonly BadInputCase[]): BadInputCase {
  const inputs: Record<string, string> = {};
  for (const single of singles) {
    for (const [name, value] of Object.entries(single.inputs)) if (wrongAlone(action, name, value)) inputs[name] ??= value;
  }
  return { action, inputs, names: Object.keys(inputs).sort(), label: 'every refusable input wrong at once' };
}

/** Sanity check for the generator: a baseline that does not parse would make every case meaningless. */
export function checkBaseline(action: ActionName, baseline: RawInputs): void {
  const refused = refusedInputs(action, baseline, {});
  if (refused !== undefined) throw new Error(`the ${action} baseline is refused for ${refused.join(', ')}`);
}
