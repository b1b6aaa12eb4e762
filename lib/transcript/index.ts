/** Pure transcript parser: raw press-conference text -> metadata, speakers, turns, exchanges. */
export { parseTranscript } from './parse-transcript';
export { LAYOUTS } from './layouts';
export { MIN_COVERAGE } from './judge';
export { MAX_INPUT_CHARS, MAX_LINE_CHARS } from './input-checks';
export type {
  ParsedTranscript,
  ParseTranscriptOptions,
  SpeakerRole,
  TranscriptExchange,
  TranscriptSpeaker,
  TranscriptTurn,
} from './types';
