const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A pinyin gloss right after a Han character: `協(xié)力`, `統(tǒng)一`. Converters that
 * turn simplified into traditional text leave these behind. Requiring a tone mark keeps
 * real parentheses such as `方案(a)` or `世卫组织(WHO)`.
 */
const GLOSS = new RegExp(`(?<=\\p{Script=Han})\\((?=[a-zü]*[${TONE_MARKED}])[a-zü${TONE_MARKED}]{1,7}\\)`, 'gu');

/** Removes converter pinyin glosses (`責(zé)任編輯` -> `責任編輯`) so markers and text read cleanly. */
export function stripPinyinGlosses(text: string): string {
  return text.replace(GLOSS, '');
}
