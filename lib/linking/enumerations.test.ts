import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities';
import { expandEnumerations } from './enumerations';

const expand = (sentence: string) => expandEnumerations(sentence, extractEntities(sentence));

describe('expandEnumerations', () => {
  it.each([
    {
      description: 'one variant per item, the predicate kept',
      sentence: '向伊朗、伊拉克、意大利派遣医疗专家组。',
      expected: ['向伊朗、、派遣医疗专家组。', '向、伊拉克、派遣医疗专家组。', '向、、意大利派遣医疗专家组。'],
    },
    {
      description: 'a generic head noun may sit before the separator',
      sentence: '同东盟、南太岛国、非洲举行视频会议',
      expected: ['同东盟、、举行视频会议', '同、南太岛国、举行视频会议', '同、、非洲举行视频会议'],
    },
    { description: 'two items are not an enumeration', sentence: '向意大利、塞尔维亚派遣专家组', expected: [] },
    { description: 'names apart are not a list', sentence: '意大利外长迪马约表示，塞尔维亚总统武契奇到机场，柬埔寨首相直播', expected: [] },
  ])('$description', ({ sentence, expected }) => {
    expect(expand(sentence)).toEqual(expected);
  });
});
