import { describe, expect, it } from 'vitest';
import { parseBoardQuery } from '@/app/groups/[id]/board/[slug]/board-query';

describe('parseBoardQuery (the claim board’s GET parameters)', () => {
  const rows = [
    { description: 'nothing set', params: {}, query: {} },
    {
      description: 'every option',
      params: { claimStatus: 'disputed', claimType: 'statistic', speaker: '罗照辉', disagreements: '1', sort: 'newest', group: 'speaker' },
      query: { claimStatus: 'disputed', claimType: 'statistic', speaker: '罗照辉', disagreements: true, sort: 'newest', groupBySpeaker: true },
    },
    { description: 'malformed values are dropped one by one', params: { claimStatus: 'bogus', sort: 'random', claimType: 'other', disagreements: 'yes' }, query: { claimType: 'other' } },
    { description: 'empty values and repeated parameters are ignored', params: { claimStatus: '', speaker: ['a', 'b'] }, query: {} },
  ];
  it.each(rows)('$description', ({ params, query }) => {
    expect(parseBoardQuery(params)).toEqual(query);
  });
});
