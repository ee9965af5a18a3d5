/**
 * LIST output as real servers print it, parsed with basic-ftp's parseList
 * (what the actions use for every server without MLSD), and what our core
 * makes of the names: awkward ones kept exactly, dangerous ones refused.
 *
 * The vsftpd 3.0.3, pure-ftpd 1.0.50 and ProFTPD 1.3.8 listings were
 * captured in this sandbox (`LIST -a /` through basic-ftp, servers started
 * by startRealServer, files made as root, so the owner is 0) from a
 * directory holding the awkward names below; the IIS and hosting-panel
 * ones follow those servers' documented formats.
 */
import { Client, FileType, parseList, type FileInfo } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { isSafeName, listRemoteTree, RemotePathError, silentLogger, type ClientPool, type RemoteEntry } from '@ftp-actions/core';

interface Expected {
  name: string;
  type: 'file' | 'directory' | 'symlink';
  size: number;
  /** Target of a symbolic link. */
  link?: string;
}

const file = (name: string, size: number): Expected => ({ name, type: 'file', size });
const dir = (name: string, size = 4096): Expected => ({ name, type: 'directory', size });
const symlink = (name: string, size: number, link: string): Expected => ({ name, type: 'symlink', size, link });

/** What every Unix-style capture below lists, in the servers' (name) order. */
const captured: Expected[] = [
  file(' leading space.txt', 4),
  file('--help', 4),
  file('-rf', 4),
  file('.htaccess', 17),
  // A regular file whose name contains " -> ": only a symbolic link's name is split there.
  file('a -> b.txt', 5),
  file('big.iso', 5_368_709_120),
  symlink('dangling', 7, 'nowhere'),
  dir('dir with space'),
  symlink('dirlink', 14, 'dir with space'),
  symlink('my link', 29, 'dir with space/inner file.txt'),
  file('old.txt', 3),
  file('trailing space.txt ', 5),
  file('two  spaces.txt', 3),
  file('ünïcødé ✓ 文件.txt', 7),
  dir('日本語 フォルダ'),
];

interface Listing {
  source: string;
  lines: string[];
  expected: Expected[];
}

