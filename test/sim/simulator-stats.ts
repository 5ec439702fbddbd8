/** Request accounting, so tests can assert how many calls and GraphQL points a harvest used. */

export interface SimulatorStats {
  requests: number;
  graphqlRequests: number;
  restRequests: number;
  /** Sum of the GraphQL cost of every executed query. */
  graphqlPoints: number;
  faultsInjected: number;
  /** Keyed by `METHOD /route/{pattern}`, `POST /graphql`, or `METHOD (unmatched)`. */
  byRoute: Record<string, number>;
  /** GraphQL requests by operation name (`(anonymous)` when unnamed). */
  graphqlOperations: Record<string, number>;
}

export class StatsRecorder {
  private current: SimulatorStats = StatsRecorder.empty();

  static empty(): SimulatorStats {
    return { requests: 0, graphqlRequests: 0, restRequests: 0, graphqlPoints: 0, faultsInjected: 0, byRoute: {}, graphqlOperations: {} };
  }

  request(kind: 'graphql' | 'rest', routeKey: string): void {
    this.current.requests++;
    if (kind === 'graphql') this.current.graphqlRequests++;
    else this.current.restRequests++;
    this.current.byRoute[routeKey] = (this.current.byRoute[routeKey] ?? 0) + 1;
  }

  graphqlExecuted(operationName: string | undefined, points: number): void {
    const name = operationName ?? '(anonymous)';
    this.current.graphqlOperations[name] = (this.current.graphqlOperations[name] ?? 0) + 1;
    this.current.graphqlPoints += points;
  }

  fault(): void {
    this.current.faultsInjected++;
  }

  snapshot(): SimulatorStats {
    return structuredClone(this.current);
  }

  reset(): void {
    this.current = StatsRecorder.empty();
  }
}
