import { describe, expect, it } from 'vitest';
import { toSourceLines } from '@/lib/chronicle/normalize-text';
import { joinPageChunks } from './page-chunks';

describe('joinPageChunks', () => {
  it.each([
    { description: 'pages cut mid-word are joined without a space', raw: '1、推进经\n2、济社会发展。', expected: '推进经济社会发展。' },
    { description: 'site labels are removed', raw: '1、优质文档标题正文推进经\n2、济社会。', expected: '标题正文推进经济社会。' },
    { description: 'blank lines between pages are ignored', raw: '1、推进经\n\n2、济社会\n\n3、发展。', expected: '推进经济社会发展。' },
    { description: 'an unnumbered line stays its own line within its page', raw: '1、推进经\n2、济社会发展。\n另起一段。', expected: '推进经济社会发展。\n另起一段。' },
    { description: 'out-of-sequence numbers are text, not pages', raw: '1、第一页写到一\n2、半。其中3、不是页码\n5、也不是。', expected: '第一页写到一半。其中3、不是页码\n5、也不是。' },
  ])('$description', ({ raw, expected }) => {
    expect(joinPageChunks(toSourceLines(raw))).toBe(expected);
  });

  it.each([
    { description: 'a numbered list whose items end their sentences', raw: '1、加强防控。\n2、推进复工。' },
    { description: 'a single page', raw: '1、只有一页,没有结束' },
    { description: 'a list that does not start at 1', raw: '2、推进经\n3、济社会。' },
    { description: 'an article whose first line is a title', raw: '标题\n1、推进经\n2、济社会。' },
  ])('leaves alone $description', ({ raw }) => {
    expect(joinPageChunks(toSourceLines(raw))).toBeNull();
  });
});
