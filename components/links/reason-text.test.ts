import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n/translate';
import type { LinkReason } from '@/lib/linking';
import { ReasonText } from './reason-text';

const render = (reason: LinkReason, locale: 'zh' | 'en') => renderToStaticMarkup(createElement(ReasonText, { reason, t: createTranslator(locale) })).replace(/<[^>]+>/g, '');
const reason = (value: string, label?: LinkReason['label']): LinkReason => ({ kind: 'term', value, weight: 0.1, ...(label ? { label } : {}) });

describe('ReasonText: engine wording in the interface language', () => {
  it.each([
    { label: { type: 'more-terms', count: 10 } as const, zh: '另有 10 个词', en: '+10 more terms' },
    { label: { type: 'more-terms', count: 1 } as const, zh: '另有 1 个词', en: '+1 more term' },
    { label: { type: 'context', value: '巴基斯坦', turn: 14 } as const, zh: '巴基斯坦 （见第 14 段）', en: '巴基斯坦 (turn 14)' },
    { label: { type: 'context', value: 'x', turn: 3, moreTerms: 4 } as const, zh: '另有 4 个词 （见第 3 段）', en: '+4 more terms (turn 3)' },
    { label: { type: 'proximity', days: -5 } as const, zh: '发布会前 5 天', en: '5 days before the press conference' },
    { label: { type: 'proximity', days: 1 } as const, zh: '发布会后 1 天', en: '1 day after the press conference' },
    { label: { type: 'proximity', days: 0 } as const, zh: '与发布会同一天', en: 'same day as the press conference' },
  ])('$label.type → $zh / $en', ({ label, zh, en }) => {
    const r = reason('the English value the CLI prints', label);
    expect(render(r, 'zh')).toBe(zh);
    expect(render(r, 'en')).toBe(en);
    expect(render(r, 'zh')).not.toMatch(/turn|days|terms|press conference/);
  });

  it('shows matched content as written, marked as Chinese', () => {
    const html = renderToStaticMarkup(createElement(ReasonText, { reason: reason('世卫组织'), t: createTranslator('en') }));
    expect(html).toContain('lang="zh-CN"');
    expect(html.replace(/<[^>]+>/g, '')).toBe('世卫组织');
  });
});
