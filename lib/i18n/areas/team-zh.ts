/** Chinese interface text for the team area; keys merge into the reference dictionary (messages-zh.ts). */
export const teamZh = {
} as const satisfies Record<string, string | { one: string; other: string }>;
