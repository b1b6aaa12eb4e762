import { describe, expect, it } from 'vitest';
import { splitRunInTitle } from './run-in-title';

describe('splitRunInTitle', () => {
  it.each([
    {
      description: 'title, ministry and department run into the body',
      text: '同舟共济,守望相助外交部国际司新冠肺炎疫情发生后,以习近平同志为核心的党中央',
      expected: { title: '同舟共济,守望相助', source: '外交部国际司', rest: '新冠肺炎疫情发生后,以习近平同志为核心的党中央' },
    },
    {
      description: 'the longer of two names that start alike',
      text: '携手抗疫国家卫生健康委员会疫情发生以来,各方积极合作。',
      expected: { title: '携手抗疫', source: '国家卫生健康委员会', rest: '疫情发生以来,各方积极合作。' },
    },
    {
      description: 'an organisation without a department, body after a comma',
      text: '共克时艰新华社,各国专家举行视频会议。',
      expected: { title: '共克时艰', source: '新华社', rest: '各国专家举行视频会议。' },
    },
  ])('splits $description', ({ text, expected }) => {
    expect(splitRunInTitle(text)).toEqual(expected);
  });

  it.each([
    { description: 'no known organisation', text: '疫情发生以来,各方积极开展合作。' },
    { description: 'an organisation mid-sentence in the body', text: '疫情发生后,外交部部署各驻外机构,充分发挥一线优势。' },
    { description: 'an organisation too far in', text: `${'很长的开头'.repeat(14)}外交部国际司正文。` },
    { description: 'nothing before the organisation', text: '外交部国际司新冠肺炎疫情发生后。' },
  ])('returns null for $description', ({ text }) => {
    expect(splitRunInTitle(text)).toBeNull();
  });
});
