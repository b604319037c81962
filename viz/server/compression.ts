/**
 * Response compression with @fastify/compress: the graph window of a 20k-node graph is 3 MB of JSON even
 * in columns, about 0.8 MB gzipped (what matters once the viewer is served beyond loopback with `--host`).
 * gzip at level 1: measured on that answer (bench:viz's synthetic 20k/60k, loaded 2-core machine), level 1
 * takes 54 ms for 769 KB where gzip's default level takes 270 ms for 716 KB and brotli (the plugin's
 * quality 4) 465 ms for 560 KB; the page waits for the whole answer, so the fastest encoder wins. Small
 * answers are sent as they are. Registered before the static files plugin, as the plugin requires.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** Answers smaller than this are not worth compressing. */
export const COMPRESS_THRESHOLD = 4096;

/**
 * @example
 * await installCompression(app); // before installStatic(app, …)
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    threshold: COMPRESS_THRESHOLD,
    encodings: ['gzip', 'deflate'],
    zlibOptions: { level: constants.Z_BEST_SPEED },
  });
}
