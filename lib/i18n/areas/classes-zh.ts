/** Chinese interface text for the classes area; keys merge into the reference dictionary (messages-zh.ts). */
export const classesZh = {
} as const satisfies Record<string, string | { one: string; other: string }>;
