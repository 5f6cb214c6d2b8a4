import neo4j, { Driver } from 'neo4j-driver';
import type { Config } from '../config';

/**
 * A driver configured for an API: short connection and retry windows so an outage
 * answers SERVICE_UNAVAILABLE quickly instead of after the driver's default 30 s.
 */
export function createDriver(neo4jConfig: Config['neo4j'], uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(neo4jConfig.user, neo4jConfig.password), {
    maxConnectionPoolSize: neo4jConfig.maxPoolSize,
    connectionAcquisitionTimeout: neo4jConfig.acquisitionTimeoutMs,
    connectionTimeout: neo4jConfig.connectionTimeoutMs,
    maxTransactionRetryTime: neo4jConfig.maxRetryTimeMs,
    disableLosslessIntegers: false,
    userAgent: 'collabgraph/0.1',
  });
}
