/**
 * Builds the Java launcher (graph/neo4j-local) with Maven when it is missing or its sources changed.
 * A hash of pom.xml and the Java sources is stored in target/ to tell whether a rebuild is due.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { localPaths } from './paths.ts';
import { checkJava, checkMaven } from './requirements.ts';

export interface LauncherBuild {
  /** Java class path: the launcher's jar plus every jar in target/lib (jars only, so class-data sharing works). */
  classPath: string;
  /** Short hash of pom.xml + Java sources: names the class-data archive that matches this build. */
  version: string;
  /** True when Maven ran during this call. */
  built: boolean;
  elapsedMs: number;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.java'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function sourceHash(project: string): string {
  const hash = createHash('sha256');
  for (const file of [path.join(project, 'pom.xml'), ...sourceFiles(path.join(project, 'src'))]) {
    hash.update(path.relative(project, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function runMaven(project: string, log: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', 'package'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        log.debug(line);
        tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new ConfigError(
            'LAUNCHER_BUILD_FAILED',
            `neo4j: building the launcher with Maven failed (exit ${code}) in ${project}; ` +
              `run \`mvn -B package\` there to see why. Last lines:\n${tail.join('\n')}`,
          ),
        );
    });
  });
}

/**
 * Checks Java and Maven, then runs `mvn -q -B package` if target/ is missing or stale.
 * @example
 * const { classPath } = await ensureLauncherBuilt(config, log);
 */
export async function ensureLauncherBuilt(config: Config, log: Logger): Promise<LauncherBuild> {
  const started = Date.now();
  checkJava();
  const { project } = localPaths(config);
  const target = path.join(project, 'target');
  const stamp = path.join(target, 'kg-source.sha256');
  const jar = path.join(target, 'kg-neo4j-local.jar');
  const classPath = [jar, path.join(target, 'lib', '*')].join(path.delimiter);
  const hash = sourceHash(project);
  const version = hash.slice(0, 12);
  const current =
    fs.existsSync(jar) &&
    fs.existsSync(path.join(target, 'lib')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8').trim() === hash;
  if (current) return { classPath, version, built: false, elapsedMs: Date.now() - started };

  checkMaven();
  log.info('neo4j: building the local launcher with Maven (first time: downloads Neo4j, ~130 MB)…');
  await runMaven(project, log);
  fs.writeFileSync(stamp, hash + '\n');
  const elapsedMs = Date.now() - started;
  log.info(`neo4j: launcher built in ${(elapsedMs / 1000).toFixed(1)} s`);
  return { classPath, version, built: true, elapsedMs };
}
