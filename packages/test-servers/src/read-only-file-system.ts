import { FileSystem } from 'ftp-srv';

/**
 * Thrown for every write on a read-only server. ftp-srv answers STOR, APPE,
 * DELE, RMD, MKD and RNTO failures with a fixed 550 and this message; its own
 * error classes are not exported where its typings say they are
 * (module.exports.ftpErrors at run time), so this one is ours.
 */
export class PermissionDeniedError extends Error {
  readonly code = 550;

  constructor(action: string, path: string) {
    super(`Permission denied: ${action} ${path} on a read-only server`);
    this.name = 'PermissionDeniedError';
  }
}

/**
 * ftp-srv's disk file system with every write refused, for tests of a
 * server that lets a user read but not write. Listing, SIZE, MDTM, CWD and
 * RETR behave as usual. RNFR only checks that the source exists, so a rename
 * is refused at RNTO.
 */
export class ReadOnlyFileSystem extends FileSystem {
  override write(fileName: string): Promise<never> {
    return Promise.reject(new PermissionDeniedError('write', fileName));
  }

  override delete(path: string): Promise<never> {
    return Promise.reject(new PermissionDeniedError('delete', path));
  }

  override mkdir(path: string): Promise<never> {
    return Promise.reject(new PermissionDeniedError('create directory', path));
  }

  override rename(from: string, to: string): Promise<never> {
    return Promise.reject(new PermissionDeniedError('rename', `${from} to ${to}`));
  }

  override chmod(path: string): Promise<never> {
    return Promise.reject(new PermissionDeniedError('chmod', path));
  }
}
