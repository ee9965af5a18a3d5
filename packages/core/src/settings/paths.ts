/**
 * Remote paths as inputs. FTP sends paths inside commands on the control
 * connection, so a line break in a path would be a second command: refuse
 * control characters outright rather than trust every layer to escape them.
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/** A remote path; '' is allowed and means the login directory. */
export const remotePath = () =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'must not contain control characters (line breaks, tabs, NUL)' });
      return z.NEVER;
    }
    return value;
  });

/** A local-dir input resolved against the workspace; '' means the workspace itself. */
export function resolveLocalDir(localDir: string, workspace: string): string {
  if (localDir === '') return workspace;
  return isAbsolute(localDir) ? localDir : resolve(workspace, localDir);
}
