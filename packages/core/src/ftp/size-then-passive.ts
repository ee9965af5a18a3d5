/**
 * SIZE and the next transfer's passive command (EPSV or PASV) in one write:
 * reading a small file (a sync's state or lock) then costs SIZE+EPSV, then
 * RETR, two round trips instead of three. The passive reply waits in
 * `passive-reply-cache.ts` for the RETR, or for the STOR that follows when
 * SIZE says there is no such file (a lock about to be taken).
 *
 * Replies are matched to commands by their codes, not their order: a SIZE
 * never answers 227/229 and a passive command never 213, so a server that
 * answers out of order (ftp-srv runs each command as it arrives) is still
 * read right. When both are refusals nothing tells them apart: then no
 * passive reply is kept, and SIZE is asked again on its own.
 */
import { Client, FTPError, type FTPResponse } from 'basic-ftp';
import type { FtpClient } from './client-port.js';
import { keepPassiveReply } from './passive-reply-cache.js';
import { settledPassiveCommand, usesPassiveMode } from './passive-mode.js';
import { keepsRepliesInStep, sendTogether, type PipelinedReply } from './pipeline.js';

const passiveCodes = { EPSV: 229, PASV: 227 } as const;

const isResponse = (reply: PipelinedReply | undefined): reply is FTPResponse => reply !== undefined && !(reply instanceof FTPError);

/**
 * Sends `SIZE path` (with the passive command where the session uses
 * passive mode and its server keeps pipelined replies in step) and resolves
 * with SIZE's reply; throws SIZE's refusal as FTPError, as `client.send` does.
 */
export async function sizeThenPassive(client: FtpClient, path: string): Promise<FTPResponse> {
  if (!(client instanceof Client && usesPassiveMode(client.ftp) && keepsRepliesInStep(client.ftp))) return client.send(`SIZE ${path}`);
  const ftp = client.ftp;
  // Before the session's first transfer no command is settled yet: EPSV is what it tries first.
  const passive = settledPassiveCommand(ftp) ?? 'EPSV';
  const replies = await sendTogether(ftp, [`SIZE ${path}`, passive]);
  const passiveReply = replies.find((reply) => isResponse(reply) && reply.code === passiveCodes[passive]);
  if (isResponse(passiveReply)) keepPassiveReply(ftp, passive, passiveReply);
  const sizeReply =
    passiveReply === undefined ? replies.find((reply) => isResponse(reply)) : replies.find((reply) => reply !== passiveReply);
  // Two refusals (or none that fits SIZE): which was SIZE's is unknown, so it is asked again on its own.
  if (sizeReply === undefined || (passiveReply === undefined && !isResponse(sizeReply))) return client.send(`SIZE ${path}`);
  if (sizeReply instanceof FTPError) throw sizeReply;
  return sizeReply;
}
