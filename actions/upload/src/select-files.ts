/**
 * Finds the local files to upload with @actions/glob, the matcher workflow
 * authors already know from actions/upload-artifact and friends (the issue
 * asks for its semantics: `!` excludes, later patterns win, `**` crosses
 * folders). Patterns are relative to local-dir; nothing outside it is sent.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import * as glob from '@actions/glob';
import { ConfigurationError } from '@ftp-actions/core';

export interface LocalFile {
  readonly localPath: string;
  /** Path below local-dir with `/` separators: the same path below remote-dir. */
  readonly relativePath: string;
  readonly size: number;
  readonly mtime: Date;
}

/** @actions/glob has no cwd option, so local-dir is prefixed, with its own glob characters escaped. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[]/g, (character) => `[${character}]`);
}

function anchor(pattern: string, localDir: string): string {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  if (isAbsolute(body))
    throw new ConfigurationError([{ input: 'files', message: `patterns are relative to local-dir; "${pattern}" is absolute` }]);
  return `${negated ? '!' : ''}${join(escapeGlob(localDir), body)}`;
}

export async function selectLocalFiles(localDir: string, patterns: readonly string[]): Promise<LocalFile[]> {
  const localStat = await stat(localDir).catch((error: unknown) => {
    throw new ConfigurationError([
      { input: 'local-dir', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  });
  if (!localStat.isDirectory()) throw new ConfigurationError([{ input: 'local-dir', message: `"${localDir}" is not a folder` }]);
  const globber = await glob.create(patterns.map((pattern) => anchor(pattern, localDir)).join('\n'), {
    matchDirectories: false,
    implicitDescendants: true,
    followSymbolicLinks: true,
  });
  const files: LocalFile[] = [];
  for await (const localPath of globber.globGenerator()) {
    const relativePath = relative(localDir, localPath);
    if (relativePath.startsWith('..') || isAbsolute(relativePath)) {
      throw new ConfigurationError([
        { input: 'files', message: `matched "${localPath}", which is outside local-dir; use patterns relative to local-dir` },
      ]);
    }
    const info = await stat(localPath);
    if (!info.isFile()) continue;
    files.push({ localPath, relativePath: relativePath.split(sep).join('/'), size: info.size, mtime: info.mtime });
  }
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
