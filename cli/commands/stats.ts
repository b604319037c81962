/**
 * `kg stats [--json]`: what is in the graph — nodes by label, relationships by type, source documents, and
 * relationships corroborated by two or more documents.
 */
import type { Command } from 'commander';
import { openDriver } from '../../graph/connection/index.ts';
import { graphStats, type GraphStats } from '../../graph/stats/index.ts';
import { action, type CliContext } from '../context.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count nodes by label and relationships by type in Neo4j')
    .option('--json', 'print the counts as JSON')
    .action(action(async (ctx) => stats(ctx)));
}

async function stats(ctx: CliContext): Promise<number> {
  const handle = await openDriver(ctx.config);
  try {
    await handle.verify();
    const counts = await graphStats(handle);
    if (ctx.json) process.stdout.write(JSON.stringify(counts) + '\n');
    else for (const line of formatStats(counts)) console.log(line);
    return 0;
  } finally {
    await handle.close();
  }
}

export function formatStats(s: GraphStats): string[] {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([key, n]) => `  ${key.padEnd(20)} ${String(n).padStart(8)}`);
  return [
    `Nodes: ${s.nodes} (${s.documents} source documents, ${s.entities} entities)`,
    ...table(s.labels),
    `Relationships: ${s.relationships} (${s.corroborated} backed by two or more documents)`,
    ...table(s.relationshipTypes),
  ];
}
