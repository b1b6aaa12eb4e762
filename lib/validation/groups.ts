import { z } from 'zod';
import { recordIdSchema, storableString } from './safe-text';

export const GROUP_KINDS = ['team', 'class'] as const;
export type GroupKindName = (typeof GROUP_KINDS)[number];
export const GROUP_ROLES = ['owner', 'moderator', 'member'] as const;
export type GroupRoleName = (typeof GROUP_ROLES)[number];

/** Join codes are 10 characters of RFC 4648 base32 (A–Z, 2–7). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const JOIN_CODE_LENGTH = 10;

const id = recordIdSchema;
const name = storableString().trim().min(1, 'Give the group a name').max(100);

export const createGroupInputSchema = z.object({ name, kind: z.enum(GROUP_KINDS) });
export type CreateGroupInput = z.infer<typeof createGroupInputSchema>;

export const renameGroupInputSchema = z.object({ groupId: id, name });
export const groupIdInputSchema = z.object({ groupId: id });

/** A code as typed: case, spaces and dashes do not matter. */
export const joinCodeSchema = storableString()
  .max(40)
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(storableString().length(JOIN_CODE_LENGTH, 'A join code has 10 characters').regex(/^[A-Z2-7]+$/, 'Not a join code'));
export const joinGroupInputSchema = z.object({ code: joinCodeSchema });

export const removeMemberInputSchema = z.object({ groupId: id, userId: id });
export const setMemberRoleInputSchema = z.object({ groupId: id, userId: id, role: z.enum(GROUP_ROLES) });
export const annotationIdInputSchema = z.object({ annotationId: id });
