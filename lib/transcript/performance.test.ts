/**
 * Size and speed: 100,000 turns parse in well under 2 s (measured ~0.9–1.1 s on the shared
 * 2-core machine; asserted at 4 s so a busy machine does not fail it, while anything quadratic
 * would take minutes), and a 1 MB transcript in a fraction of a second. Times are printed.
 */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

function timed<T>(what: string, run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  console.log(`${what}: ${ms.toFixed(0)} ms`);
  return { value, ms };
}

describe('parser speed', () => {
  it.each([
    { description: 'speaker lines', write: (i: number) => `${i % 2 ? '罗照辉:' : '新华社记者:'}\n第${i}段话，内容很长很长。` },
    { description: 'question-and-answer paragraphs', write: (i: number) => `${i % 2 ? '答' : '问'}：第${i}段话，内容很长很长。` },
  ])('100,000 turns ($description)', ({ write }) => {
    const raw = ['2023年5月12日外交部发言人林海声主持例行记者会', ...Array.from({ length: 100_000 }, (_, i) => write(i))].join('\n');
    const { value, ms } = timed(`100,000 turns, ${raw.length} characters`, () => parseTranscript(raw));
    expect(value.ok && value.value.turns.length).toBe(100_000);
    expect(ms).toBeLessThan(4000);
  });

  it('a 1 MB transcript', () => {
    const turn = (i: number) => `问：关于第${i}项合作，请问目前进展如何？下一步有哪些安排？\n答：${'我们将继续推进有关工作，确保各项措施落到实处。'.repeat(4)}`;
    const raw = ['2023年5月12日外交部发言人林海声主持例行记者会', ...Array.from({ length: 2800 }, (_, i) => turn(i))].join('\n');
    expect(Buffer.byteLength(raw)).toBeGreaterThan(1_000_000);
    const { value, ms } = timed(`1 MB (${Buffer.byteLength(raw)} bytes)`, () => parseTranscript(raw));
    expect(value.ok && value.value.turns.length).toBe(5600);
    expect(ms).toBeLessThan(2000);
  });
});
