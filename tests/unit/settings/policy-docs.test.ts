import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCustomRules } from '../../../lib/settings/custom-rules';
import { effectiveSettings } from '../../../lib/settings/managed';
import { defaultSettings, SETTINGS_FIELD_NAMES } from '../../../lib/settings/schema';

const readme = readFileSync(new URL('../../../lib/settings/README.md', import.meta.url), 'utf8');
const managedSchema = JSON.parse(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('policy documentation and managed schema', () => {
  it('the example policy in the README applies cleanly and its rules pass their examples', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const policy = JSON.parse(block ?? '{}') as Record<string, unknown>;
    const { settings, locked, issues } = effectiveSettings(defaultSettings(), policy);
    expect(issues).toEqual([]);
    expect(settings.coaching.shareWithLead).toBe(true);
    expect(locked.has('customRules.acme-gdpr')).toBe(true);
    const { compiled, rejected } = compileCustomRules(settings.customRules);
    expect(rejected).toEqual([]);
    expect(compiled).toHaveLength(1);
  });

  it('the managed schema covers exactly the settings fields', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...SETTINGS_FIELD_NAMES].sort());
  });
});

describe('playbook packs in settings', () => {
  it('keep the playbooks module own step keys (when, language) through validation', async () => {
    const { parseSettings } = await import('../../../lib/settings/validate');
    const pack = {
      id: 'p',
      name: 'Pack',
      language: 'en',
      steps: [{ id: 's', trigger: 'frustration', text: 'I am sorry.', when: { also: ['missing_apology'] } }],
    };
    const { settings, issues } = parseSettings({ playbookPacks: [pack] });
    expect(issues).toEqual([]);
    expect(settings.playbookPacks).toEqual([pack]);
  });
});
