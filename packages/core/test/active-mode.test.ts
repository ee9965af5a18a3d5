import { describe, expect, it } from 'vitest';
import { parseEpsvPort, parsePasvPort, portCommand } from '@ftp-actions/core';

describe('portCommand', () => {
  it('writes PORT for IPv4, the port split into its two bytes', () => {
    expect(portCommand('127.0.0.1', 45_000)).toBe('PORT 127,0,0,1,175,200');
    expect(portCommand('203.0.113.7', 21)).toBe('PORT 203,0,113,7,0,21');
  });

  it('writes EPRT |2| for IPv6', () => {
    expect(portCommand('::1', 45_000)).toBe('EPRT |2|::1|45000|');
    expect(portCommand('2001:db8::7', 1024)).toBe('EPRT |2|2001:db8::7|1024|');
  });

  it('refuses anything that is not an address', () => {
    expect(() => portCommand('runner.example.com', 1024)).toThrow(/not an IP address/);
  });
});

describe('parsePasvPort', () => {
  it('reads the port and nothing else from a PASV reply', () => {
    expect(parsePasvPort('227 Entering Passive Mode (10,0,0,1,175,200)')).toBe(45_000);
    expect(parsePasvPort('227 Entering Passive Mode (127,0,0,1,0,21).')).toBe(21);
  });

  it('refuses a reply without a usable port', () => {
    expect(() => parsePasvPort('227 Entering Passive Mode')).toThrow(/Can't parse response to 'PASV'/);
    expect(() => parsePasvPort('227 (127,0,0,1,0,0)')).toThrow(/Can't parse/);
    expect(() => parsePasvPort('227 (127,0,0,1,300,0)')).toThrow(/Can't parse/);
  });
});

describe('parseEpsvPort', () => {
  it('reads the port of an EPSV reply, also with the "!" delimiter some servers use', () => {
    expect(parseEpsvPort('229 Entering Extended Passive Mode (|||6446|)')).toBe(6446);
    expect(parseEpsvPort('229 Entering Extended Passive Mode (!!!21!).')).toBe(21);
  });

  it('refuses a reply without a usable port', () => {
    expect(() => parseEpsvPort('229 Entering Extended Passive Mode')).toThrow(/Can't parse response to 'EPSV'/);
    expect(() => parseEpsvPort('229 (|||0|)')).toThrow(/Can't parse/);
    expect(() => parseEpsvPort('229 (|||70000|)')).toThrow(/Can't parse/);
    expect(() => parseEpsvPort('229 (|1|10.0.0.1|6446|)')).toThrow(/Can't parse/);
  });
});
