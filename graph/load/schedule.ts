/**
 * Runs load units concurrently without lock conflicts: at most `concurrency` units at a time, each on its own
 * session, and never two units that touch a common node (document or entity, as a row or as an endpoint).
 * Creating a relationship locks both its endpoints until commit, so units sharing a node would wait on each
 * other or deadlock; disjoint units take disjoint locks. The next unit started is the first one in planned
 * order that shares no node with the running ones; when every waiting unit conflicts, it waits for one to
 * finish. With concurrency 1 the units run one after another in planned order.
 */
import type { Session } from 'neo4j-driver';
import type { Neo4jHandle } from '../connection/index.ts';
import type { LoadUnit } from './plan.ts';

/** The kg ids of every node a unit writes or locks. */
export function unitNodes(unit: LoadUnit): Set<string> {
  const ids = new Set<string>();
  for (const d of unit.documents) ids.add(d.id);
  for (const e of unit.entities) ids.add(e.id);
  for (const r of unit.relations) ids.add(r.source).add(r.target);
  for (const r of unit.mentionEdges) ids.add(r.source).add(r.target);
  return ids;
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return false;
  return true;
};

/**
 * The index of the first waiting unit that shares no node with the running ones; -1 when there is none.
 * @example pickNext([{ nodes: new Set(['a']) }, { nodes: new Set(['b']) }], [new Set(['a'])]) // 1
 */
export function pickNext(
  waiting: ReadonlyArray<{ nodes: ReadonlySet<string> }>,
  running: ReadonlyArray<ReadonlySet<string>>,
): number {
  return waiting.findIndex((w) => running.every((nodes) => disjoint(nodes, w.nodes)));
}

/**
 * Runs `run` on every unit. `run` must not throw for a unit that merely failed (it reports it); an error it
 * throws stops the scheduling, lets the running units finish, and is rethrown.
 * @example await runDisjoint(handle, units, 2, unitNodes, (session, unit) => runUnit(session, unit, 5000));
 */
export async function runDisjoint<T>(
  handle: Neo4jHandle,
  units: T[],
  concurrency: number,
  nodesOf: (unit: T) => Set<string>,
  run: (session: Session, unit: T) => Promise<void>,
): Promise<void> {
  const width = Math.max(1, Math.min(concurrency, units.length));
  const sessions = Array.from({ length: width }, () => handle.driver.session({ database: handle.database }));
  const waiting = units.map((unit) => ({ unit, nodes: width > 1 ? nodesOf(unit) : new Set<string>() }));
  const running = new Map<Promise<void>, { session: Session; nodes: Set<string> }>();
  let fatal: { error: unknown } | undefined;
  try {
    while ((waiting.length > 0 && !fatal) || running.size > 0) {
      const busy = [...running.values()];
      const next =
        fatal || running.size >= width
          ? -1
          : pickNext(
              waiting,
              busy.map((b) => b.nodes),
            );
      if (next < 0) {
        await Promise.race(running.keys());
        continue;
      }
      const [item] = waiting.splice(next, 1);
      const free = sessions.find((s) => busy.every((b) => b.session !== s)) as Session;
      const task: Promise<void> = run(free, item!.unit)
        .catch((error: unknown) => {
          fatal ??= { error };
        })
        .finally(() => running.delete(task));
      running.set(task, { session: free, nodes: item!.nodes });
    }
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
  if (fatal) throw fatal.error;
}