const LISTINGS: Listing[] = [
  {
    source: 'vsftpd 3.0.3 (numeric owners, day padded with 0)',
    lines: [
      '-rw-r--r--    1 0        0               4 Nov 25 14:17  leading space.txt',
      '-rw-r--r--    1 0        0               4 Nov 25 14:17 --help',
      '-rw-r--r--    1 0        0               4 Nov 25 14:17 -rf',
      'drwxr-xr-x    4 999      995          4096 Nov 25 14:17 .',
      'drwxr-xr-x    4 999      995          4096 Nov 25 14:17 ..',
      '-rw-r--r--    1 0        0              17 Nov 25 14:17 .htaccess',
      '-rw-r--r--    1 0        0               5 Nov 25 14:17 a -> b.txt',
      '-rw-r--r--    1 0        0        5368709120 Nov 25 14:17 big.iso',
      'lrwxrwxrwx    1 0        0               7 Nov 25 14:17 dangling -> nowhere',
      'drwxr-xr-x    2 0        0            4096 Nov 25 14:17 dir with space',
      'lrwxrwxrwx    1 0        0              14 Nov 25 14:17 dirlink -> dir with space',
      'lrwxrwxrwx    1 0        0              29 Nov 25 14:17 my link -> dir with space/inner file.txt',
      '-rw-r--r--    1 0        0               3 Mar 04  2021 old.txt',
      '-rw-r--r--    1 0        0               5 Nov 25 14:17 trailing space.txt ',
      '-rw-r--r--    1 0        0               3 Nov 25 14:17 two  spaces.txt',
      '-rw-r--r--    1 0        0               7 Nov 25 14:17 ünïcødé ✓ 文件.txt',
      'drwxr-xr-x    2 0        0            4096 Nov 25 14:17 日本語 フォルダ',
    ],
    expected: captured,
  },
  {
    source: 'pure-ftpd 1.0.50 (wide columns, named group)',
    lines: [
      '-rw-r--r--    1 0          0                   4 Nov 25 14:17  leading space.txt',
      '-rw-r--r--    1 0          0                   4 Nov 25 14:17 --help',
      '-rw-r--r--    1 0          0                   4 Nov 25 14:17 -rf',
      'drwxr-xr-x    4 999        ftptest          4096 Nov 25 14:17 .',
      'drwxr-xr-x    4 999        ftptest          4096 Nov 25 14:17 ..',
      '-rw-r--r--    1 0          0                  17 Nov 25 14:17 .htaccess',
      '-rw-r--r--    1 0          0                   5 Nov 25 14:17 a -> b.txt',
      '-rw-r--r--    1 0          0          5368709120 Nov 25 14:17 big.iso',
      'lrwxrwxrwx    1 0          0                   7 Nov 25 14:17 dangling -> nowhere',
      'drwxr-xr-x    2 0          0                4096 Nov 25 14:17 dir with space',
      'lrwxrwxrwx    1 0          0                  14 Nov 25 14:17 dirlink -> dir with space',
      'lrwxrwxrwx    1 0          0                  29 Nov 25 14:17 my link -> dir with space/inner file.txt',
      '-rw-r--r--    1 0          0                   3 Mar  4  2021 old.txt',
      '-rw-r--r--    1 0          0                   5 Nov 25 14:17 trailing space.txt ',
      '-rw-r--r--    1 0          0                   3 Nov 25 14:17 two  spaces.txt',
      '-rw-r--r--    1 0          0                   7 Nov 25 14:17 ünïcødé ✓ 文件.txt',
      'drwxr-xr-x    2 0          0                4096 Nov 25 14:17 日本語 フォルダ',
    ],
    expected: captured,
  },
  {
    source: 'ProFTPD 1.3.8 (named owner and group)',
    lines: [
      '-rw-r--r--   1 0        0               4 Nov 25 14:17  leading space.txt',
      '-rw-r--r--   1 0        0               4 Nov 25 14:17 --help',
      '-rw-r--r--   1 0        0               4 Nov 25 14:17 -rf',
      'drwxr-xr-x   4 ftptest  ftptest      4096 Nov 25 14:17 .',
      'drwxr-xr-x   4 ftptest  ftptest      4096 Nov 25 14:17 ..',
      '-rw-r--r--   1 0        0              17 Nov 25 14:17 .htaccess',
      '-rw-r--r--   1 0        0               5 Nov 25 14:17 a -> b.txt',
      '-rw-r--r--   1 0        0        5368709120 Nov 25 14:17 big.iso',
      'lrwxrwxrwx   1 0        0               7 Nov 25 14:17 dangling -> nowhere',
      'drwxr-xr-x   2 0        0            4096 Nov 25 14:17 dir with space',
      'lrwxrwxrwx   1 0        0              14 Nov 25 14:17 dirlink -> dir with space',
      'lrwxrwxrwx   1 0        0              29 Nov 25 14:17 my link -> dir with space/inner file.txt',
      '-rw-r--r--   1 0        0               3 Mar  4  2021 old.txt',
      '-rw-r--r--   1 0        0               5 Nov 25 14:17 trailing space.txt ',
      '-rw-r--r--   1 0        0               3 Nov 25 14:17 two  spaces.txt',
      '-rw-r--r--   1 0        0               7 Nov 25 14:17 ünïcødé ✓ 文件.txt',
      'drwxr-xr-x   2 0        0            4096 Nov 25 14:17 日本語 フォルダ',
    ],
    expected: captured,
  },
  {
    source: 'IIS (DOS style, 2-digit years, 12-hour times)',
    lines: [
      '11-25-26  01:02PM       <DIR>          My Folder',
      '11-25-26  01:02PM                 1234 file name.txt',
      '02-29-24  11:59AM           5368709120 big.iso',
      '01-05-25  12:00AM       <DIR>          -rf',
      '01-05-25  12:00AM                    0 ünïcødé ✓ 文件.txt',
      '01-05-25  12:00AM                    7 two  spaces.txt',
    ],
    expected: [
      dir('My Folder', 0),
      file('file name.txt', 1234),
      file('big.iso', 5_368_709_120),
      dir('-rf', 0),
      file('ünïcødé ✓ 文件.txt', 0),
      file('two  spaces.txt', 7),
    ],
  },
  {
    source: 'IIS (DOS style, 4-digit years, 24-hour times)',
    lines: ['11-25-2026  13:02       <DIR>          My Folder', '11-25-2026  13:02                 1234 file name.txt'],
    expected: [dir('My Folder', 0), file('file name.txt', 1234)],
  },
  {
    source: 'hosting panel (total line, named owners, . and .., web-root symlink)',
    lines: [
      'total 12',
      'drwxr-xr-x   2 user     group        4096 Nov 25 13:02 .',
      'drwxr-xr-x   5 user     group        4096 Nov 25 13:02 ..',
      '-rw-r--r--   1 user     group        1234 Nov 25 13:02 index.php',
      'drwxr-x---   3 user     nobody       4096 Jan  5  2024 public_html',
      'lrwxrwxrwx   1 user     group          11 Nov 25 13:02 www -> public_html',
      '-rw-r--r--   1 1001     1001          220 Nov 25 13:02 .htaccess',
      '-rw-r--r--   1 user     group           0 Nov 25 13:02 name with spaces.txt',
      'drwxrwxrwt   2 root     root         4096 Nov 25 13:02 tmp',
    ],
    expected: [
      file('index.php', 1234),
      dir('public_html'),
      symlink('www', 11, 'public_html'),
      file('.htaccess', 220),
      file('name with spaces.txt', 0),
      dir('tmp'),
    ],
  },
  {
    source: 'hosting panel (Windows group with a space, ACL mark)',
    lines: [
      '-rw-r--r--+  1 owner    Domain Users     1234 Nov 25 13:02 report 2026.pdf',
      'drwxr-xr-x+  1 owner    Domain Users        0 Nov 25 13:02 Shared Docs',
    ],
    expected: [file('report 2026.pdf', 1234), dir('Shared Docs', 0)],
  },
];

