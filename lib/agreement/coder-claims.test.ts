import { describe, expect, it } from 'vitest';
import { isDisagreement, latestPerCoder, statusAgreement, type CodedClaim } from './coder-claims';

const claim = (coderId: string, status: string, type = 'statistic', createdAt = '2026-01-01T00:00:00.000Z'): CodedClaim => ({ coderId, status, type, createdAt });

describe('latestPerCoder and isDisagreement', () => {
  it("keeps each coder's latest claim only", () => {
    const claims = [claim('a', 'disputed', 'statistic', '2026-01-01T00:00:00.000Z'), claim('a', 'supported', 'statistic', '2026-01-02T00:00:00.000Z'), claim('b', 'supported')];
    expect(latestPerCoder(claims).map((c) => [c.coderId, c.status])).toEqual([
      ['a', 'supported'],
      ['b', 'supported'],
    ]);
    expect(isDisagreement(claims)).toBe(false); // a changed their mind; the latest values agree
  });

  const rows = [
    { description: 'one coder, two statuses', claims: [claim('a', 'supported', 'statistic', '1'), claim('a', 'disputed', 'statistic', '2')], disagree: false },
    { description: 'two coders, same status and type', claims: [claim('a', 'supported'), claim('b', 'supported')], disagree: false },
    { description: 'two coders, different status', claims: [claim('a', 'supported'), claim('b', 'disputed')], disagree: true },
    { description: 'two coders, different type', claims: [claim('a', 'supported', 'statistic'), claim('b', 'supported', 'attribution')], disagree: true },
  ];
  it.each(rows)('$description → disagreement: $disagree', ({ claims, disagree }) => {
    expect(isDisagreement(claims)).toBe(disagree);
  });
});

describe('statusAgreement', () => {
  it('counts spans with two coders or more, one value per coder', () => {
    const result = statusAgreement([
      [claim('a', 'supported'), claim('b', 'supported')],
      [claim('a', 'disputed'), claim('b', 'disputed'), claim('c', 'disputed')],
      [claim('a', 'supported')], // one coder: not counted
    ]);
    expect(result).toEqual({ alpha: 1, units: 2, values: 5 });
  });

  it('is null when no span has two coders', () => {
    expect(statusAgreement([[claim('a', 'supported')], [claim('b', 'disputed')]])).toEqual({ alpha: null, units: 0, values: 0 });
  });

  it('drops below 1 when coders differ', () => {
    const result = statusAgreement([
      [claim('a', 'supported'), claim('b', 'disputed')],
      [claim('a', 'supported'), claim('b', 'supported')],
      [claim('a', 'disputed'), claim('b', 'disputed')],
    ]);
    expect(result.alpha).not.toBeNull();
    expect(result.alpha!).toBeLessThan(1);
    expect(result).toMatchObject({ units: 3, values: 6 });
  });
});
