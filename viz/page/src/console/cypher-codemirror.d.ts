// @neo4j-cypher/codemirror ships its types at src/codemirror.d.ts but its package.json "exports" hides them
// from TypeScript's bundler resolution; this re-points the bare import at them (the JS comes from es/).
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}
