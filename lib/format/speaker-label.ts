/** The fields of a roster entry the reader needs to name a speaker. */
export interface SpeakerIdentity {
  label: string;
  name: string | null;
  title: string | null;
  organization: string | null;
}

/**
 * How to name a speaker: the personal name (or the label when there is none, as for
 * journalists, who are introduced by outlet: `CGTN记者`) and a second line with the title or
 * outlet, left out when the first already says it.
 */
export function speakerLabel(speaker: SpeakerIdentity): { primary: string; secondary: string | null } {
  const primary = speaker.name ?? speaker.label;
  const secondary = speaker.title ?? speaker.organization;
  if (!secondary || primary.includes(secondary)) return { primary, secondary: null };
  return { primary, secondary };
}

/** A journalist's outlet for lists of questions: the organisation, else the label as written. */
export function speakerOutlet(speaker: SpeakerIdentity): string {
  return speaker.organization ?? speaker.label;
}
