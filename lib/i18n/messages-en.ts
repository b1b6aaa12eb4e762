import type { Dictionary } from './dictionary';

/** English interface text; the type makes a missing or misspelt key a compile error. */
export const en: Dictionary = {
  appName: 'Rostrum',
  appTagline: 'Read and annotate press-conference transcripts',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  navTranscripts: 'Transcripts',
  navChronicle: 'Chronicle',
  languageSwitch: 'Interface language',
  switchToOther: '中文',
  footerNote: 'Interface text is translated; transcripts and chronicles stay in the original.',

  homeTitle: 'Press-conference transcripts',
  homeIntro: 'Pick a press conference to read it by speaker, question and time.',
  homeEmpty: 'No transcripts have been imported yet.',
  homeEmptyHint: 'Run npm run db:seed for the sample corpus, or import a file with npm run transcript:import.',
  heldAt: 'Held',
  source: 'Source',
  summary: 'Summary',
  version: 'Version',
  versionNumber: 'v{n}',
  turnCount: { one: '{n} turn', other: '{n} turns' },
  speakerCount: { one: '{n} speaker', other: '{n} speakers' },
  timeUnknown: 'time unknown',

  rosterTitle: 'Speakers',
  roleHost: 'Host',
  roleOfficial: 'Official',
  roleJournalist: 'Journalist',
  roleOther: 'Other',
  speakerTurns: { one: '{n} turn', other: '{n} turns' },
  groupHost: 'Host',
  groupOfficial: 'Officials',
  groupJournalist: 'Journalists',
  groupOther: 'Other speakers',

  timelineTitle: 'The press conference over time',
  timelineDesc:
    'Time runs left to right ({start}–{end}), one row per speaker; each turn is a bar from the end of the previous turn to the end of its own. Select a bar to go to that turn.',
  timelineBar: 'Turn {n}: {speaker}, {from}–{to}',
  timelineUnavailable: 'Some turns have no time, so the timeline cannot be drawn.',

  exchangesTitle: 'Questions and answers',
  exchangesEmpty: 'No question-and-answer exchanges were recognised.',
  askedBy: 'Asked by',
  answeredBy: 'Answered by',

  filterTitle: 'Filter by speaker',
  filterLabel: 'Speaker',
  filterAll: 'All speakers',
  filterApply: 'Filter',
  filterClear: 'Clear filter',
  filterStatus: 'Showing {shown} of {total} turns',
  filterUnknown: 'There is no speaker called “{speaker}”.',

  turnsTitle: 'Transcript',
  turnLabel: 'Turn {n}',
  turnPermalink: 'Link to turn {n}',
  postedAt: 'Posted at',

  chronicleTitle: 'Chronicle',
  chronicleIntro: 'Events day by day.',
  chronicleEmpty: 'No chronicle has been imported yet.',
  chronicleDays: 'Days',
  dateUnknown: 'Date unknown',
  entryCount: { one: '{n} entry', other: '{n} entries' },

  notFoundTitle: 'Page not found',
  notFoundBody: 'The link may be wrong, or the transcript has been removed.',
  backHome: 'Back to transcripts',
};
