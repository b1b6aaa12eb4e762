import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnnotationCard } from '@/components/annotations/annotation-card';
import type { CardContext } from '@/components/annotations/card-context';
import { BannedMembers } from '@/components/groups/banned-members';
import { GroupList } from '@/components/groups/group-list';
import { GroupMembers } from '@/components/groups/group-members';
import { TeamVocabularyPanel } from '@/components/groups/team-vocabulary-panel';
import { highlightsByTurn } from '@/components/reader/turn-highlights';
import { TurnArticle } from '@/components/reader/turn-article';
import type { AnnotationDetail } from '@/lib/data/annotations';
import type { GroupDetail } from '@/lib/data/groups';
import { FSI, PDI } from '@/lib/format/isolate';
import { createTranslator } from '@/lib/i18n/translate';

// An attacker's name: U+202E RIGHT-TO-LEFT OVERRIDE reverses everything after it up to the end
// of the paragraph unless the value sits in an isolate (<bdi> or FSI … PDI).
const RLO = '\u202E';
const hostile = (what: string) => `${RLO}${what}-evil`;

/**
 * Every place `value` occurs in `html` is isolated: inside a <bdi> element, or (in text that
 * cannot hold elements: attributes, option labels, translated sentences) right after an FSI
 * and followed by its PDI.
 */
function expectIsolated(html: string, value: string): void {
  let at = html.indexOf(value);
  expect(at, `${JSON.stringify(value)} is rendered at all`).toBeGreaterThanOrEqual(0);
  while (at >= 0) {
    const before = html.slice(0, at);
    const insideBdi = before.lastIndexOf('<bdi') > before.lastIndexOf('</bdi>');
    const inFsi = html[at - 1] === FSI && html[at + value.length] === PDI;
    expect(insideBdi || inFsi, `isolated at …${JSON.stringify(html.slice(Math.max(0, at - 80), at + value.length + 20))}`).toBe(true);
    at = html.indexOf(value, at + 1);
  }
}

const render = (element: ReactElement) => renderToStaticMarkup(element);
const t = createTranslator('en');

const annotation: AnnotationDetail = {
  id: 'a1',
  transcriptSlug: 'sample',
  turnIndex: 3,
  speaker: hostile('speaker'),
  start: 0,
  end: 4,
  exact: 'text',
  prefix: '',
  suffix: '',
  anchorStatus: 'anchored',
  visibility: 'group',
  group: { id: 'g1', name: hostile('group') },
  hidden: false,
  assignmentId: null,
  author: { id: 'u1', name: hostile('author') },
  isMine: false,
  bodyHtml: '<p>note</p>',
  bodyText: 'note',
  tags: [hostile('tag')],
  claim: null,
  replyCount: 1,
  revision: 1,
  createdAt: '2024-03-07T02:00:00.000Z',
  editedAt: null,
  deleted: false,
  replies: [
    { id: 'r1', annotationId: 'a1', parentId: null, author: { id: 'u2', name: hostile('replier') }, bodyHtml: '<p>reply</p>', bodyText: 'reply', isMine: false, createdAt: '2024-03-07T03:00:00.000Z', editedAt: null, deleted: false, replies: [] },
  ],
  evidence: [],
  statusHistory: [],
} as AnnotationDetail;

const context = { t, locale: 'en', signedIn: false, controls: {}, chronicleOptions: [] } as unknown as CardContext;

const group: GroupDetail = {
  id: 'g1',
  name: hostile('group'),
  kind: 'team',
  myRole: 'owner',
  memberCount: 2,
  archivedAt: null,
  createdAt: '2024-03-07T02:00:00.000Z',
  joinCode: 'ABCDEFGHJK',
  members: [
    { userId: 'u0', name: 'Owner', role: 'owner', joinedAt: '2024-03-07T02:00:00.000Z' },
    { userId: 'u1', name: hostile('member'), role: 'member', joinedAt: '2024-03-07T02:00:00.000Z' },
  ],
};

describe('user-supplied text is isolated from the interface around it', () => {
  it.each([
    {
      description: 'reader: an annotation card (author, group badge, tag, reply author)',
      html: () => render(createElement(AnnotationCard, { annotation, context })),
      values: ['author', 'group', 'tag', 'replier'],
    },
    {
      description: 'reader: a turn with an imported speaker label and an annotation highlight',
      html: () =>
        render(
          createElement(TurnArticle, {
            turn: { index: 3, speaker: hostile('speaker'), role: 'journalist', postedAt: null, text: 'text of the turn' },
            speaker: { label: hostile('speaker'), name: null, title: null, organization: hostile('outlet'), role: 'journalist', turnCount: 1 },
            timezone: 'Asia/Shanghai',
            t,
            annotations: { highlights: highlightsByTurn([annotation], t).get(3) ?? [], focusedAnnotationId: null, count: 1, countHref: '?turn=3', focused: false },
          }),
        ),
      values: ['speaker', 'outlet', 'author'],
    },
    {
      description: 'group page: members by name, in the role select and the remove form labels',
      html: () => render(createElement(GroupMembers, { group, viewerId: 'u0', t })),
      values: ['member'],
    },
    {
      description: 'group page: removed members with their "Let back in" form label',
      html: () => render(createElement(BannedMembers, { groupId: 'g1', banned: [{ userId: 'u9', name: hostile('banned'), bannedAt: '2024-03-07T02:00:00.000Z' }], locale: 'en', t })),
      values: ['banned'],
    },
    {
      description: 'group page: the team vocabulary (tag, description, remove form label)',
      html: () =>
        render(
          createElement(TeamVocabularyPanel, {
            vocabulary: { groupId: 'g1', closed: false, tags: [{ id: 't1', name: hostile('tag'), description: hostile('description') }] },
            canManage: true,
            t,
          }),
        ),
      values: ['tag', 'description'],
    },
    {
      description: 'groups list: group names',
      html: () => render(createElement(GroupList, { groups: [group], t })),
      values: ['group'],
    },
  ])('$description', ({ html, values }) => {
    const rendered = html();
    for (const value of values) expectIsolated(rendered, hostile(value));
  });
});
