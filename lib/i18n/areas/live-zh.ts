/** Chinese interface text for the live area; keys merge into the reference dictionary (messages-zh.ts). */
export const liveZh = {
  liveUpdatesOn: '实时更新已开启',
  liveUpdatesReconnecting: '正在重新连接实时更新…',
} as const satisfies Record<string, string | { one: string; other: string }>;
