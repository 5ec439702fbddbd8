import type { Store } from '../store/database.js';
import type { MetricsConfig } from './metrics-config.js';

/**
 * `dur_h(a, b)`: the hours from a to b, never negative (a stage whose end precedes its start
 * counts as 0), NULL when either end is missing. Calendar time by default; with business time
 * configured, only working hours count (see business-time.ts).
 */
export async function installDurationMacro(store: Store, config: MetricsConfig): Promise<void> {
  if (config['business-time'].enabled) {
    const { installBusinessTimeMacro } = await import('./business-time.js');
    await installBusinessTimeMacro(store, config['business-time']);
    return;
  }
  // epoch_us, not epoch: on TIMESTAMPTZ, epoch goes through an ICU calendar per value and costs
  // five times more, at millions of durations per report; the integer difference is exact too.
  await store.run(`CREATE OR REPLACE TEMP MACRO dur_h(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(epoch_us(b) - epoch_us(a), 0) / 3600000000.0 END`);
}
