import { FTPError } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { describeError, replyCode, TransferError } from '@ftp-actions/core';

describe('describeError', () => {
  it('quotes the first line of an FTP reply with its code', () => {
    expect(describeError(new FTPError({ code: 550, message: '550 Permission denied\r\n' }))).toBe('550 Permission denied');
    expect(describeError(new FTPError({ code: 451, message: '451-Local error\r\n451 in processing' }))).toBe('451 Local error');
    expect(describeError(new FTPError({ code: 502, message: '502' }))).toBe('502');
  });

  it('keeps one line of other errors', () => {
    const openssl = new Error('80:error:0A00041A:SSL routines:ssl3_read_bytes:tlsv1 alert decode error:SSL alert number 50\n');
    expect(describeError(openssl)).toBe('80:error:0A00041A:SSL routines:ssl3_read_bytes:tlsv1 alert decode error:SSL alert number 50');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('replyCode', () => {
  it('finds the code on FTP errors and on our errors that wrap them', () => {
    const reply = new FTPError({ code: 553, message: '553 Bad name' });
    expect(replyCode(reply)).toBe(553);
    expect(replyCode(new TransferError('/x', 'STOR failed', { cause: reply }))).toBe(553);
    expect(replyCode(new Error('socket'))).toBeUndefined();
  });
});
