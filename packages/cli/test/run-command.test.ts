import { describe, expect, it } from 'vitest';
import { CheckFailedError, ConfigurationError, ConnectionPool, type ActionDeps } from '@ftp-actions/core';
import { command } from '../src/command.js';
import type { OutputStream } from '../src/io.js';
import { runCommand } from '../src/run-command.js';
import { fakeAction, type FakeSettings } from './fake-action.js';

class Capture implements OutputStream {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

async function run(
  args: Record<string, string>,
  action = fakeAction(() => Promise.resolve({ outputs: { done: 1 }, summary: '' })),
  json = false,
) {
  const stdout = new Capture();
  const stderr = new Capture();
  const exitCode = await runCommand(
    { name: 'fake', command: command(action, 'A fake command.'), flags: new Map(Object.entries(args)), json },
    { stdout, stderr, env: {} },
  );
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

const valid = { server: 'ftp.example.com', label: 'l', protocol: 'ftps' };

describe('runCommand', () => {
  it('closes every pool the action opened, when it succeeds and when it throws', async () => {
    const pools: ConnectionPool[] = [];
    const openTwo = (settings: FakeSettings, deps: ActionDeps): void => {
      pools.push(deps.openPool(settings.connection), deps.openPool(settings.connection));
    };
    const ok = await run(
      valid,
      fakeAction((settings, deps) => {
        openTwo(settings, deps);
        return Promise.resolve({ outputs: {}, summary: '' });
      }),
    );
    const thrown = await run(
      valid,
      fakeAction((settings, deps) => {
        openTwo(settings, deps);
        return Promise.reject(new CheckFailedError('it broke', { hint: 'mend it' }));
      }),
    );
    expect(ok.exitCode).toBe(0);
    expect(thrown).toMatchObject({ exitCode: 1, stderr: 'ftp-actions fake failed: it broke\nhint: mend it\n' });
    expect(pools).toHaveLength(4);
    for (const pool of pools) await expect(pool.use(() => Promise.resolve())).rejects.toThrow('The connection pool is closed');
  });

  it('does not run the action when an input is bad, and names inputs as flags', async () => {
    let ran = false;
    const result = await run(
      { server: 'ftp.example.com', 'dry-run': 'maybe' },
      fakeAction(() => {
        ran = true;
        return Promise.resolve({ outputs: {}, summary: '' });
      }),
    );
    expect(ran).toBe(false);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ {2}--dry-run: expected true or false, got "maybe"$/m);
    expect(result.stderr).toMatch(/^ {2}--label: is required and was not given$/m);
  });

  it('prints the outputs as an aligned table, or as typed JSON alone on stdout', async () => {
    const action = fakeAction((_settings, deps) => {
      deps.log.info('working');
      return Promise.resolve({ outputs: { ok: true, count: 3, 'long-name': 'a\nb', none: undefined }, summary: '' });
    });
    const text = await run(valid, action);
    expect(text.stdout).toBe(
      'working\n\nFake action outputs:\n  ok         true\n  count      3\n  long-name  a\n             b\n  none       -\n',
    );
    const json = await run(valid, action, true);
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, count: 3, 'long-name': 'a\nb', none: null });
    expect(json.stderr).toBe('working\n');
  });

  it('exits 2 when the action finds a bad input only while running', async () => {
    const result = await run(
      valid,
      fakeAction(() => Promise.reject(new ConfigurationError([{ input: 'remote-dir', message: 'does not exist' }]))),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('  --remote-dir: does not exist\n');
  });

  it('exits 1 with the reason and hint when the action reports a failure', async () => {
    const result = await run(
      valid,
      fakeAction(() =>
        Promise.resolve({ outputs: { ok: false }, summary: '', failure: new CheckFailedError('not fit', { hint: 'fix it' }) }),
      ),
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('ftp-actions fake failed: not fit\nhint: fix it\n');
  });

  it('redacts every secret input from logs, outputs and failures', async () => {
    const result = await run(
      { ...valid, password: 'pw-one', token: 'tok-two' },
      fakeAction((_settings, deps) => {
        deps.log.info('pw-one and tok-two');
        return Promise.resolve({ outputs: { echo: 'pw-one' }, summary: '', failure: new Error('tok-two leaked') });
      }),
    );
    expect(result.stdout + result.stderr).not.toMatch(/pw-one|tok-two/);
    expect(result.stdout).toContain('warning: --password on the command line is visible');
  });
});
