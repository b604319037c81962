// Extraction of one short passage, read back as "Type Name" entities and "A -TYPE-> B" relations.
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { docFromText } from '../support.ts';

export interface Read {
  entities: string[];
  relations: string[];
  roles: string[];
  kinds: string[];
}

/**
 * @example read('Among those targeted were ...').relations // ['Pegasus -TARGETED-> Ana López', ...]
 */
export function read(text: string): Read {
  const f = extractDocument(docFromText(text));
  const name = (k: string) => f.entities.find((e) => e.key === k)?.name ?? k;
  return {
    entities: f.entities.map((e) => `${e.type} ${e.name}`),
    relations: f.relations.map((r) => `${name(r.source)} -${r.type}-> ${name(r.target)}`),
    roles: f.relations.filter((r) => r.role).map((r) => `${name(r.source)} ${r.role} ${name(r.target)}`),
    kinds: f.entities.filter((e) => e.kind).map((e) => `${e.name}: ${e.kind}`),
  };
}
