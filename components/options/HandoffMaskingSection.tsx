import { type MessageKey, t } from '@/lib/i18n';
import { HANDOFF_MASKING_KINDS } from '@/lib/settings/schema';
import { useSettingsStore } from '@/lib/settings/store';
import { Section, Toggle } from './controls';

/**
 * Which personal data is masked in handoff summaries and notes. Everything is masked unless the
 * agent (or the team's policy, which locks the box) turns a kind off.
 */
export function HandoffMaskingSection() {
  const masking = useSettingsStore((s) => s.settings.handoffMasking);
  const update = useSettingsStore((s) => s.update);
  return (
    <Section id="handoff-masking" title={t('options_masking_title')} description={t('options_masking_help')}>
      {HANDOFF_MASKING_KINDS.map((kind) => (
        <Toggle
          key={kind}
          path={`handoffMasking.${kind}`}
          label={t(`options_masking_${kind}` as MessageKey)}
          checked={masking[kind]}
          onChange={(value) =>
            update((d) => {
              d.handoffMasking[kind] = value;
            })
          }
        />
      ))}
    </Section>
  );
}
