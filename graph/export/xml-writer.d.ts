// Types for xml-writer 1.7 (it ships none): only the calls graph/export/graphml.ts makes.
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string): this;
    text(content: string): this;
    toString(): string;
  }
}
