/** Chinese interface text for the hardening area; keys merge into the reference dictionary (messages-zh.ts). */
export const hardeningZh = {
  hardeningRateLimited: '操作过于频繁，请 {n} 秒后再试',
  hardeningSignUpRateLimited: '此网络注册的账户过多，请 {n} 秒后再试',
  hardeningErrorTitle: '出了点问题',
  hardeningErrorBody: '这个页面暂时无法显示。请稍后再试；如果问题持续出现，请告诉我们。',
  hardeningErrorRetry: '重试',
  hardeningErrorHome: '返回首页',
} as const satisfies Record<string, string | { one: string; other: string }>;
