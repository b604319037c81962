/**
 * Must be the page's first import. zod 4 probes `new Function` when a schema object is constructed (to
 * compile fast parsers); the server's CSP forbids eval, so the probe logs a CSP violation in the console.
 * Jitless parsing is plenty fast for API answers.
 */
import { z } from 'zod';

z.config({ jitless: true });
