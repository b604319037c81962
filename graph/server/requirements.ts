/**
 * Java 17+ and Maven are the only things the local server needs; check them up front so a missing tool
 * gives one clear message instead of a spawn error deep inside a start.
 */
import { spawnSync } from 'node:child_process';
import { ConfigError } from '../../core/errors.ts';

const INSTALL = 'install them, e.g. `apt-get install openjdk-17-jdk maven`, or use NEO4J_URI (see README)';

/** Major Java version from `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Throws ConfigError JAVA_MISSING (no java, or older than 17).
 * @example
 * const major = checkJava(); // 17
 */
export function checkJava(): number {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new ConfigError(
      'JAVA_MISSING',
      `neo4j: Java 17 or newer is needed and \`java\` was not found; ${INSTALL}.`,
      {
        cause: run.error,
      },
    );
  }
  const major = parseJavaMajor(`${run.stderr}${run.stdout}`);
  if (major === undefined || major < 17) {
    throw new ConfigError(
      'JAVA_MISSING',
      `neo4j: Java 17 or newer is needed, found ${major ?? 'an unknown version'}; ${INSTALL}.`,
    );
  }
  return major;
}

/** Throws ConfigError MAVEN_MISSING when `mvn` cannot run. */
export function checkMaven(): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new ConfigError(
      'MAVEN_MISSING',
      `neo4j: Maven is needed to build the local launcher and \`mvn\` was not found; ${INSTALL}.`,
      {
        cause: run.error,
      },
    );
  }
}
