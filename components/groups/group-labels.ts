import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import type { GroupKindName, GroupRoleName } from '@/lib/validation/groups';

const KIND_KEYS: Record<GroupKindName, MessageKey> = { team: 'groupsKindTeam', class: 'groupsKindClass' };

// In a class the owner is the teacher and members are students; classes have no moderators.
const ROLE_KEYS: Record<GroupKindName, Partial<Record<GroupRoleName, MessageKey>>> = {
  team: { owner: 'groupsRoleOwner', moderator: 'groupsRoleModerator', member: 'groupsRoleMember' },
  class: { owner: 'groupsRoleTeacher', moderator: 'groupsRoleModerator', member: 'groupsRoleStudent' },
};

/** The roles an owner may hand out in a group of `kind`. */
export function assignableRoles(kind: GroupKindName): GroupRoleName[] {
  return kind === 'class' ? ['owner', 'member'] : ['owner', 'moderator', 'member'];
}

/** "Team" / "Class" in the interface language. */
export const groupKindLabel = (kind: GroupKindName, t: Translator) => t(KIND_KEYS[kind]);

/** A role's name for the group's kind: Teacher/Student in a class, Owner/Moderator/Member in a team. */
export const groupRoleLabel = (role: GroupRoleName, kind: GroupKindName, t: Translator) => t(ROLE_KEYS[kind][role] ?? 'groupsRoleMember');

/** Owners and moderators see the join code, remove members and hide group annotations. */
export const moderates = (role: GroupRoleName) => role === 'owner' || role === 'moderator';
