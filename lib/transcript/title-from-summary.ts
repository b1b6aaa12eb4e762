/** The title a summary sentence implies (`国务院新闻办公室新闻发布会：…`) when the header has no title line. */

const KIND = /新闻发布会|发布会|记者会|吹风会|见面会/u;
// The organizer is what precedes the date; a summary that opens with its date names none.
const ORGANIZER = /^(\S+?)(?:于|在)?(?:\d{4}年|[今昨明]天)/u;
const TOPIC_AFTER_INTRO = /介绍(.+?)(?:[，,]\s*(?:并|同时)?(?:答|回答)记者(?:提)?问|[，,。；;]|$)/u;
const TOPIC_AFTER_JIU = /就(.+?)举行/u;

/** A readable title from the summary: organizer + kind of event + topic, or null. */
export function titleFromSummary(summary: string): string | null {
  const organizer = ORGANIZER.exec(summary)?.[1]?.replace(/[，,]$/u, '') ?? null;
  const kind = KIND.exec(summary)?.[0] ?? '新闻发布会';
  const found = (TOPIC_AFTER_INTRO.exec(summary) ?? TOPIC_AFTER_JIU.exec(summary))?.[1] ?? null;
  // `介绍有关情况` names no topic.
  const topic = found && !/^(?:有关|相关)?情况$/u.test(found) ? found : null;
  if (organizer && topic) return `${organizer}${kind}：${topic}`;
  if (organizer) return `${organizer}${kind}`;
  return topic ? `${kind}：${topic}` : null;
}
