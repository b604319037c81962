import { describe, expect, it } from 'vitest';
import type { QueryInfo } from '../../../../../viz/api/schema.ts';
import { groupQueries } from '../../../../../viz/page/src/queries/library.ts';

const q = (name: string, group: string, view: QueryInfo['view'], description = ''): QueryInfo => ({
  name,
  title: name.replace(/_/g, ' '),
  description,
  group,
  view,
  params: [],
  cypher: 'RETURN 1',
});

const library = [
  q('surveillance_chain', 'surveillance', 'graph', 'Who developed, acquired and used Pegasus'),
  q('pegasus_targets', 'surveillance', 'table', 'People targeted with Pegasus'),
  q('core_group', 'civil society', 'graph'),
  q('timeline', 'other', 'timeline'),
];

describe('saved-query library', () => {
  it('groups by the header group, else by view, sorted', () => {
    const groups = groupQueries(library);
    expect(groups.map((g) => g.name)).toEqual(['civil society', 'surveillance', 'timeline queries']);
    expect(groups[1]?.queries.map((x) => x.name)).toEqual(['pegasus_targets', 'surveillance_chain']);
  });

  it('searches names, titles and descriptions with every word', () => {
    expect(groupQueries(library, 'pegasus').flatMap((g) => g.queries.map((x) => x.name))).toEqual([
      'pegasus_targets',
      'surveillance_chain',
    ]);
    expect(groupQueries(library, 'pegasus acquired').flatMap((g) => g.queries.map((x) => x.name))).toEqual([
      'surveillance_chain',
    ]);
    expect(groupQueries(library, 'nothing-matches')).toEqual([]);
  });
});
