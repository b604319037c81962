/**
 * `kg cypher "MATCH ..."`: ad-hoc read-only Cypher from the command line. Refuses writes (READ access
 * mode, EXPLAIN queryType, static checks), stops at a timeout, caps rows. `--param key=value` values are
 * read as JSON when they parse (`n=5` is an integer, `ids=["a","b"]` a list), else as strings.
 */
import { Option, type Command } from 'commander';
import { withNeo4j } from '../../graph/connection/index.ts';
import { FORMATS, formatResult, runCypher, type Format } from '../../queries/index.ts';
import { action } from '../context.ts';
import { collectParam, parseParamFlags, positiveInt } from './query.ts';

/** A `--param` value: JSON when it parses as JSON, else the raw string. */
export function cypherParamValue(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('run an ad-hoc read-only Cypher query (writes are refused)')
    .argument('<query>', 'the Cypher text, e.g. "MATCH (p:Person) RETURN p.name LIMIT 5"')
    .option('-p, --param <key=value>', 'a parameter (repeatable; JSON values allowed)', collectParam, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table'))
    .option('--timeout <ms>', 'transaction timeout in ms (default KG_QUERY_TIMEOUT_MS)')
    .option('--max-rows <n>', 'row cap (default KG_QUERY_MAX_ROWS)')
    .action(
      action(
        async (
          ctx,
          cypher: string,
          opts: { param: string[]; format: Format; timeout?: string; maxRows?: string },
        ) => {
          const raw = parseParamFlags(opts.param);
          const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, cypherParamValue(v)]));
          const timeoutMs = positiveInt('--timeout', opts.timeout) ?? ctx.config.query.timeoutMs;
          const maxRows = positiveInt('--max-rows', opts.maxRows) ?? ctx.config.query.maxRows;
          const result = await withNeo4j(ctx.config, (handle) =>
            runCypher(handle, cypher, params, { timeoutMs, maxRows, log: ctx.log }),
          );
          console.log(formatResult(result, ctx.json ? 'json' : opts.format));
          if (result.truncated && opts.format === 'csv') ctx.log.warn(`cypher: truncated at ${maxRows} rows`);
        },
      ),
    );
}
