import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';

/**
 * Where templates/ is: next to the bundle in dist/ (npm run package copies it there) or at
 * the checkout's top level when running from source (tsx, vitest).
 */
export function findTemplatesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'templates'), resolve(here, '..', '..', '..', 'templates'), resolve(here, '..', 'templates')];
  for (const dir of candidates) if (existsSync(join(dir, 'layouts', 'base.eta'))) return dir;
  throw new Error(`The site templates are missing (looked in ${candidates.join(', ')}); rebuild with npm run package`);
}

/** One eta instance per templates directory; autoEscape on, so `<%=` escapes everything. */
export function createEta(templatesDir: string): Eta {
  return new Eta({ views: templatesDir, autoEscape: true, cache: true, autoTrim: [false, 'nl'] });
}

/** The vega runtime for the optional interactive script: dist copy first, then node_modules. */
export function findVegaRuntime(templatesDir: string): string | null {
  const vendored = join(templatesDir, 'assets', 'vendor', 'vega.min.js');
  if (existsSync(vendored)) return vendored;
  const fromModules = resolve(templatesDir, '..', 'node_modules', 'vega', 'build', 'vega.min.js');
  return existsSync(fromModules) ? fromModules : null;
}
