/**
 * Primary rate limits per token and resource (`core` for REST, `graphql` for GraphQL points),
 * in hourly windows that start at a token's first request, as GitHub's do.
 */

export type RateResource = 'core' | 'graphql';

export interface Budget {
  resource: RateResource;
  limit: number;
  used: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

interface Window { start: number; used: number }

const HOUR_MS = 3_600_000;

export class RateLimiter {
  private windows = new Map<string, Window>();

  constructor(private readonly limit: number, private readonly now: () => number = Date.now) {}

  private window(token: string, resource: RateResource): Window {
    const key = `${resource}\u0000${token}`;
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= HOUR_MS) {
      w = { start: now, used: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  peek(token: string, resource: RateResource): Budget {
    const w = this.window(token, resource);
    return {
      resource,
      limit: this.limit,
      used: w.used,
      remaining: Math.max(0, this.limit - w.used),
      reset: Math.ceil((w.start + HOUR_MS) / 1000),
    };
  }

  /** Spends `points` if the budget allows; a refused request spends nothing. */
  consume(token: string, resource: RateResource, points: number): { ok: boolean; budget: Budget } {
    const w = this.window(token, resource);
    if (this.limit - w.used < points) return { ok: false, budget: this.peek(token, resource) };
    w.used += points;
    return { ok: true, budget: this.peek(token, resource) };
  }

  clear(): void {
    this.windows.clear();
  }
}

export function rateLimitHeaders(budget: Budget): Record<string, string> {
  return {
    'x-ratelimit-limit': String(budget.limit),
    'x-ratelimit-remaining': String(budget.remaining),
    'x-ratelimit-used': String(budget.used),
    'x-ratelimit-reset': String(budget.reset),
    'x-ratelimit-resource': budget.resource,
  };
}
