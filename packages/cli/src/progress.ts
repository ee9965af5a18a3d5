/**
 * Which log lines are progress reports. Core's transfer engine reports
 * progress through the logger's info lines, so GitHub's log gets them as
 * plain lines; on a terminal the CLI redraws them in place instead of
 * scrolling a new one every few seconds. The shape matched is that of core's
 * `describeProgress` and `TransferProgress.complete`:
 * "Uploaded 120/500 files, 3.4 MB of 10 MB (34%), 1.2 MB/s, about 6s left".
 */
const progressPattern = /^[A-Z][a-z]+ (\d+)\/(\d+) files, /;

export interface ProgressLine {
  /** Every file is done: the line stays in the scrollback instead of being redrawn below later lines. */
  readonly final: boolean;
}

export function progressOf(message: string): ProgressLine | undefined {
  const match = message.includes('\n') ? null : progressPattern.exec(message);
  if (match === null) return undefined;
  return { final: match[1] === match[2] };
}
