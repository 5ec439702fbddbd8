import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * SQL and GraphQL live in .sql and .graphql files under src/. From the checkout (tsx, vitest)
 * they are read in place; in the ncc bundle `npm run package` copies them to dist/assets/ with
 * the same relative paths, because the bundle is one file and cannot carry a tree of its own.
 */
const here = dirname(fileURLToPath(import.meta.url));
const roots = [here, join(here, 'assets')];
const cache = new Map<string, string>();

/** Reads `src/<relativePath>` (for example `store/schema/001_initial.sql`). */
export function readAssetFile(relativePath: string): string {
  const cached = cache.get(relativePath);
  if (cached !== undefined) return cached;
  for (const root of roots) {
    const file = join(root, relativePath);
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      cache.set(relativePath, text);
      return text;
    }
  }
  throw new Error(`File ${relativePath} is missing (looked in ${roots.join(', ')}); rebuild with npm run package`);
}
