import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRosterEdits, previewImport } from './import-preview';
import { slugFromTitle } from './slug';
import { parseTranscript } from '@/lib/transcript';

const BRIEFING = readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'fm-briefing.txt'), 'utf8');

describe('slugFromTitle', () => {
  it.each([
    { description: 'an English title keeps its words', title: 'Press Briefing by Press Secretary Example', heldOn: '2024-05-02', expected: /^press-briefing-by-press-secretary-example$/ },
    { description: 'a Chinese title gives its date and a hash', title: '外交部发言人王某某主持例行记者会', heldOn: '2024-05-14', expected: /^2024-05-14-[0-9a-f]{8}$/ },
    { description: 'an undated Chinese title gives "transcript" and a hash', title: '记者会', heldOn: null, expected: /^transcript-[0-9a-f]{8}$/ },
    { description: 'digits alone are no name', title: '2024 05 14', heldOn: '2024-05-14', expected: /^2024-05-14-[0-9a-f]{8}$/ },
  ])('$description', ({ title, heldOn, expected }) => {
    expect(slugFromTitle(title, heldOn, 'text')).toMatch(expected);
  });
});

describe('previewImport', () => {
  it('warns on a turn without a time only when other turns have one', () => {
    const preview = previewImport(BRIEFING, []);
    if (!preview.ok) throw new Error('refused');
    expect(preview.turns.every((turn) => turn.warnings.length === 0)).toBe(true);
  });

  it('shows each error with its line', () => {
    const preview = previewImport('第一行\n第二行只是一句话。', []);
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    for (const error of preview.errors) expect(error.line).toBeGreaterThan(0);
  });

  it('applies roster edits by label and gives turns the edited role', () => {
    const parsed = parseTranscript(BRIEFING);
    if (!parsed.ok) throw new Error('refused');
    const edited = applyRosterEdits(parsed.value, [{ label: '问', name: null, title: null, organization: '某报', role: 'other' }, { label: 'nobody', name: 'x', title: null, organization: null, role: 'host' }]);
    expect(edited.speakers.find((s) => s.label === '问')).toMatchObject({ organization: '某报', role: 'other' });
    expect(edited.turns.filter((t) => t.speaker === '问').every((t) => t.role === 'other')).toBe(true);
    expect(edited.speakers).toHaveLength(parsed.value.speakers.length);
  });
});
