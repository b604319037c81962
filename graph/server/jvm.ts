/**
 * The Java command line of the local server: heap from KG_NEO4J_HEAP, the JVM options Neo4j's own start
 * script uses, class-data sharing, and the launcher's arguments (home, port, password FILE, tx guards).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import type { LauncherBuild } from './build.ts';
import type { LocalPaths } from './paths.ts';

/** Server-side guards passed to the launcher: db.transaction.timeout (s) and db.memory.transaction.max (MiB). */
const TX_TIMEOUT_SECONDS = 120;
const TX_MEMORY_MB = 512;

/**
 * Class-data sharing: the first start records the classes it loads into `<home>/neo4j/cds-<version>.jsa`
 * when it stops cleanly; later starts map that archive instead of parsing and verifying ~20k classes again
 * (measured ~35% faster start on the 2-core CI machines). Archives of other builds are removed.
 */
function cdsArgs(paths: LocalPaths, version: string): string[] {
  const archive = path.join(paths.dir, `cds-${version}.jsa`);
  for (const name of fs.readdirSync(paths.dir)) {
    if (/^cds-.*\.jsa$/.test(name) && name !== path.basename(archive))
      fs.rmSync(path.join(paths.dir, name), { force: true });
  }
  return fs.existsSync(archive)
    ? [`-XX:SharedArchiveFile=${archive}`]
    : [`-XX:ArchiveClassesAtExit=${archive}`];
}

export function jvmArgs(config: Config, build: LauncherBuild, paths: LocalPaths): string[] {
  const heap = config.neo4j.localHeap;
  return [
    ...cdsArgs(paths, build.version),
    `-Xms${heap}`,
    `-Xmx${heap}`,
    // Throughput collector: a load keeps large transactions alive across young collections, and G1 (sized
    // for short pauses) copied them again and again (bench:load: see graph/load). Pauses of a 1 GB heap stay
    // well under a second, which an interactive workbench does not notice.
    '-XX:+UseParallelGC',
    '-XX:-OmitStackTraceInFastThrow',
    // Same opens as the Neo4j server's own start script, so Netty and the page cache need no warnings.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    build.classPath,
    'kg.neo4j.LocalNeo4j',
    paths.dir,
    String(config.neo4j.localPort),
    paths.passwordFile,
    String(TX_TIMEOUT_SECONDS),
    String(TX_MEMORY_MB),
  ];
}
