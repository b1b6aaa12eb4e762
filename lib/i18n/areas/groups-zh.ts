/** Chinese interface text for the groups area; keys merge into the reference dictionary (messages-zh.ts). */
export const groupsZh = {
} as const satisfies Record<string, string | { one: string; other: string }>;
