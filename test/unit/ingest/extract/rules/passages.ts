// Extracts a short passage as a document and lists its relations as "Source -TYPE(role)-> Target" strings
// (the document itself is "DOC"), and its entities as "Type Name", for table-driven rule tests.
import { extractDocument } from '../../../../../ingest/extract/index.ts';
import { docFromText } from '../../support.ts';

export interface Read {
  rels: string[];
  ents: string[];
}

export function read(text: string, path = 'passage.txt'): Read {
  const doc = docFromText(text, path);
  const f = extractDocument(doc);
  const name = (k: string): string =>
    k === doc.id ? 'DOC' : (f.entities.find((e) => e.key === k)?.name ?? k);
  return {
    rels: f.relations.map(
      (r) => `${name(r.source)} -${r.type}${r.role ? `(${r.role})` : ''}-> ${name(r.target)}`,
    ),
    ents: f.entities.map((e) => `${e.type} ${e.name}`),
  };
}
