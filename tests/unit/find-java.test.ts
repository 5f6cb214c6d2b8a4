import { findJava, parseJavaMajorVersion } from '../../src/neo4j-local/find-java';
import { LocalNeo4jError } from '../../src/neo4j-local/local-neo4j-error';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['garbage', 0],
  ])('%s → %d', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });
});

describe('findJava', () => {
  it('explains, in one line, what to do when Java is missing', () => {
    let caught: unknown;
    try {
      findJava({ ...process.env, JAVA_HOME: '/nonexistent/jdk' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LocalNeo4jError);
    expect((caught as Error).message).toMatch(/^Java 17\+ was not found \(JAVA_HOME=\/nonexistent\/jdk\): install a JDK 17/);
    expect((caught as Error).message).not.toContain('\n');
  });

  it('finds the machine Java 17+', () => {
    expect(findJava().majorVersion).toBeGreaterThanOrEqual(17);
  });
});
