/**
 * GraphML writer for the export graph. graphology-graphml 0.5 only parses GraphML, so this writes it with
 * xml-writer (the XML writer graphology-gexf uses, which escapes text and attributes): one <key> per
 * attribute name with its type inferred (int, double or string), then nodes and directed edges.
 */
import type { MultiDirectedGraph } from 'graphology';
import XMLWriter from 'xml-writer';
import type { ExportAttributes } from './graphology.ts';

type Kind = 'int' | 'double' | 'string';

function inferKinds(values: Iterable<ExportAttributes>): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const attributes of values) {
    for (const [name, value] of Object.entries(attributes)) {
      const kind: Kind = typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : 'string';
      const before = kinds.get(name);
      if (before === undefined || before === kind) kinds.set(name, kind);
      else if (before !== 'string' && kind !== 'string') kinds.set(name, 'double');
      else kinds.set(name, 'string');
    }
  }
  return kinds;
}

/**
 * @example fs.writeFileSync('graph.graphml', writeGraphml(toGraphology(extraction)));
 */
export function writeGraphml(graph: MultiDirectedGraph<ExportAttributes, ExportAttributes>): string {
  const nodeKinds = inferKinds(graph.mapNodes((_key, attributes) => attributes));
  const edgeKinds = inferKinds(graph.mapEdges((_key, attributes) => attributes));
  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml').writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  const writeKeys = (domain: 'node' | 'edge', kinds: Map<string, Kind>) => {
    for (const [name, kind] of kinds) {
      xml.startElement('key');
      xml.writeAttribute('id', `${domain[0]}_${name}`).writeAttribute('for', domain);
      xml.writeAttribute('attr.name', name).writeAttribute('attr.type', kind);
      xml.endElement();
    }
  };
  writeKeys('node', nodeKinds);
  writeKeys('edge', edgeKinds);
  xml.startElement('graph').writeAttribute('id', 'kg').writeAttribute('edgedefault', 'directed');
  const writeData = (domain: 'node' | 'edge', attributes: ExportAttributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === '') continue;
      xml.startElement('data').writeAttribute('key', `${domain[0]}_${name}`).text(String(value)).endElement();
    }
  };
  graph.forEachNode((key, attributes) => {
    xml.startElement('node').writeAttribute('id', key);
    writeData('node', attributes);
    xml.endElement();
  });
  graph.forEachEdge((key, attributes, source, target) => {
    xml.startElement('edge').writeAttribute('id', key);
    xml.writeAttribute('source', source).writeAttribute('target', target);
    writeData('edge', attributes);
    xml.endElement();
  });
  xml.endElement().endElement();
  xml.endDocument();
  return xml.toString();
}
