/**
 * What a scripted (and usually hostile) FTP server answers. Everything not
 * scripted gets a plain, well-behaved answer, so each test scripts only the
 * one thing it is about.
 */

/** Chunks to send on a data connection: strings (UTF-8) or raw bytes, possibly generated lazily. */
export type DataSource = Iterable<string | Buffer> | AsyncIterable<string | Buffer>;

/** A reply that starts as a multi-line reply and never sends its last line. */
export interface EndlessReply {
  /** The command it answers ('GREETING' for the 220 on connect, else a verb like 'FEAT'). */
  readonly to: string;
  /** Bytes of continuation lines sent before falling silent (the connection stays open). */
  readonly bytes: number;
}

export interface ServerScript {
  /**
   * The listing of an absolute directory path for LIST and MLSD, streamed
   * as given (line ends included: the script decides what a line is).
   * Undefined means "no such directory" (550).
   */
  readonly listing?: (path: string, command: 'LIST' | 'MLSD') => DataSource | undefined;
  /** Bytes for RETR of an absolute path; undefined means 550. */
  readonly file?: (path: string) => Buffer | undefined;
  /** Announce MLST in FEAT, so basic-ftp lists with MLSD. */
  readonly mlsd?: boolean;
  /** Refuse EPSV with 500, so the client falls back to PASV. */
  readonly refuseEpsv?: boolean;
  /** The host written into PASV replies instead of the address the server listens on. */
  readonly pasvHost?: string;
  /** A host put into the EPSV reply, "(|1|host||port|)", where RFC 2428 allows none. */
  readonly epsvHost?: string;
  readonly endlessReply?: EndlessReply;
  /** Answer AUTH TLS with 234 and then go on in plain text, never starting TLS. */
  readonly fakeAuthTls?: boolean;
}

/** A data connection as the server saw it. */
export interface SeenDataConnection {
  /** 'passive' when the client connected to us, 'active' when we connected to the client. */
  readonly mode: 'passive' | 'active';
  /** The client's end. */
  readonly clientAddress: string;
  readonly clientPort: number;
}
