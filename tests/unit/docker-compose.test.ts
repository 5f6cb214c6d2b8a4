import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { findRootDir, SETTINGS } from '../../src/config';

/** There is no Docker engine here: the compose file is kept correct by parsing it. */
describe('docker-compose.yml', () => {
  const root = findRootDir();
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

  it('runs Neo4j 5.26 Community with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('builds the API from the Dockerfile and wires it to Neo4j by environment', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.HOST).toBe('0.0.0.0');
    const settings = new Set(SETTINGS.map((setting) => setting.name));
    for (const name of Object.keys(api.environment)) {
      expect(settings.has(name) || name === 'NODE_ENV').toBe(true);
    }
  });

  it('gives Neo4j and the API the same password', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-collabgraph-dev}');
    expect(compose.services.api.environment.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-collabgraph-dev}');
  });

  it('copies into the image only folders that exist', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    for (const match of dockerfile.matchAll(/^COPY (?!--from)(\S+) /gm)) {
      expect(fs.existsSync(path.join(root, match[1]))).toBe(true);
    }
  });
});
