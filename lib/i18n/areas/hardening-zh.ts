/** Chinese interface text for the hardening area; keys merge into the reference dictionary (messages-zh.ts). */
export const hardeningZh = {
} as const satisfies Record<string, string | { one: string; other: string }>;
