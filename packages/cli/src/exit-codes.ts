/**
 * The exit codes scripts can rely on, kept apart from the code that picks
 * them so the help text and the tests name the same numbers.
 */
export const exitCodes = {
  ok: 0,
  /** The operation ran and failed (server unreachable, login refused, check failed). */
  failed: 1,
  /** Bad input or usage: nothing was touched. */
  usage: 2,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
