import { afterEach, describe, expect, it } from 'vitest';
import type { FTPResponse } from 'basic-ftp';
import { keepsRepliesInStep } from '../src/ftp/pipeline.js';
import { renameTogether } from '../src/ftp/rename-together.js';
import { takePassiveReply } from '../src/ftp/passive-reply-cache.js';
import { connectedContext, startLineControl, type LineControl } from './helpers/line-control.js';

/** A server that answers each command line with what `reply` says, and records the lines. */
function scriptedControl(reply: (line: string) => string): Promise<LineControl> {
  return startLineControl(1, (lines) => lines.map(reply));
}

const wellBehaved = (line: string): string => {
  if (line.startsWith('RNFR')) return '350 Ready for RNTO';
  if (line.startsWith('RNTO')) return '250 Renamed';
  if (line === 'EPSV') return '229 Entering Extended Passive Mode (|||40123|)';
  return '200 OK';
};

describe('renameTogether', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('sends RNFR, RNTO and EPSV in one write and keeps the EPSV reply for the next transfer, once', async () => {
    const server = await scriptedControl(wellBehaved);
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    expect(await renameTogether(ftp, '/a.tmp', '/a', 'EPSV')).toEqual({ kind: 'renamed' });
    expect(server.lines).toEqual(['RNFR /a.tmp', 'RNTO /a', 'EPSV']);
    const kept: FTPResponse | undefined = takePassiveReply(ftp, 'EPSV');
    expect(kept?.message).toContain('|||40123|');
    expect(takePassiveReply(ftp, 'EPSV')).toBeUndefined();
  });

  it('drops the kept reply once any other command went out on the connection', async () => {
    const server = await scriptedControl(wellBehaved);
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    await renameTogether(ftp, '/b.tmp', '/b', 'EPSV');
    await ftp.request('NOOP');
    expect(takePassiveReply(ftp, 'EPSV')).toBeUndefined();
  });

  it('sends no passive command when no transfer follows', async () => {
    const server = await scriptedControl(wellBehaved);
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    expect(await renameTogether(ftp, '/c.tmp', '/c', undefined)).toEqual({ kind: 'renamed' });
    expect(server.lines).toEqual(['RNFR /c.tmp', 'RNTO /c']);
    expect(takePassiveReply(ftp, 'EPSV')).toBeUndefined();
  });

  it('reports a refused RNFR as RNFR, with the server reply, and the connection stays usable', async () => {
    const server = await scriptedControl((line) => {
      if (line.startsWith('RNFR')) return '550 No such file';
      if (line.startsWith('RNTO')) return '503 Bad sequence of commands';
      return wellBehaved(line);
    });
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    const outcome = await renameTogether(ftp, '/d.tmp', '/d', 'EPSV');
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.command).toBe('RNFR');
    expect(outcome.error.code).toBe(550);
    expect((await ftp.request('NOOP')).code).toBe(200);
  });

  it('reports a refused RNTO (a server that will not rename onto a file) as RNTO', async () => {
    const server = await scriptedControl((line) => (line.startsWith('RNTO') ? '553 File exists' : wellBehaved(line)));
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    const outcome = await renameTogether(ftp, '/e.tmp', '/e', 'EPSV');
    expect(outcome).toMatchObject({ kind: 'refused', command: 'RNTO' });
  });

  it('reports replies out of step, keeps no passive reply, and makes later sessions to that server rename in lockstep', async () => {
    // A server that answers RNFR with a completion: which reply belongs to which command is lost.
    const server = await scriptedControl((line) => (line.startsWith('RNFR') ? '250 Done already' : wellBehaved(line)));
    cleanups.push(server.close);
    const ftp = await connectedContext(server.port);
    cleanups.push(() => ftp.close());

    expect(keepsRepliesInStep(ftp)).toBe(true);
    const outcome = await renameTogether(ftp, '/f.tmp', '/f', 'EPSV');
    expect(outcome).toEqual({ kind: 'out-of-step', replies: '250, 250, 229' });
    // One reply per command arrived, so the session itself is still usable.
    expect((await ftp.request('NOOP')).code).toBe(200);
    // The next session to the same server renames in lockstep.
    const next = await connectedContext(server.port);
    cleanups.push(() => next.close());
    expect(keepsRepliesInStep(next)).toBe(false);
    expect(takePassiveReply(ftp, 'EPSV')).toBeUndefined();
  });
});
