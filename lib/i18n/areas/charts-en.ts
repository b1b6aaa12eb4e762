import type { Message } from '../dictionary';
import type { chartsZh } from './charts-zh';

/** English interface text for the pictures. */
export const chartsEn: Record<keyof typeof chartsZh, Message> = {
  overviewLink: 'Overview charts',
  transcriptTools: 'Tools for this transcript',
  overviewTitle: 'Press conference at a glance',
  overviewIntro: 'Who spoke how long, which statements were marked as claims, and how far checking has got.',
  speakingTimeTitle: 'Speaking time per speaker',
  speakingCharsTitle: 'Characters spoken per speaker (no timestamps)',
  speakingNote: '{minutes} min · {chars} characters · {turns} turns',
  speakingNoteUntimed: '{chars} characters · {turns} turns',
  claimsBySpeakerTitle: 'Claims by status per speaker',
  claimsBySpeakerNone: 'No claims you can see yet.',
  claimsNote: { one: '{n} claim', other: '{n} claims' },
  chartSpeaker: 'Speaker',
  chartData: 'Data',
  chronicleDaysTitle: 'Chronicle entries and related turns per day',
  chronicleDaysEntries: 'Entries',
  chronicleDaysTurns: 'Related turns',
  chronicleDaysNote: '{entries} entries · {turns} related turns',
  chartDay: 'Day',
  classProgressTitle: 'Class progress (required work)',
  classProgressDone: 'Done',
  classProgressLeft: 'Left to do',
  classProgressNote: '{done}/{required} · {annotations} annotations',
  classProgressStudent: 'Student',
};
