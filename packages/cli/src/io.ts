/**
 * What the CLI touches of its process, passed in rather than reached for, so
 * `main` has one place that knows about `process` (bin.ts).
 */

/** The part of a stream the CLI writes to; `process.stdout` and `process.stderr` fit. */
export interface OutputStream {
  write(text: string): unknown;
  /** True on a terminal: progress is then redrawn in place. */
  readonly isTTY?: boolean;
  /** Terminal width, to keep a redrawn line from wrapping. */
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}
