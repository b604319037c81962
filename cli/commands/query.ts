/**
 * `kg query list|show|run`: the saved-query library from the command line. Parameters come as
 * `--param key=value` (repeatable) and are validated against the query's header before Neo4j sees them;
 * results print as an aligned table, JSON or CSV.
 */
import { Option, type Command } from 'commander';
import { ValidationError } from '../../core/errors.ts';
import { withNeo4j } from '../../graph/connection/index.ts';
import {
  FORMATS,
  formatResult,
  getQuery,
  listQueries,
  runSavedQuery,
  type Format,
} from '../../queries/index.ts';
import type { ParamSpec, SavedQuery } from '../../queries/index.ts';
import { action } from '../context.ts';

/** Collects repeated `--param key=value` into a list. */
export function collectParam(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `['hops=2', 'entity=Juan E. Pardinás']` → `{ hops: '2', entity: 'Juan E. Pardinás' }`. */
export function parseParamFlags(flags: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const key = eq === -1 ? '' : flag.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ValidationError(
        'PARAM_FLAG_INVALID',
        `kg: --param "${flag}" is not key=value. Write e.g. --param hops=2.`,
      );
    }
    out[key] = flag.slice(eq + 1);
  }
  return out;
}

/** Parses --timeout / --max-rows: a positive integer or undefined. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) {
    throw new ValidationError('OPTION_INVALID', `kg: ${name} must be a positive integer, got "${value}".`);
  }
  return Number(value);
}

function describeParam(p: ParamSpec): string {
  const bits: string[] = [p.type];
  if (p.entityType) bits.push(p.entityType);
  if (p.min !== undefined || p.max !== undefined) bits.push(`${p.min ?? ''}..${p.max ?? ''}`);
  if (p.values) bits.push(p.values.join('|'));
  const dflt = p.default === undefined ? 'required' : `default ${JSON.stringify(p.default)}`;
  return `  --param ${p.name}=…  (${bits.join(', ')}; ${dflt})  ${p.description}`;
}

function showText(q: SavedQuery): string {
  return [
    `${q.name} — ${q.title}`,
    '',
    q.description.trim(),
    '',
    `view: ${q.view}${q.compute ? `   compute: ${q.compute}` : ''}   file: ${q.file}`,
    'params:',
    ...(q.params.length ? q.params.map(describeParam) : ['  (none)']),
    '',
    q.cypher,
  ].join('\n');
}

function listText(queries: SavedQuery[]): string {
  const width = Math.max(...queries.map((q) => q.name.length));
  return queries.map((q) => `${q.name.padEnd(width)}  ${q.view.padEnd(8)}  ${q.title}`).join('\n');
}

const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table');

export function registerQuery(program: Command): void {
  const query = program.command('query').description('run the saved Cypher queries of the library');

  query
    .command('list')
    .description('list the saved queries')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(
      action(async (ctx, opts: { format: string }) => {
        const queries = listQueries();
        if (ctx.json || opts.format === 'json') {
          console.log(JSON.stringify(queries, null, 2));
        } else {
          console.log(listText(queries));
        }
      }),
    );

  query
    .command('show')
    .description('show a saved query: description, params and Cypher')
    .argument('<name>', 'query name (see `kg query list`)')
    .action(
      action(async (ctx, name: string) => {
        const q = getQuery(name);
        console.log(ctx.json ? JSON.stringify(q, null, 2) : showText(q));
      }),
    );

  query
    .command('run')
    .description('run a saved query against Neo4j (read-only, with a timeout and a row cap)')
    .argument('<name>', 'query name (see `kg query list`)')
    .option('-p, --param <key=value>', 'a parameter (repeatable)', collectParam, [])
    .addOption(formatOption())
    .option('--timeout <ms>', 'transaction timeout in ms (default KG_QUERY_TIMEOUT_MS)')
    .option('--max-rows <n>', 'row cap (default KG_QUERY_MAX_ROWS)')
    .action(
      action(
        async (
          ctx,
          name: string,
          opts: { param: string[]; format: Format; timeout?: string; maxRows?: string },
        ) => {
          const params = parseParamFlags(opts.param);
          const timeoutMs = positiveInt('--timeout', opts.timeout) ?? ctx.config.query.timeoutMs;
          const maxRows = positiveInt('--max-rows', opts.maxRows) ?? ctx.config.query.maxRows;
          getQuery(name); // fail on an unknown name before connecting
          const result = await withNeo4j(ctx.config, (handle) =>
            runSavedQuery(handle, name, params, { timeoutMs, maxRows, log: ctx.log }),
          );
          console.log(formatResult(result, ctx.json ? 'json' : opts.format));
          if (result.truncated && opts.format === 'csv')
            ctx.log.warn(`query ${name}: truncated at ${maxRows} rows`);
        },
      ),
    );
}
