import type { Message } from '../dictionary';
import type { searchZh } from './search-zh';

/** English interface text for search; the type makes a missing key a compile error. */
export const searchEn: Record<keyof typeof searchZh, Message> = {
  navSearch: 'Search',
  searchTitle: 'Search',
  searchIntro: 'Find words in the turns, the annotations you may read and the chronicle. Chinese needs no spaces; Traditional characters, full-width letters and case all match.',
  searchQuery: 'Search for',
  searchSubmit: 'Search',
  searchKind: 'Kind',
  searchKindAny: 'All',
  searchKindTurn: 'Turns',
  searchKindAnnotation: 'Annotations',
  searchKindChronicle: 'Chronicle',
  searchSpeaker: 'Speaker',
  searchFrom: 'From',
  searchTo: 'To',
  searchTag: 'Tag (annotations only)',
  searchStatus: 'Claim status (annotations only)',
  searchAny: 'Any',
  searchResultsTitle: 'Results',
  searchResultCount: { one: '{n} result for “{q}”', other: '{n} results for “{q}”' },
  searchCounts: 'Turns {turn} · annotations {annotation} · chronicle {chronicle}',
  searchNoResults: 'Nothing found for “{q}”. Try a shorter word or fewer filters.',
  searchRelatedTitle: 'Related (not every word)',
  searchTurnAt: 'Turn {n} · {speaker}',
  searchShownFirst: 'Showing the first {n}.',
  searchEmptyQuery: 'Type the words to look for.',
};