const TYPE_NAMES = new Map<FileType, Expected['type']>([
  [FileType.File, 'file'],
  [FileType.Directory, 'directory'],
  [FileType.SymbolicLink, 'symlink'],
]);

function describeInfo(info: FileInfo): Expected {
  const type = TYPE_NAMES.get(info.type);
  if (type === undefined) throw new Error(`${info.name}: unexpected type ${info.type}`);
  return { name: info.name, type, size: info.size, ...(info.isSymbolicLink ? { link: info.link } : {}) };
}

/** A listing as it arrives on the data connection: CRLF after every line. */
function raw(lines: readonly string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}

/** A pool whose one client answers LIST from `listings` (absolute path → listing text), parsed with parseList. */
function listingPool(listings: Readonly<Record<string, string>>): { pool: ClientPool; close(): void } {
  const client = new Client();
  client.list = (path = '') => Promise.resolve(parseList(listings[path] ?? ''));
  return {
    pool: { use: (task) => task(client), run: (_description, task) => task(client) },
    close: () => client.close(),
  };
}

async function listTop(listing: string): Promise<RemoteEntry[]> {
  const fake = listingPool({ '/': listing });
  try {
    return await listRemoteTree(fake.pool, '/', { recursive: false, log: silentLogger });
  } finally {
    fake.close();
  }
}

