/**
 * Counts what the harvest spends: requests by API, GraphQL points, retries, and the latest
 * rate-limit budget GitHub reported. Recorded on the harvest run so the Data page and the
 * bench can show exactly what a harvest cost.
 */
export interface CostSnapshot {
  requests: number;
  graphqlRequests: number;
  graphqlPoints: number;
  restRequests: number;
  notModified: number;
  retries: number;
  rateLimitRemaining: number | null;
  rateLimitReset: string | null;
}

export class CostMeter {
  private state: CostSnapshot = {
    requests: 0,
    graphqlRequests: 0,
    graphqlPoints: 0,
    restRequests: 0,
    notModified: 0,
    retries: 0,
    rateLimitRemaining: null,
    rateLimitReset: null,
  };

  /** One HTTP request reached GitHub (whatever its outcome). */
  recordRequest(isGraphQL: boolean, headers: Record<string, string | number | undefined> | undefined): void {
    this.state.requests++;
    if (isGraphQL) this.state.graphqlRequests++;
    else this.state.restRequests++;
    const remaining = headers?.['x-ratelimit-remaining'];
    const reset = headers?.['x-ratelimit-reset'];
    if (remaining !== undefined && !Number.isNaN(Number(remaining))) this.state.rateLimitRemaining = Number(remaining);
    if (reset !== undefined && !Number.isNaN(Number(reset))) this.state.rateLimitReset = new Date(Number(reset) * 1000).toISOString();
  }

  /** GraphQL's own account of a query's cost (`rateLimit { cost remaining resetAt }`). */
  recordGraphQLCost(rateLimit: { cost?: number; remaining?: number; resetAt?: string } | null | undefined): void {
    if (!rateLimit) return;
    this.state.graphqlPoints += rateLimit.cost ?? 0;
    if (typeof rateLimit.remaining === 'number') this.state.rateLimitRemaining = rateLimit.remaining;
    if (rateLimit.resetAt) this.state.rateLimitReset = rateLimit.resetAt;
  }

  recordNotModified(): void {
    this.state.notModified++;
  }

  recordRetry(): void {
    this.state.retries++;
  }

  snapshot(): CostSnapshot {
    return { ...this.state };
  }

  /** The difference since an earlier snapshot (rate-limit fields are the latest values). */
  since(earlier: CostSnapshot): CostSnapshot {
    const now = this.snapshot();
    return {
      ...now,
      requests: now.requests - earlier.requests,
      graphqlRequests: now.graphqlRequests - earlier.graphqlRequests,
      graphqlPoints: now.graphqlPoints - earlier.graphqlPoints,
      restRequests: now.restRequests - earlier.restRequests,
      notModified: now.notModified - earlier.notModified,
      retries: now.retries - earlier.retries,
    };
  }
}
