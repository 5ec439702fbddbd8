/**
 * Deterministic fault injection. The same seed and the same request sequence give the same
 * faults, so a flaky-network test that fails can be replayed exactly.
 */

export type FaultKind = '502' | '504' | 'secondary-rate-limit' | 'graphql-partial' | 'graphql-rate-limited' | 'timeout';

export const FAULT_KINDS: readonly FaultKind[] = ['502', '504', 'secondary-rate-limit', 'graphql-partial', 'graphql-rate-limited', 'timeout'];

export interface FaultConfig {
  /** Probability in [0, 1] that a request is faulted. */
  rate: number;
  kinds: FaultKind[];
  seed?: number;
  /** How long a `timeout` fault holds the request before dropping the socket. Default 15000. */
  timeoutMs?: number;
  /** `retry-after` for secondary limits and the reset delay for rate-limited faults. Default 1. */
  retryAfterSeconds?: number;
  /** Never fault the first N requests (lets a client finish its set-up calls). */
  skipFirst?: number;
}

/** mulberry32: tiny, fast and good enough to pick faults reproducibly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private readonly random: () => number;
  private seen = 0;

  constructor(readonly config: FaultConfig) {
    this.random = mulberry32(config.seed ?? 1);
  }

  /**
   * Decides the fault for the next request. Two draws per request whatever its kind, so the
   * sequence of decisions does not depend on which requests were REST and which GraphQL.
   */
  next(isGraphQL: boolean): FaultKind | null {
    this.seen++;
    if (this.seen <= (this.config.skipFirst ?? 0)) return null;
    const hit = this.random();
    const pick = this.random();
    if (hit >= this.config.rate) return null;
    const eligible = isGraphQL ? this.config.kinds : this.config.kinds.filter((k) => !k.startsWith('graphql-'));
    if (eligible.length === 0) return null;
    return eligible[Math.floor(pick * eligible.length)] ?? null;
  }

  /** A draw for choices within a fault (which connection a partial response drops). */
  draw(): number {
    return this.random();
  }
}

/** Checks a config that arrived as JSON (admin endpoint, CLI). */
export function parseFaultConfig(value: unknown): FaultConfig | null {
  if (value == null) return null;
  if (typeof value !== 'object') throw new Error('fault config must be an object or null');
  const v = value as Record<string, unknown>;
  if (typeof v.rate !== 'number' || v.rate < 0 || v.rate > 1) throw new Error('fault config: `rate` must be a number in [0, 1]');
  if (!Array.isArray(v.kinds) || v.kinds.some((k) => !FAULT_KINDS.includes(k as FaultKind))) {
    throw new Error(`fault config: \`kinds\` must be an array of ${FAULT_KINDS.join(', ')}`);
  }
  for (const key of ['seed', 'timeoutMs', 'retryAfterSeconds', 'skipFirst'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'number') throw new Error(`fault config: \`${key}\` must be a number`);
  }
  return v as unknown as FaultConfig;
}

export const BAD_GATEWAY_HTML = `<!DOCTYPE html>
<html><head><title>Unicorn! &middot; GitHub</title></head>
<body><h1>No server is currently available to service your request.</h1>
<p>Sorry about that. Please try refreshing and contact us if the problem persists.</p></body></html>
`;

export const GATEWAY_TIMEOUT_HTML = `<!DOCTYPE html>
<html><head><title>Unicorn! &middot; GitHub</title></head>
<body><h1>We couldn't respond to your request in time.</h1>
<p>Sorry about that. Please try refreshing and contact us if the problem persists.</p></body></html>
`;

export const SECONDARY_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID SIM0:FAULT.';
