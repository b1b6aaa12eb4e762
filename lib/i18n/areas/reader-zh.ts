/** Chinese interface text of the reader that came later than the base file (link reasons). */
export const readerZh = {
  linkReasonMoreTerms: { one: '另有 {n} 个词', other: '另有 {n} 个词' },
  linkReasonFromTurn: { one: '（见第 {n} 段）', other: '（见第 {n} 段）' },
  linkReasonSameDay: '与发布会同一天',
  linkReasonDaysBefore: { one: '发布会前 {n} 天', other: '发布会前 {n} 天' },
  linkReasonDaysAfter: { one: '发布会后 {n} 天', other: '发布会后 {n} 天' },
} as const satisfies Record<string, string | { one: string; other: string }>;
