import { afterEach, describe, expect, it } from 'vitest';
import type { FTPContext } from 'basic-ftp';
import { keepsRepliesInStep, serverOf } from '../src/ftp/pipeline.js';
import { renameAllTogether } from '../src/ftp/rename-together.js';
import { connectedContext, startLineControl, type LineControl } from './helpers/line-control.js';

const pairs = [
  { from: '/a.tmp', to: '/a' },
  { from: '/b.tmp', to: '/b' },
  { from: '/c.tmp', to: '/c' },
];

describe('renameAllTogether', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  async function serverAnswering(answer: (lines: string[]) => string[]): Promise<{ server: LineControl; ftp: FTPContext }> {
    // Answers only once all six lines arrived: a client that waited for each reply would hang.
    const server = await startLineControl(pairs.length * 2, answer);
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());
    return { server, ftp };
  }

  it('renames every pair in one write, and reports each', async () => {
    const { server, ftp } = await serverAnswering((lines) => lines.map((line) => (line.startsWith('RNFR') ? '350 Ready' : '250 Renamed')));
    expect(await renameAllTogether(ftp, pairs)).toEqual([{ kind: 'renamed' }, { kind: 'renamed' }, { kind: 'renamed' }]);
    expect(server.lines).toEqual(['RNFR /a.tmp', 'RNTO /a', 'RNFR /b.tmp', 'RNTO /b', 'RNFR /c.tmp', 'RNTO /c']);
    expect(keepsRepliesInStep(ftp)).toBe(true);
  });

  it('reports a refused pair as refused at its command, the others renamed', async () => {
    const { ftp } = await serverAnswering((lines) =>
      lines.map((line) => {
        if (line === 'RNFR /b.tmp') return '550 No such file';
        if (line === 'RNTO /b') return '503 RNFR first';
        if (line === 'RNTO /c') return '553 Not allowed';
        return line.startsWith('RNFR') ? '350 Ready' : '250 Renamed';
      }),
    );
    const outcomes = await renameAllTogether(ftp, pairs);
    expect(outcomes.map((outcome) => (outcome.kind === 'refused' ? `${outcome.command} ${outcome.error.code}` : outcome.kind))).toEqual([
      'renamed',
      'RNFR 550',
      'RNTO 553',
    ]);
  });

  it('calls every pair out of step when the replies do not fit, and renames in lockstep from then on', async () => {
    // RNTO answered before its RNFR, as ftp-srv can: which reply belongs to which command is unknown.
    const { ftp } = await serverAnswering((lines) => lines.map((line) => (line.startsWith('RNTO') ? '350 Ready' : '250 Renamed')));
    const server = serverOf(ftp);
    const outcomes = await renameAllTogether(ftp, pairs);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['out-of-step', 'out-of-step', 'out-of-step']);
    expect(keepsRepliesInStep(ftp)).toBe(false);
    expect(serverOf(ftp)).toBe(server);
  });
});
