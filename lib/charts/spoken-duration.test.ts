import { describe, expect, it } from 'vitest';
import { estimateSpokenSeconds, SPEAKING_RATE, spokenDurations, textLanguage } from './spoken-duration';

describe('spoken duration', () => {
  it('tells Chinese from English by the share of Chinese characters', () => {
    expect(textLanguage('女士们、先生们，大家上午好！WHO 表示')).toBe('zh');
    expect(textLanguage('Good morning. The WHO said 世卫组织 today.')).toBe('en');
  });

  it('counts Chinese characters and English words at the speaking rate, punctuation and spaces not', () => {
    expect(estimateSpokenSeconds('大家上午好！', 'zh')).toBe(5 / SPEAKING_RATE.zhCharactersPerSecond);
    expect(estimateSpokenSeconds("Thank you, Mr. Secretary — it's fine.", 'en')).toBe(6 / SPEAKING_RATE.enWordsPerSecond);
  });

  it('never lets a turn last longer than the gap before its posting, nor count a long gap as speech', () => {
    const at = (clock: string) => `2020-03-26T${clock}+08:00`;
    const [question, answer, untimed] = spokenDurations(at('10:00:00'), [
      // 62 characters posted 23 minutes after the previous turn: spoken in ~16 s, not 23 min.
      { postedAt: at('10:23:24'), text: '问'.repeat(62) },
      // 4,770 characters in a gap of 1.9 min: the gap is all the data allows.
      { postedAt: at('10:25:18'), text: '答'.repeat(4770) },
      { postedAt: null, text: '补充'.repeat(10) },
    ]);
    expect(question).toEqual({ seconds: 62 / 4, bounded: false });
    expect(answer).toEqual({ seconds: 114, bounded: true });
    expect(untimed).toEqual({ seconds: 20 / 4, bounded: false });
  });
});
