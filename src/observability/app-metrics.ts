import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Most distinct operation names kept as label values; later ones are counted as "(other)" (clients choose names). */
export const MAX_OPERATION_LABELS = 200;

/**
 * The Prometheus metrics of one API server, in a registry of its own (several servers can
 * share a test process). Served at GET /metrics; README.md lists every one.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests = new Counter({
    name: 'collabgraph_http_requests_total',
    help: 'HTTP requests answered, by GraphQL operation (or route) and outcome (ok or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'collabgraph_http_request_duration_seconds',
    help: 'Time from request to response sent, by GraphQL operation (or route) and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly roundTrips = new Counter({
    name: 'collabgraph_cypher_round_trips_total',
    help: 'Cypher statements sent to Neo4j on behalf of HTTP requests, by GraphQL operation (or route)',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly importRows = new Counter({
    name: 'collabgraph_import_rows_total',
    help: 'Rows of imports through the API (importBibtex), by outcome: read (entries parsed) or rejected (with line and reason)',
    labelNames: ['source', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly rateLimitStoreFallbacks = new Counter({
    name: 'collabgraph_rate_limit_store_fallbacks_total',
    help: 'Rate-limit decisions taken in process memory because the shared store (Redis) did not answer',
    registers: [this.registry],
  });

  constructor(poolInUse: () => number) {
    new Gauge({
      name: 'collabgraph_neo4j_pool_in_use',
      help: "Driver connections in use: sessions the Executor holds open, each on one of the pool's connections",
      registers: [this.registry],
      collect() {
        this.set(poolInUse());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'collabgraph_' });
  }

  /** The label for an operation name: itself while fewer than MAX_OPERATION_LABELS are known, else "(other)". */
  operationLabel(name: string): string {
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return '(other)';
    this.operations.add(name);
    return name;
  }

  /** Records one answered request. */
  observeRequest(operation: string, outcome: string, seconds: number, roundTrips: number): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, outcome });
    this.duration.observe({ operation: label, outcome }, seconds);
    if (roundTrips > 0) this.roundTrips.inc({ operation: label }, roundTrips);
  }
}
