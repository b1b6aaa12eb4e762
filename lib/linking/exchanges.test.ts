import { describe, expect, it } from 'vitest';
import { exchangePartners } from './exchanges';

const turns = (roles: string) => roles.split(' ').map((role, i) => ({ index: i + 1, text: '', role }));

describe('exchangePartners', () => {
  it.each([
    { description: 'a question and its answer', roles: 'journalist official', expected: { 1: [2], 2: [1] } },
    { description: 'a question answered by two officials', roles: 'journalist official official', expected: { 1: [2, 3], 2: [1, 3], 3: [1, 2] } },
    { description: 'the next question starts a new exchange', roles: 'journalist official journalist official', expected: { 1: [2], 2: [1], 3: [4], 4: [3] } },
    { description: 'the host ends an exchange', roles: 'journalist official host official', expected: { 1: [2], 2: [1] } },
    { description: 'an opening statement belongs to none', roles: 'host official host official', expected: {} },
    { description: 'an unanswered question has no partners', roles: 'journalist host', expected: {} },
  ])('$description', ({ roles, expected }) => {
    expect(Object.fromEntries(exchangePartners(turns(roles)))).toEqual(expected);
  });

  it('leaves turns without roles alone', () => {
    expect(exchangePartners([{ index: 1, text: '' }, { index: 2, text: '' }]).size).toBe(0);
  });
});
