/**
 * Writes log lines to a stream, keeping at most one "status" line (progress)
 * at the bottom of a terminal and redrawing it in place with a carriage
 * return. Off a terminal (a pipe, a CI log) a status line is a plain line:
 * control characters would only garble the log.
 */
import type { OutputStream } from './io.js';

// Carriage return, then "erase the whole line", so a shorter redraw leaves no tail of the longer one.
const clearLine = '\r\x1b[2K';

export class StatusLineWriter {
  private status: { readonly text: string; readonly final: boolean } | undefined;

  constructor(private readonly stream: OutputStream) {}

  /** A line that stays in the scrollback. */
  line(text: string): void {
    if (this.status === undefined) {
      this.stream.write(`${text}\n`);
    } else if (this.status.final) {
      // A finished status keeps its place in the order of events.
      this.stream.write(`\n${text}\n`);
      this.status = undefined;
    } else {
      // Lift the status line off, print above it, then put it back at the bottom.
      this.stream.write(`${clearLine}${text}\n${this.fit(this.status.text)}`);
    }
  }

  /**
   * A line that replaces the previous status line on a terminal. A final one
   * (the batch is done) is still replaceable, by the closing total, but is
   * left where it is when any other line follows.
   */
  update(text: string, final = false): void {
    if (this.stream.isTTY !== true) {
      this.line(text);
      return;
    }
    this.status = { text, final };
    this.stream.write(`${clearLine}${this.fit(text)}`);
  }

  /** Leaves the last status line in the scrollback, so the next output starts on a fresh line. */
  finish(): void {
    if (this.status === undefined) return;
    this.stream.write('\n');
    this.status = undefined;
  }

  /** A line wider than the terminal wraps, and `\r` would then redraw only its last row. */
  private fit(text: string): string {
    const columns = this.stream.columns ?? 0;
    return columns > 1 && text.length >= columns ? `${text.slice(0, columns - 2)}…` : text;
  }
}
