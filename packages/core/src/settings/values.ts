/**
 * Zod schemas for the raw strings GitHub Actions passes as inputs. Each one
 * turns a string into a typed value or explains, in words a workflow author
 * understands, what it expected instead.
 */
import { z } from 'zod';

const quote = (value: string): string => JSON.stringify(value);

/** Any text, trimmed. */
export const text = () => z.string().transform((value) => value.trim());

/** Text that must not be empty. */
export const requiredText = () =>
  z
    .string()
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { message: 'is required and must not be empty' });

/** A whole number in a closed range. */
export const integer = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const parsed = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got ${quote(raw)}` });
      return z.NEVER;
    }
    return parsed;
  });

/** A number of seconds (decimals allowed) in a closed range, returned as milliseconds. */
export const secondsAsMs = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const parsed = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message: `expected a number of seconds from ${min} to ${max}, got ${quote(raw)}` });
      return z.NEVER;
    }
    return Math.round(parsed * 1000);
  });

const trueWords = new Set(['true', 'True', 'TRUE']);
const falseWords = new Set(['false', 'False', 'FALSE']);

/** The YAML 1.2 core booleans that `core.getBooleanInput` accepts, nothing looser. */
export const boolean = () =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (trueWords.has(value)) return true;
    if (falseWords.has(value)) return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got ${quote(raw)}` });
    return z.NEVER;
  });

/** One of a fixed set of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
  z.string().transform((raw, ctx): T[number] => {
    const value = raw.trim();
    const match = choices.find((choice) => choice === value);
    if (match === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected one of ${choices.join(', ')}, got ${quote(raw)}` });
      return z.NEVER;
    }
    return match;
  });

/** Items separated by commas or new lines; blanks dropped. */
export const list = () =>
  z.string().transform((raw) =>
    raw
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/** Patterns, one per line; blank lines and # comments dropped (commas may be part of a pattern). */
export const patternLines = () =>
  z.string().transform((raw) =>
    raw
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
