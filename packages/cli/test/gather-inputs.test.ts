import { describe, expect, it } from 'vitest';
import { gatherInputs } from '../src/gather-inputs.js';
import { envVarOf } from '../src/input-flags.js';
import { fakeInputs } from './fake-action.js';

describe('gatherInputs', () => {
  it('names each variable FTP_ACTIONS_ plus the input in upper case with underscores', () => {
    expect(envVarOf('password')).toBe('FTP_ACTIONS_PASSWORD');
    expect(envVarOf('tls-ca')).toBe('FTP_ACTIONS_TLS_CA');
  });

  it('reads variables, lets a flag beat its variable, and says where each value came from', () => {
    const gathered = gatherInputs(fakeInputs, new Map([['server', 'flag.example']]), {
      FTP_ACTIONS_SERVER: 'env.example',
      FTP_ACTIONS_REMOTE_DIR: '  www  ',
      FTP_ACTIONS_PORT: '',
    });
    expect(gathered.raw).toEqual({ server: 'flag.example', 'remote-dir': 'www' });
    expect(Object.fromEntries(gathered.sources)).toEqual({ server: 'flag', 'remote-dir': 'env' });
  });

  it('keeps secrets exactly as given and lists them for redaction', () => {
    const gathered = gatherInputs(fakeInputs, new Map([['token', ' t0ken ']]), { FTP_ACTIONS_PASSWORD: ' pass word ' });
    expect(gathered.raw.password).toBe(' pass word ');
    expect(gathered.secrets).toEqual([' pass word ', ' t0ken ']);
  });
});
