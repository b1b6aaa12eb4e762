import { describe, expect, it } from 'vitest';
import { groupExchanges } from './exchanges';
import type { SpeakerRole } from './types';

const turns = (...roles: SpeakerRole[]) => roles.map((role, i) => ({ index: i + 1, role }));

describe('groupExchanges', () => {
  it.each([
    { description: 'one question, one answer', roles: turns('host', 'journalist', 'official'), exchanges: [{ question: 2, answers: [3] }] },
    { description: 'several officials answer one question', roles: turns('journalist', 'official', 'official', 'official'), exchanges: [{ question: 1, answers: [2, 3, 4] }] },
    { description: 'a host turn ends the exchange', roles: turns('journalist', 'official', 'host', 'official'), exchanges: [{ question: 1, answers: [2] }] },
    { description: 'the next journalist opens a new exchange', roles: turns('journalist', 'official', 'journalist', 'official'), exchanges: [{ question: 1, answers: [2] }, { question: 3, answers: [4] }] },
    { description: 'an unanswered question keeps empty answers', roles: turns('journalist', 'journalist', 'official'), exchanges: [{ question: 1, answers: [] }, { question: 2, answers: [3] }] },
    { description: 'officials before any question answer nothing', roles: turns('host', 'official', 'host'), exchanges: [] },
    { description: 'a spokesperson who chairs answers right after the question', roles: turns('host', 'journalist', 'host', 'journalist', 'host'), exchanges: [{ question: 2, answers: [3] }, { question: 4, answers: [5] }] },
    { description: 'a host handing the question to an official is no answer', roles: turns('journalist', 'host', 'official', 'official'), exchanges: [{ question: 1, answers: [3, 4] }] },
    { description: 'an unidentified speaker ends the exchange', roles: turns('journalist', 'official', 'other', 'official'), exchanges: [{ question: 1, answers: [2] }] },
  ])('$description', ({ roles, exchanges }) => {
    expect(groupExchanges(roles)).toEqual(exchanges);
  });
});
