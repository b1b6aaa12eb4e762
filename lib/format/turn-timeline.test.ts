import { describe, expect, it } from 'vitest';
import { layoutTurnTimeline, TIMELINE_STEP_MS } from './turn-timeline';

const speakers = [{ label: '胡凯红' }, { label: '罗照辉' }, { label: '缺席者' }];
const at = (clock: string) => `2020-03-26T${clock}+08:00`;

describe('layoutTurnTimeline', () => {
  const timeline = layoutTurnTimeline({
    heldAt: at('10:00:00'),
    speakers,
    turns: [
      // 40 characters: 10 s at the speaking rate, well inside its gap.
      { index: 1, speaker: '胡凯红', postedAt: at('10:01:21'), text: '欢'.repeat(40) },
      // 8,000 characters would take 2,000 s: the 1,018 s since the previous posting bound it.
      { index: 2, speaker: '罗照辉', postedAt: at('10:18:19'), text: '答'.repeat(8000) },
      { index: 3, speaker: '胡凯红', postedAt: at('12:09:23'), text: '谢谢' },
    ],
  });

  it('rounds the axis out to 10 minutes around the start and the last turn', () => {
    expect(timeline?.axisStart).toBe(Date.parse(at('10:00:00')));
    expect(timeline?.axisEnd).toBe(Date.parse(at('12:10:00')));
    expect(timeline?.ticks).toHaveLength(14);
    expect(timeline!.ticks[1]! - timeline!.ticks[0]!).toBe(TIMELINE_STEP_MS);
  });

  it('keeps only speakers who speak, in roster order', () => {
    expect(timeline?.rows).toEqual(['胡凯红', '罗照辉']);
  });

  it('ends each bar at its own time and starts it its estimated spoken duration earlier, never before the previous turn', () => {
    expect(timeline?.bars.map((b) => [b.turn, b.row, b.start, b.end])).toEqual([
      [1, 0, Date.parse(at('10:01:11')), Date.parse(at('10:01:21'))],
      [2, 1, Date.parse(at('10:01:21')), Date.parse(at('10:18:19'))],
      // Two characters after a gap of nearly two hours: half a second, not the whole gap.
      [3, 0, Date.parse(at('12:09:23')) - 500, Date.parse(at('12:09:23'))],
    ]);
  });

  it.each([
    { description: 'a turn without time', turns: [{ index: 1, speaker: '胡凯红', postedAt: null, text: '好' }] },
    { description: 'no turns', turns: [] },
  ])('gives no picture for $description', ({ turns }) => {
    expect(layoutTurnTimeline({ heldAt: null, speakers, turns })).toBeNull();
  });

  it('starts at the first turn when the start time is unknown, and clamps out-of-order times', () => {
    const t = layoutTurnTimeline({
      heldAt: null,
      speakers,
      turns: [
        { index: 1, speaker: '胡凯红', postedAt: at('10:05:00'), text: '好' },
        { index: 2, speaker: '罗照辉', postedAt: at('10:04:00'), text: '' },
      ],
    });
    expect(t?.axisStart).toBe(Date.parse(at('10:00:00')));
    expect(t?.bars[1]?.start).toBe(t?.bars[1]?.end);
  });
});
