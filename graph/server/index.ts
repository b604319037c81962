/**
 * Public face of kg's local Neo4j server (no Docker): build the Java launcher, start, stop, status.
 */
export { ensureLauncherBuilt, type LauncherBuild } from './build.ts';
export { ensureLocalPassword, readLocalPassword } from './password.ts';
export { localPaths, localUri, type LocalPaths } from './paths.ts';
export { checkJava, checkMaven, parseJavaMajor } from './requirements.ts';
export { startLocalNeo4j, type StartOptions, type StartResult } from './start.ts';
export { localNeo4jStatus, type LocalStatus } from './status.ts';
export { stopLocalNeo4j, type StopResult } from './stop.ts';
