/** The shared data model: closed vocabulary and zod schemas of the records that cross stages. */
export * from './vocabulary.ts';
export * from './records.ts';
