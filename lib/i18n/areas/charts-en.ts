import type { Message } from '../dictionary';
import type { chartsZh } from './charts-zh';

/** English interface text for the pictures. */
export const chartsEn: Record<keyof typeof chartsZh, Message> = {
  overviewLink: 'Overview charts',
  transcriptTools: 'Tools for this transcript',
  overviewTitle: 'Press conference at a glance',
  overviewIntro: 'Who spoke how long, which statements were marked as claims, and how far checking has got.',
  speakingTimeTitle: 'Estimated speaking time per speaker',
  speakingNote: { one: '{minutes} min · {chars} characters · {n} turn', other: '{minutes} min · {chars} characters · {n} turns' },
  speakingEstimateNote:
    'Estimated from the text at about 240 characters a minute for Chinese (150 words for English), never longer than the time between a turn’s posting and the previous one. The gaps between postings are not speaking time: they also hold pauses, interpreting and the passing of the microphone.',
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
