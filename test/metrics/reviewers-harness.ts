import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimDataset } from '../sim/dataset.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { createContext, type ContextOptions, type MetricsContext } from '../../src/metrics/context.js';
import type { MetricsConfig } from '../../src/metrics/metrics-config.js';

/**
 * Shared set-up for the reviewers and people tests: a dataset harvested through the simulator
 * by the real harvester, and a metrics context built as computeReport builds it (pr_facts,
 * the duration macro and the team_members table), so these families
 * are tested on their own, whatever state the other families are in.
 */
export async function harvestedStore(dataset: SimDataset, name: string): Promise<Store> {
  const path = join(mkdtempSync(join(tmpdir(), `flowmeter-${name}-`)), `${name}.duckdb`);
  await harvestFresh(dataset, path);
  return openStore(path);
}

export function familyContext(store: Store, config: MetricsConfig, now: Date, options: ContextOptions = {}): Promise<MetricsContext> {
  return createContext(store, config, now, options);
}

/** Bots as the generator made them: GraphQL `Bot` actors, plus the default login patterns. */
export function botCheck(dataset: SimDataset, patterns: string[]): (login: string | null) => boolean {
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const regexes = patterns.map((p) => new RegExp(p, 'i'));
  return (login) => login !== null && (kinds.get(login) === 'Bot' || regexes.some((r) => r.test(login)));
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
