/**
 * Every action describes its inputs once, as a table of `InputSpec`s keyed by
 * the input's name in action.yml. From that table come the zod schema that
 * parses the raw strings, the list of names `runAction` reads, the check that
 * keeps action.yml in step, and (later) the CLI's flags and help text.
 */
import { z } from 'zod';
import { ConfigurationError, type InputIssue } from '../errors.js';

export interface InputSpec<T = unknown> {
  /** One sentence for action.yml, the README and the CLI help. */
  readonly description: string;
  /** The default exactly as written in action.yml; absent means none. */
  readonly default?: string;
  readonly required?: boolean;
  /** Masked as soon as it is read, never printed. */
  readonly secret?: boolean;
  /** Read exactly as given: leading and trailing white space is part of the value (file content). */
  readonly keepWhitespace?: boolean;
  /** Parses the raw string (the default when the input was not given, else ''). */
  readonly schema: z.ZodType<T, string>;
}

export type InputSpecs = Readonly<Record<string, InputSpec>>;

/** The typed values of a table of inputs, keyed by input name. */
export type InputValues<S extends InputSpecs> = {
  readonly [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never;
};

/** Raw input strings keyed by input name, as read from the runner or the CLI. */
export type RawInputs = Readonly<Record<string, string | undefined>>;

/** A check across inputs: returns the issues, each naming the input to fix. */
export type CrossCheck<S extends InputSpecs> = (values: InputValues<S>) => InputIssue[];

function withDefault(spec: InputSpec, raw: string | undefined): string {
  const given = raw ?? '';
  return given.trim() === '' ? (spec.default ?? '') : given;
}

/**
 * Parses raw inputs against a table of specs. Collects every bad input (and
 * then every cross-input conflict) and throws them together as one
 * `ConfigurationError`, so a user fixes their workflow in one round.
 */
export function parseInputs<S extends InputSpecs>(specs: S, raw: RawInputs, crossChecks: CrossCheck<S>[] = []): InputValues<S> {
  const issues: InputIssue[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = withDefault(spec, raw[name]);
    if (spec.required === true && value.trim() === '') {
      issues.push({ input: name, message: 'is required and was not given' });
      continue;
    }
    const result = spec.schema.safeParse(value);
    if (result.success) {
      values[name] = result.data;
    } else {
      for (const issue of result.error.issues) issues.push({ input: name, message: issue.message });
    }
  }
  if (issues.length === 0) {
    const typed = values as InputValues<S>;
    for (const check of crossChecks) issues.push(...check(typed));
  }
  if (issues.length > 0) throw new ConfigurationError(issues);
  return values as InputValues<S>;
}

/** Whether a raw value is read exactly as given rather than trimmed (secrets and literal content). */
export function keepsWhitespace(spec: InputSpec): boolean {
  return spec.secret === true || spec.keepWhitespace === true;
}

/** The names of the inputs whose values are secrets. */
export function secretInputNames(specs: InputSpecs): string[] {
  return Object.entries(specs)
    .filter(([, spec]) => spec.secret === true)
    .map(([name]) => name);
}
