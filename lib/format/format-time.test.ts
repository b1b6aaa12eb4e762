import { describe, expect, it } from 'vitest';
import { formatClock, formatDayHeading, formatEventDateTime, formatHourMinute } from './format-time';
import { resolveTimeZone } from './time-zone';

describe('formatClock', () => {
  it.each([
    { description: 'Beijing time of a UTC instant', iso: '2020-03-26T02:01:21.000Z', zone: 'Asia/Shanghai', expected: '10:01:21' },
    { description: 'past midnight stays 24-hour', iso: '2020-03-26T16:05:09Z', zone: 'Asia/Shanghai', expected: '00:05:09' },
    { description: 'offset zone as stored by the parser', iso: '2020-03-26T02:01:21Z', zone: 'UTC+08:00', expected: '10:01:21' },
    { description: 'UTC itself', iso: '2020-03-26T02:01:21Z', zone: 'UTC', expected: '02:01:21' },
  ])('$description', ({ iso, zone, expected }) => {
    expect(formatClock(iso, zone)).toBe(expected);
  });

  it('drops seconds for axis labels', () => {
    expect(formatHourMinute('2020-03-26T04:10:00Z', 'Asia/Shanghai')).toBe('12:10');
  });
});

describe('resolveTimeZone', () => {
  it.each([
    { description: 'IANA zone unchanged', zone: 'Asia/Shanghai', expected: ['Asia/Shanghai'] },
    { description: 'whole-hour offset east', zone: 'UTC+08:00', expected: ['+08:00', 'Etc/GMT-8'] },
    { description: 'whole-hour offset west', zone: 'UTC-05:00', expected: ['-05:00', 'Etc/GMT+5'] },
    { description: 'garbage falls back to UTC', zone: 'Mars/Olympus', expected: ['UTC'] },
  ])('$description', ({ zone, expected }) => {
    expect(expected).toContain(resolveTimeZone(zone));
  });
});

describe('formatEventDateTime', () => {
  it.each([
    { description: 'Chinese', tag: 'zh-CN', contains: ['2020年3月26日', '10:00', 'GMT+8'] },
    { description: 'English', tag: 'en', contains: ['March 26, 2020', '10:00', 'GMT+8'] },
  ])('$description', ({ tag, contains }) => {
    const text = formatEventDateTime('2020-03-26T02:00:00Z', 'Asia/Shanghai', tag);
    for (const part of contains) expect(text).toContain(part);
  });
});

describe('formatDayHeading', () => {
  it.each([
    { description: 'Chinese month and day', tag: 'zh-CN', expected: '3月8日' },
    { description: 'English short month', tag: 'en', expected: 'Mar 8' },
  ])('$description', ({ tag, expected }) => {
    expect(formatDayHeading('2020-03-08', tag)).toBe(expected);
  });
});
