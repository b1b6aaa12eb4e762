// @vitest-environment happy-dom
// The error pages say nothing about the error: no message, no stack, no SQL, no digest.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import ErrorPage from '@/app/error';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const secret = Object.assign(new Error('relation "User" column passwordHash: SELECT * FROM "User" WHERE email = $1'), { digest: '4242' });
secret.stack = `${secret.message}\n    at query (/srv/lib/data/users.ts:12:3)`;

function render(): string {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(createElement(ErrorPage, { error: secret, reset: () => undefined })));
  const text = host.textContent ?? '';
  act(() => root.unmount());
  host.remove();
  return text;
}

afterEach(() => {
  document.cookie = 'locale=; max-age=0';
});

describe('the error page', () => {
  it('shows a generic message in the reader\'s language and nothing of the error', () => {
    for (const [cookie, expected] of [['locale=zh', '出了点问题'], ['locale=en', 'something went wrong']] as const) {
      document.cookie = cookie;
      const text = render();
      expect(text.toLowerCase()).toContain(expected);
      for (const leak of ['SELECT', 'passwordHash', 'users.ts', '4242', 'relation']) expect(text).not.toContain(leak);
    }
  });
});
