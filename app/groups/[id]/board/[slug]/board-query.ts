import { boardQuerySchema, type BoardQuery } from '@/lib/validation/team';

/** The board page's search parameters as Next passes them. */
export type BoardSearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Reads the board's view options from the URL (a GET form, so the board works without
 * JavaScript): `claimStatus`, `claimType`, `speaker`, `disagreements=1`, `sort` and
 * `group=speaker`. A malformed value is dropped on its own; the rest still apply.
 */
export function parseBoardQuery(params: BoardSearchParams): BoardQuery {
  const shape = boardQuerySchema.shape;
  const query: BoardQuery = {};
  const status = shape.claimStatus.safeParse(one(params.claimStatus));
  if (status.success && status.data) query.claimStatus = status.data;
  const type = shape.claimType.safeParse(one(params.claimType));
  if (type.success && type.data) query.claimType = type.data;
  const speaker = shape.speaker.safeParse(one(params.speaker));
  if (speaker.success && speaker.data) query.speaker = speaker.data;
  const sort = shape.sort.safeParse(one(params.sort));
  if (sort.success && sort.data) query.sort = sort.data;
  if (one(params.disagreements) === '1') query.disagreements = true;
  if (one(params.group) === 'speaker') query.groupBySpeaker = true;
  return query;
}