describe('LIST output of real servers, parsed with basic-ftp parseList', () => {
  describe.each(LISTINGS)('$source', ({ lines, expected }) => {
    it('gives every name exactly, with its size and type, and the target of each symbolic link', () => {
      expect(parseList(raw(lines)).map(describeInfo)).toEqual(expected);
    });

    it('leaves out ".", ".." and "total" lines', () => {
      const names = parseList(raw(lines)).map((info) => info.name);
      expect(names).not.toContain('.');
      expect(names).not.toContain('..');
      expect(names.some((name) => name.startsWith('total'))).toBe(false);
    });

    it('is accepted whole by listRemoteTree, names unchanged, links listed as links', async () => {
      const entries = await listTop(raw(lines));
      const byPath = new Map(entries.map((entry) => [entry.path, entry]));
      for (const item of expected) {
        expect(isSafeName(item.name)).toBe(true);
        expect(byPath.get(item.name)).toMatchObject({ type: item.type, size: item.size });
      }
      expect(entries).toHaveLength(expected.length);
    });
  });
});

/** Lines a hostile or broken server might send, and why core must refuse each name. */
const HOSTILE: { line: string; name: string; why: RegExp }[] = [
  { line: '-rw-r--r--   1 user  group  5 Nov 25 13:02 ../../etc/passwd', name: '../../etc/passwd', why: /contains "\/"/ },
  { line: 'drwxr-xr-x   2 user  group  4096 Nov 25 13:02 sub/../..', name: 'sub/../..', why: /contains "\/"/ },
  { line: '-rw-r--r--   1 user  group  5 Nov 25 13:02 /etc/cron.d/evil', name: '/etc/cron.d/evil', why: /contains "\/"/ },
  { line: '11-25-26  01:02PM                    5 ..\\..\\Windows\\win.ini', name: '..\\..\\Windows\\win.ini', why: /contains "\\"/ },
  { line: '11-25-26  01:02PM                    5 C:\\boot.ini', name: 'C:\\boot.ini', why: /contains "\\"/ },
  { line: '-rw-r--r--   1 user  group  5 Nov 25 13:02 tab\there', name: 'tab\there', why: /control character/ },
  { line: '-rw-r--r--   1 user  group  5 Nov 25 13:02 bell\u0007', name: 'bell\u0007', why: /control character/ },
  { line: `-rw-r--r--   1 user  group  5 Nov 25 13:02 ${'a'.repeat(1100)}`, name: 'a'.repeat(1100), why: /longer than 1024 bytes/ },
];

describe('names a hostile server lists', () => {
  it.each(HOSTILE.map((entry) => [JSON.stringify(entry.name).slice(0, 40), entry] as const))(
    'refuses %s, naming it',
    async (_label, { line, name, why }) => {
      // The parser hands the name over as the server wrote it...
      expect(parseList(raw([line])).map((info) => info.name)).toEqual([name]);
      expect(isSafeName(name)).toBe(false);
      // ...and listRemoteTree refuses the whole listing rather than use or repair the name.
      const listing = raw(['-rw-r--r--   1 user  group  5 Nov 25 13:02 fine.txt', line]);
      const refusal = listTop(listing);
      await expect(refusal).rejects.toThrow(RemotePathError);
      await expect(listTop(listing)).rejects.toThrow(why);
      await expect(listTop(listing)).rejects.toThrow(JSON.stringify(name));
    },
  );

  it('lists a symbolic link pointing outside the tree as a link, never following it', async () => {
    const entries = await listTop(raw(['lrwxrwxrwx   1 user  group  11 Nov 25 13:02 passwd -> /etc/passwd']));
    expect(entries).toEqual([{ path: 'passwd', size: 11, type: 'symlink' }]);
  });

  it('drops "." and ".." entries, which name directory links, in both styles', () => {
    expect(parseList(raw(['drwxr-xr-x   2 u  g  4096 Nov 25 13:02 ..', '-rw-r--r--   1 u  g  1 Nov 25 13:02 ok']))).toHaveLength(1);
    expect(parseList(raw(['11-25-26  01:02PM       <DIR>          ..', '11-25-26  01:02PM                 1 ok']))).toHaveLength(1);
  });
});
