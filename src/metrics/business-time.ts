import type { Store } from '../store/database.js';
import type { MetricsConfig } from './metrics-config.js';

/** Placeholder until business time lands: the same as calendar time. */
export async function installBusinessTimeMacro(store: Store, _config: MetricsConfig['business-time']): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP MACRO dur_h(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(epoch(b) - epoch(a), 0) / 3600.0 END`);
}
