/** Chinese interface text for the live area; keys merge into the reference dictionary (messages-zh.ts). */
export const liveZh = {
} as const satisfies Record<string, string | { one: string; other: string }>;
