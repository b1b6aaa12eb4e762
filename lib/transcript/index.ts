/** Pure transcript parser: raw press-conference text -> metadata, speakers, turns, exchanges. */
export { parseTranscript } from './parse-transcript';
export { LAYOUTS } from './layouts';
export type {
  ParsedTranscript,
  ParseTranscriptOptions,
  SpeakerRole,
  TranscriptExchange,
  TranscriptSpeaker,
  TranscriptTurn,
} from './types';
