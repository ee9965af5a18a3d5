import { describe, expect, it } from 'vitest';
import type { OutputStream } from '../src/io.js';
import { createTerminalLogger } from '../src/terminal-logger.js';

class FakeStream implements OutputStream {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

const clear = '\r\x1b[2K';

describe('terminal logger', () => {
  it('redraws progress in place on a terminal and keeps other lines above it', () => {
    const stream = new FakeStream(true);
    const log = createTerminalLogger({ level: 'info', secrets: [], stream });
    log.info('Uploaded 1/3 files, 1 kB of 3 kB (33%), 1 kB/s, about 2s left');
    log.info('Uploaded 2/3 files, 2 kB of 3 kB (66%), 1 kB/s, about 1s left');
    log.info('Failed b.txt: 550 denied');
    log.info('Uploaded 3/3 files, 3 kB of 3 kB (100%), 1 kB/s, about 0s left');
    log.info('Uploaded 3/3 files, 3 kB in 3s');
    log.info('Deleted 2 files');
    log.finish();
    expect(stream.text).toBe(
      `${clear}Uploaded 1/3 files, 1 kB of 3 kB (33%), 1 kB/s, about 2s left` +
        `${clear}Uploaded 2/3 files, 2 kB of 3 kB (66%), 1 kB/s, about 1s left` +
        `${clear}Failed b.txt: 550 denied\nUploaded 2/3 files, 2 kB of 3 kB (66%), 1 kB/s, about 1s left` +
        `${clear}Uploaded 3/3 files, 3 kB of 3 kB (100%), 1 kB/s, about 0s left` +
        // The closing total replaces the last progress line and then stays put.
        `${clear}Uploaded 3/3 files, 3 kB in 3s` +
        '\nDeleted 2 files\n',
    );
  });

  it('cuts a progress line to the terminal width, so the redraw does not wrap', () => {
    const stream = new FakeStream(true, 24);
    createTerminalLogger({ level: 'info', secrets: [], stream }).info('Uploaded 10/100 files, 1 MB of 9 MB (11%), 1 MB/s');
    expect(stream.text).toBe(`${clear}Uploaded 10/100 files,…`);
  });

  it('ends a progress line still on screen when asked, so the results start on a fresh line', () => {
    const stream = new FakeStream(true);
    const log = createTerminalLogger({ level: 'info', secrets: [], stream });
    log.info('Downloaded 1/2 files, 1 kB, 1 kB/s');
    log.finish();
    log.finish();
    expect(stream.text).toBe(`${clear}Downloaded 1/2 files, 1 kB, 1 kB/s\n`);
  });

  it('writes progress as plain lines off a terminal', () => {
    const stream = new FakeStream(false);
    const log = createTerminalLogger({ level: 'info', secrets: [], stream });
    log.info('Uploaded 1/2 files, 1 kB, 1 kB/s');
    log.info('Uploaded 2/2 files, 2 kB in 2s');
    log.finish();
    expect(stream.text).toBe('Uploaded 1/2 files, 1 kB, 1 kB/s\nUploaded 2/2 files, 2 kB in 2s\n');
  });

  it('shows verbose and debug lines only at their level, and redacts secrets everywhere', () => {
    const quiet = new FakeStream(false);
    const loud = new FakeStream(false);
    for (const [stream, level] of [
      [quiet, 'info'],
      [loud, 'debug'],
    ] as const) {
      const log = createTerminalLogger({ level, secrets: ['hunter2'], stream });
      log.info('info hunter2');
      log.verbose('verbose hunter2');
      log.debug('> PASS hunter2\n');
      log.debug('');
      log.warning('warning hunter2');
    }
    expect(quiet.text).toBe('info ***\nwarning: warning ***\n');
    expect(loud.text).toBe('info ***\nverbose ***\n[debug] > PASS ***\nwarning: warning ***\n');
  });
});
