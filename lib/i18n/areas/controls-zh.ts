/** Chinese names of the account and annotation controls (buttons, fields) that every feature's specs drive. */
export const controlsZh = {
  controlName: '名字',
  controlEmail: '邮箱',
  controlPassword: '密码',
  controlCreateAccount: '注册账户',
  controlSignIn: '登录',
  controlSignOut: '退出登录',
  controlAnnotate: '写批注',
  controlHighlight: '划线',
  controlEditor: '批注正文',
  controlSave: '保存批注',
} as const satisfies Record<string, string | { one: string; other: string }>;
