import { readAssetFile } from '../asset-files.js';

/**
 * A metric family's SQL file holds several queries, each headed by `-- name: query-name`.
 * Parameters are named (`$from`, `$to`, …) and bound by the caller.
 */
const cache = new Map<string, Map<string, string>>();

export function namedQueries(file: string): Map<string, string> {
  const cached = cache.get(file);
  if (cached) return cached;
  const queries = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (name) queries.set(name, lines.join('\n').trim());
  };
  for (const line of readAssetFile(`metrics/sql/${file}`).split('\n')) {
    const header = /^--\s*name:\s*([\w-]+)\s*$/.exec(line);
    if (header) {
      flush();
      name = header[1]!;
      lines = [];
    } else if (name) {
      lines.push(line);
    }
  }
  flush();
  cache.set(file, queries);
  return queries;
}

export function query(file: string, name: string): string {
  const sql = namedQueries(file).get(name);
  if (!sql) throw new Error(`metrics/sql/${file} has no query named ${name}`);
  return sql;
}
