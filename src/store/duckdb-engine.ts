import { PlatformError } from '../errors.js';

type DuckDBModule = typeof import('@duckdb/node-api');
let engine: Promise<DuckDBModule> | undefined;

/**
 * Loads the DuckDB engine lazily, so that a runner whose platform has no engine fails inside
 * run() with one clear message (from the bundle's native loader, which names the platform)
 * instead of crashing while modules load.
 */
export function loadDuckDB(): Promise<DuckDBModule> {
  engine ??= import('@duckdb/node-api').catch((error: unknown) => {
    engine = undefined;
    const message = error instanceof Error ? error.message : String(error);
    throw new PlatformError(`Cannot load the DuckDB engine on ${process.platform}-${process.arch}: ${message}`, {
      cause: error,
    });
  });
  return engine;
}

/**
 * DuckDB's memory limit while a report runs (metrics/report.ts): its default, 80% of RAM,
 * lets it keep every block it reads, which on a runner competes with other steps.
 */
export const REPORT_MEMORY_LIMIT = '1536MB';
