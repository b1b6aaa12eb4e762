/** Plain objects the groups data layer returns; nothing here is a database row. */
import type { GroupKindName, GroupRoleName } from '@/lib/validation/groups';

/** A group as one of its members sees it in their list. */
export interface GroupSummary {
  id: string;
  name: string;
  kind: GroupKindName;
  myRole: GroupRoleName;
  memberCount: number;
  /** ISO 8601, or null while the group is active. */
  archivedAt: string | null;
}

/** A current member, by name only (never e-mail). */
export interface GroupMemberView {
  userId: string;
  name: string;
  role: GroupRoleName;
  joinedAt: string;
}

/** One group as a member sees it; `joinCode` only for owners and moderators. */
export interface GroupDetail extends GroupSummary {
  createdAt: string;
  joinCode: string | null;
  members: GroupMemberView[];
}
