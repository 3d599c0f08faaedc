import { describe, expect, it } from 'vitest';
import { checkPlaybookJson } from '../../../components/options/PlaybooksSection';

describe('playbook JSON editor check', () => {
  it('accepts a valid pack', () => {
    const check = checkPlaybookJson(
      JSON.stringify([{ id: 'p', name: 'Pack', steps: [{ id: 's1', trigger: 'threat_churn', text: 'Before you go, let me fix this.' }] }]),
    );
    expect(check.ok).toBe(true);
  });

  it('lists every problem with its path', () => {
    const check = checkPlaybookJson(JSON.stringify([{ id: 'p', name: '', steps: [{ id: 's1', trigger: 'Not A Kind', text: '' }] }]));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map((p) => p.path)).toEqual([
        'playbookPacks[0].name',
        'playbookPacks[0].steps[0].trigger',
        'playbookPacks[0].steps[0].text',
      ]);
    }
  });

  it('says where the JSON is broken', () => {
    const check = checkPlaybookJson('[{"id": "p",');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]?.path).toBe('(json)');
  });
});
