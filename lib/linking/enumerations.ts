/**
 * Enumerations state one fact per item: "向伊朗、伊拉克、意大利、塞尔维亚派遣医疗专家组" is four
 * dispatches. A sentence with a list of three or more named entities (joined by 、, 和, 及,
 * 以及, 与) is expanded into one variant per item, with the other items removed, so each
 * dispatch can match its own chronicle entry instead of a quarter of one.
 */
import type { EntityMention } from './types';

// An item may carry a generic head noun before the separator (南太岛国、, 亚洲国家和).
const SEPARATOR = /^(岛国|国家|地区)?(、|，|和|及|以及|与|同)$/;
const MIN_ITEMS = 3;

/** Variants of a sentence, one per item of each enumeration in it; empty when it has none. */
export function expandEnumerations(sentence: string, entityMentions: readonly EntityMention[]): string[] {
  const mentions = entityMentions
    .filter((m) => m.index >= 0 && m.kind !== 'office' && m.kind !== 'event')
    .sort((a, b) => a.index - b.index || b.surface.length - a.surface.length);
  // One mention per position: 中日韩 yields two countries from one surface.
  const items = mentions.filter((m, i) => i === 0 || m.index >= (mentions[i - 1]?.index ?? 0) + (mentions[i - 1]?.surface.length ?? 0));
  const variants: string[] = [];
  let run: typeof items = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) {
      for (const keep of run) {
        let variant = sentence;
        // Cut from the end so earlier offsets stay valid.
        for (const drop of [...run].reverse()) {
          if (drop !== keep) variant = variant.slice(0, drop.index) + variant.slice(drop.index + drop.surface.length);
        }
        variants.push(variant);
      }
    }
    run = [];
  };
  for (const item of items) {
    const previous = run[run.length - 1];
    const gap = previous ? sentence.slice(previous.index + previous.surface.length, item.index) : '';
    if (previous && !SEPARATOR.test(gap)) close();
    run.push(item);
  }
  close();
  return variants;
}
