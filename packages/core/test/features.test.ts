import { describe, expect, it } from 'vitest';
import { describeFeatures, hasFeature, missingFeatures } from '@ftp-actions/core';

// FEAT as pure-ftpd answers it, parsed the way basic-ftp parses it.
const pureFtpd = new Map([
  ['EPRT', ''],
  ['IDLE', ''],
  ['MDTM', ''],
  ['SIZE', ''],
  ['MFMT', ''],
  ['REST', 'STREAM'],
  ['MLST', 'type*;size*;sizd*;modify*;UNIX.mode*;UNIX.uid*;UNIX.gid*;unique*;'],
  ['MLSD', ''],
  ['AUTH', 'TLS'],
  ['PBSZ', ''],
  ['PROT', ''],
  ['UTF8', ''],
  ['TVFS', ''],
  ['ESTA', ''],
  ['PASV', ''],
  ['EPSV', ''],
]);

describe('required features', () => {
  it('matches names case-insensitively, with parameters', () => {
    expect(hasFeature(pureFtpd, 'mfmt')).toBe(true);
    expect(hasFeature(pureFtpd, 'REST STREAM')).toBe(true);
    expect(hasFeature(pureFtpd, 'AUTH TLS')).toBe(true);
    expect(hasFeature(pureFtpd, 'AUTH SSL')).toBe(false);
  });

  it('treats MLSD as announced by MLST', () => {
    expect(hasFeature(new Map([['MLST', 'size*;modify*;']]), 'MLSD')).toBe(true);
    expect(hasFeature(new Map([['MDTM', '']]), 'MLSD')).toBe(false);
  });

  it('lists exactly what is missing', () => {
    expect(
      missingFeatures(
        new Map([
          ['MDTM', ''],
          ['UTF8', ''],
        ]),
        ['MLSD', 'MFMT', 'UTF8', 'HASH'],
      ),
    ).toEqual(['MLSD', 'MFMT', 'HASH']);
  });

  it('describes FEAT sorted, with parameters', () => {
    expect(
      describeFeatures(
        new Map([
          ['utf8', ''],
          ['AUTH', 'TLS'],
        ]),
      ),
    ).toEqual(['AUTH TLS', 'UTF8']);
  });
});
