/**
 * The order a deploy sends files in. With `assets-first`, a page is never
 * live before the assets it points at: everything else goes first, then the
 * pages (*.html, *.htm, *.php), then the entry pages (index.html and the
 * like), each phase finishing before the next starts. Pure: paths in,
 * phases of indices out.
 */

export const uploadOrders = ['assets-first', 'as-listed', 'largest-first'] as const;
export type UploadOrder = (typeof uploadOrders)[number];

export interface OrderEntry {
  readonly path: string;
  readonly size: number;
}

const pagePattern = /\.(html?|php)$/i;
const entryPattern = /^(index|default|home)\.(html?|php)$/i;

/** Which phase of an assets-first deploy a path belongs to: 0 assets, 1 pages, 2 entry pages. */
export function assetsFirstPhase(path: string): 0 | 1 | 2 {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (entryPattern.test(name)) return 2;
  return pagePattern.test(name) ? 1 : 0;
}

/** Indices of `entries` grouped into phases that run one after another, each in the order to start them. */
export function planUploadPhases(entries: readonly OrderEntry[], order: UploadOrder): number[][] {
  const indices = entries.map((_, index) => index);
  switch (order) {
    case 'as-listed':
      return indices.length === 0 ? [] : [indices];
    case 'largest-first':
      // Big files first, so the pool's connections finish together instead of one tail.
      return indices.length === 0 ? [] : [[...indices].sort((a, b) => (entries[b]?.size ?? 0) - (entries[a]?.size ?? 0) || a - b)];
    case 'assets-first': {
      const phases: number[][] = [[], [], []];
      for (const index of indices) phases[assetsFirstPhase(entries[index]?.path ?? '')]?.push(index);
      return phases.filter((phase) => phase.length > 0);
    }
  }
}
