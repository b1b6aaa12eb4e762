/**
 * Label variants met in transcripts nobody here has seen: each inline text must give exactly
 * these turns (`speaker/role`), or the parse is wrong. One row per variant.
 */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const MFA = '2023年6月2日外交部发言人林海声主持例行记者会';
const SCIO = '国务院新闻办公室于2023年9月21日上午10时举行新闻发布会，请生态环境部副部长秦远航介绍情况。';

describe('label variants', () => {
  it.each([
    {
      description: 'Traditional 問/答 with a Traditional header: answers are the spokesperson\'s',
      raw: '2023年5月12日外交部發言人林海聲主持例行記者會\n問：中方對此有何評論？\n答：中方堅決反對。\n問：還有嗎？\n答：沒有了。',
      turns: ['問/journalist', '林海聲/host', '問/journalist', '林海聲/host'],
    },
    {
      description: '`主持人 许清和：` first, then `许清和：` alone',
      raw: `${SCIO}\n主持人 许清和：女士们、先生们，上午好。\n秦远航：谢谢主持人。\n中新社记者：请问下一步安排？\n秦远航：我们将继续推进。\n许清和：发布会到此结束。`,
      turns: ['主持人 许清和/host', '秦远航/official', '中新社记者/journalist', '秦远航/official', '许清和/host'],
    },
    {
      description: 'outlets without 记者 (彭博社, CNN) and 记者 + space + name ask',
      raw: `${MFA}\n彭博社：中方对此有何评论？\n林海声：中方坚决反对。\nCNN：还有问题吗？\n林海声：没有了。\n路透社记者 张三：最后一个问题？\n林海声：请讲。`,
      turns: ['彭博社/journalist', '林海声/host', 'CNN/journalist', '林海声/host', '路透社记者 张三/journalist', '林海声/host'],
    },
    {
      description: 'a name speaking once, right after a question, answers it; `背景：` stays text',
      raw: `${MFA}\n北方日报记者：请问王部长，还有问题吗？\n王五：没有了。\n背景：这是一段背景。\n北方日报记者：谢谢。\n林海声：谢谢大家。`,
      turns: ['北方日报记者/journalist', '王五/official', '北方日报记者/journalist', '林海声/host'],
    },
    {
      description: 'English Q. / A.',
      raw: 'Interview transcript\nQ. How are you?\nA. Fine, thanks.\nQ. And the plan?\nA. To finish on time.',
      turns: ['Q/journalist', 'A/official', 'Q/journalist', 'A/official'],
    },
    {
      description: 'English names in mixed case, MODERATOR and Question',
      raw: 'Remarks and Q&A\nMODERATOR: Welcome.\nAntony Blinken: Good morning.\nQuestion: What next?\nAntony Blinken: We continue.\nQuestion: And you?\nJohn Kirby: I agree.',
      turns: ['MODERATOR/host', 'Antony Blinken/official', 'Question/journalist', 'Antony Blinken/official', 'Question/journalist', 'John Kirby/official'],
    },
    {
      description: 'markdown bold labels',
      raw: '# Briefing\n**Q:** What is new?\n**A:** Nothing yet.\n**Q:** When?\n**A:** Soon.',
      turns: ['Q/journalist', 'A/official', 'Q/journalist', 'A/official'],
    },
  ])('$description', ({ raw, turns }) => {
    const result = parseTranscript(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.turns.map((t) => `${t.speaker}/${t.role}`)).toEqual(turns);
  });
});
