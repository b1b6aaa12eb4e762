import { isOutlet } from './labels';
import { describeEnglish, isEnglishLabel } from './roster-en';
import { simplified } from './script';
import { endsWithPosition, findHostInHeader, findTitleInHeader, isPersonalName, organizationOf, splitTitledLabel } from './titles';
import type { SpeakerRole, TranscriptSpeaker } from './types';

// `中央广播电视总台央视记者`, `CGTN记者`, `新华社记者张三`: outlet, the word 记者, maybe a name.
const JOURNALIST = /^(.*?)记者[\s\u3000]*(\p{Script=Han}{2,4})?$/u;

function journalist(label: string): TranscriptSpeaker | null {
  const plain = simplified(label);
  // Q&A transcripts (`问：… 答：… 追问：…`) label questions by the word alone.
  if (/^(?:记者)?(?:追|再|又)?问$/u.test(plain)) return { label, name: null, title: null, organization: null, role: 'journalist' };
  if (isOutlet(label)) return { label, name: null, title: null, organization: label, role: 'journalist' };
  const m = JOURNALIST.exec(plain);
  if (!m || (m[2] && !isPersonalName(m[2]))) return null;
  // Same length in both scripts: the outlet and name are cut from the label as written.
  const outlet = label.slice(0, m[1]?.length ?? 0);
  return { label, name: m[2] ? label.slice(-m[2].length) : null, title: null, organization: outlet || null, role: 'journalist' };
}

/** Name, title and a first guess at the role; `other` may still turn out to be the host. */
function describe(label: string, header: string): TranscriptSpeaker {
  const found = journalist(label);
  if (!found && isEnglishLabel(label)) return describeEnglish(label, header);
  if (found) return found;
  const titled = splitTitledLabel(label);
  // `主持人 袭艳春` / `主持人袭艳春`: the role word, then the name.
  const plain = simplified(label);
  const afterHostWord = /^主持人[\s　]*(.+)$/u.exec(label)?.[1];
  const name = titled?.name ?? (isPersonalName(label) ? label : afterHostWord && isPersonalName(afterHostWord) ? afterHostWord : null);
  // The header names the host as `…新闻发言人胡凯红主持`; a label may say 主持人 outright.
  const hosts = plain.includes('主持人') || plain === '主持' || (name !== null && header.includes(`${name}主持`));
  // A label may be a title alone (`行政長官`, `政务司司长`, `外交部发言人`).
  const title =
    titled?.title ??
    (name ? findTitleInHeader(name, header) : hosts ? (findHostInHeader(header)?.title ?? null) : endsWithPosition(label) ? label : null);
  // `答` answers the questions of a Q&A transcript: the officials' side.
  const role: SpeakerRole = hosts ? 'host' : title || plain === '答' ? 'official' : 'other';
  return { label, name, title, organization: title ? organizationOf(title) : null, role };
}

/**
 * The roster, in order of first appearance, from the turns' labels (in turn order) and the
 * header text. Journalists: labels ending in 记者 (the rest is the outlet), or `问`. Officials:
 * people the header introduces with a title (`外交部副部长罗照辉`), labels that carry one, or `答`.
 * Host: a label with 主持人 (titled from the header's `…胡凯红主持` if any), a name the header
 * says chairs, or else the first remaining speaker with two or more turns who opens or closes
 * the event. A speaker otherwise unidentified who speaks right after a journalist answers: an
 * official. Everyone else is `other`.
 */
export function buildRoster(turnLabels: readonly string[], header: string): TranscriptSpeaker[] {
  const roster: TranscriptSpeaker[] = [];
  const counts = new Map<string, number>();
  for (const label of turnLabels) {
    const seen = counts.get(label) ?? 0;
    if (seen === 0) roster.push(describe(label, header));
    counts.set(label, seen + 1);
  }
  shareRolesByName(roster);
  if (!roster.some((s) => s.role === 'host')) {
    const count = (label: string) => counts.get(label) ?? 0;
    const ends = [turnLabels[0], turnLabels[turnLabels.length - 1]];
    const host = roster.find((s) => s.role === 'other' && count(s.label) >= 2 && ends.includes(s.label)) ?? chairByTitle(roster, ends);
    for (const s of roster) if (host && (s === host || (host.name && s.name === host.name))) s.role = 'host';
  }
  answerersAnswer(roster, turnLabels);
  return roster;
}

/**
 * A titled speaker who both opens and closes the event chairs it (`国家卫生健康委新闻发言人 米锋`
 * welcomes everyone and ends the briefing, perhaps under the short label `米锋`), or null.
 */
function chairByTitle(roster: TranscriptSpeaker[], ends: (string | undefined)[]): TranscriptSpeaker | null {
  const [first, last] = ends.map((label) => roster.find((s) => s.label === label));
  if (!first || !last || first.role !== 'official' || first === last) return null;
  return first.name !== null && first.name === last.name ? first : null;
}

/**
 * An unidentified speaker who takes the floor right after a journalist's question is answering
 * it (`Antony Blinken` after `Question`, `王五` after `北方日报记者`): an official.
 */
function answerersAnswer(roster: TranscriptSpeaker[], turnLabels: readonly string[]): void {
  const byLabel = new Map(roster.map((s) => [s.label, s]));
  for (let i = 1; i < turnLabels.length; i++) {
    const speaker = byLabel.get(turnLabels[i] ?? '');
    if (speaker?.role === 'other' && byLabel.get(turnLabels[i - 1] ?? '')?.role === 'journalist') speaker.role = 'official';
  }
}

/**
 * One person may appear under several labels (`主持人 袭艳春`, later just `袭艳春`): a label
 * whose name another label already describes as host or official takes that role and title.
 */
function shareRolesByName(roster: TranscriptSpeaker[]): void {
  const byName = new Map<string, TranscriptSpeaker>();
  for (const s of roster) if (s.name && s.role !== 'other' && !byName.has(s.name)) byName.set(s.name, s);
  for (const speaker of roster) {
    if (speaker.role !== 'other' || !speaker.name) continue;
    const known = byName.get(speaker.name);
    if (!known) continue;
    speaker.role = known.role;
    speaker.title ??= known.title;
    speaker.organization ??= known.organization;
  }
}
