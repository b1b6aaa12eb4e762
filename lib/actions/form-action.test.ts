// formAction without Next: the posted fields as a plain object, the shared failure state,
// translated texts for some codes, and success or failure handlers (redirects in the app).
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/i18n/get-i18n', () => ({ getI18n: async () => ({ locale: 'en', t: (key: string) => `t:${key}` }) }));
const { formAction, formFields } = await import('./form-action');

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('formFields', () => {
  it('keeps the first text value of each name and leaves files out', () => {
    expect(formFields(form([['a', '1'], ['a', '2'], ['file', new Blob(['x'])], ['b', '']]))).toEqual({ a: '1', b: '' });
  });
});

describe('formAction', () => {
  const failing = (code: 'not_found' | 'invalid' | 'error') => async () => ({ ok: false as const, code, error: `said ${code}` });

  it.each([
    { description: "the action's message when no text replaces it", code: 'invalid' as const, error: 'said invalid' },
    { description: 'a translated text for a code it names', code: 'not_found' as const, error: 't:teamErrorNotFound' },
    { description: "the form's generic text for an unexpected error", code: 'error' as const, error: 't:teamErrorGeneric' },
  ])('shows $description', async ({ code, error }) => {
    const handler = formAction({ input: (f) => f, run: failing(code), messages: { error: 'teamErrorGeneric', not_found: 'teamErrorNotFound' } });
    expect(await handler(null, form([['name', 'x']]))).toEqual({ ok: false, code, error, values: {} });
  });

  it('maps the fields onto the input, sends back only what `keep` keeps, and stays on success (null)', async () => {
    const run = vi.fn(async (input: { n: number }) => (input.n > 0 ? { ok: true as const, data: input.n } : { ok: false as const, code: 'invalid' as const, error: 'no' }));
    const handler = formAction({ input: (f) => ({ n: Number(f.n) }), run, keep: (f) => ({ n: f.n ?? '' }) });
    expect(await handler(null, form([['n', '3'], ['password', 'secret']]))).toBeNull();
    expect(run).toHaveBeenCalledWith({ n: 3 });
    expect(await handler(null, form([['n', '-1'], ['password', 'secret']]))).toEqual({ ok: false, code: 'invalid', error: 'no', values: { n: '-1' } });
  });

  it('hands the result and the fields to `success` and `failure`', async () => {
    const succeeded = formAction({ input: () => ({}), run: async () => ({ ok: true as const, data: 'id-1' }), success: async (data, f) => ({ ok: false, code: 'error', error: `${data} ${f.to}`, values: {} }) });
    expect(await succeeded(null, form([['to', 'there']]))).toMatchObject({ error: 'id-1 there' });
    const failed = formAction({ input: () => ({}), run: failing('not_found'), failure: (failure, f) => ({ ...failure, error: `${failure.code} ${f.to}` }) });
    expect(await failed(null, form([['to', 'back']]))).toMatchObject({ error: 'not_found back' });
  });
});
