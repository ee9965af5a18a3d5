/**
 * A command line that cannot be run as given: an unknown command or flag, a
 * flag without its value. Every problem is listed at once, and the exit
 * code is 2, like bad input values.
 */
export class UsageError extends Error {
  readonly problems: readonly string[];
  /** The sub-command, when one was recognised: the hint then points at its help. */
  readonly command: string | undefined;

  constructor(problems: readonly string[], command?: string) {
    super(problems.join('\n'));
    this.name = 'UsageError';
    this.problems = problems;
    this.command = command;
  }
}
