import { TRIGGER_KINDS } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';
import { RISK_LEVELS, SENSITIVITIES, type Sensitivity, THEMES } from '@/lib/settings/schema';
import { useSettingsStore } from '@/lib/settings/store';
import { LockedNote, NumberField, Section, SelectField, Toggle, useLocked } from './controls';

const sensitivityOptions = SENSITIVITIES.map((value) => ({ value, label: t(`sensitivity_${value}` as MessageKey) }));
const levelOptions = RISK_LEVELS.map((value) => ({ value, label: t(`level_${value}` as MessageKey) }));

export function SensitivitySection() {
  const sensitivity = useSettingsStore((s) => s.settings.sensitivity);
  const update = useSettingsStore((s) => s.update);
  return (
    <Section id="sensitivity" title={t('options_sensitivity_title')} description={t('options_sensitivity_help')}>
      <div className="grid">
        {TRIGGER_KINDS.map((kind) => (
          <SelectField<Sensitivity>
            key={kind}
            path={`sensitivity.${kind}`}
            label={t(`trigger_${kind}` as MessageKey)}
            value={sensitivity[kind] ?? 'normal'}
            options={sensitivityOptions}
            onChange={(value) =>
              update((draft) => {
                draft.sensitivity[kind] = value;
              })
            }
          />
        ))}
      </div>
    </Section>
  );
}

export function NudgeSection() {
  const nudge = useSettingsStore((s) => s.settings.nudge);
  const update = useSettingsStore((s) => s.update);
  return (
    <Section id="nudge" title={t('options_nudge_title')} description={t('options_nudge_help')}>
      <Toggle
        path="nudge.enabled"
        label={t('options_nudge_enabled')}
        checked={nudge.enabled}
        onChange={(value) =>
          update((d) => {
            d.nudge.enabled = value;
          })
        }
      />
      <SelectField
        path="nudge.minLevel"
        label={t('options_nudge_level')}
        value={nudge.minLevel}
        options={levelOptions}
        onChange={(value) =>
          update((d) => {
            d.nudge.minLevel = value;
          })
        }
      />
    </Section>
  );
}

export function CoachingSection() {
  const coaching = useSettingsStore((s) => s.settings.coaching);
  const update = useSettingsStore((s) => s.update);
  return (
    <Section id="coaching" title={t('options_coaching_title')} description={t('options_coaching_help')}>
      <NumberField
        path="coaching.retentionDays"
        label={t('options_coaching_retention')}
        value={coaching.retentionDays}
        min={1}
        max={3650}
        onChange={(value) =>
          update((d) => {
            d.coaching.retentionDays = value;
          })
        }
      />
      <NumberField
        path="coaching.maxRecords"
        label={t('options_coaching_max')}
        value={coaching.maxRecords}
        min={10}
        max={100000}
        onChange={(value) =>
          update((d) => {
            d.coaching.maxRecords = value;
          })
        }
      />
      <Toggle
        path="coaching.shareWithLead"
        label={t('options_coaching_share')}
        checked={coaching.shareWithLead}
        onChange={(value) =>
          update((d) => {
            d.coaching.shareWithLead = value;
          })
        }
      />
    </Section>
  );
}

export function DraftCoachSection() {
  const draftCoach = useSettingsStore((s) => s.settings.draftCoach);
  const update = useSettingsStore((s) => s.update);
  return (
    <Section id="draft-coach" title={t('options_draft_title')} description={t('options_draft_help')}>
      <Toggle
        path="draftCoach.enabled"
        label={t('options_draft_enabled')}
        checked={draftCoach.enabled}
        onChange={(value) =>
          update((d) => {
            d.draftCoach.enabled = value;
          })
        }
      />
      <NumberField
        path="draftCoach.waitingThresholdSec"
        label={t('options_draft_waiting')}
        value={draftCoach.waitingThresholdSec}
        min={10}
        max={3600}
        onChange={(value) =>
          update((d) => {
            d.draftCoach.waitingThresholdSec = value;
          })
        }
      />
      <Toggle
        path="draftCoach.emailThreads"
        label={t('options_draft_email')}
        checked={draftCoach.emailThreads}
        onChange={(value) =>
          update((d) => {
            d.draftCoach.emailThreads = value;
          })
        }
      />
    </Section>
  );
}

export function AppearanceSection() {
  const theme = useSettingsStore((s) => s.settings.theme);
  const agentName = useSettingsStore((s) => s.settings.agentName);
  const update = useSettingsStore((s) => s.update);
  const nameLocked = useLocked('agentName');
  return (
    <Section id="you" title={t('options_you_title')}>
      <div className="row">
        <label htmlFor="agent-name">{t('options_agent_name')}</label>
        <input
          id="agent-name"
          type="text"
          maxLength={80}
          value={agentName}
          disabled={nameLocked}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void update((d) => {
              d.agentName = value;
            });
          }}
        />
        <LockedNote locked={nameLocked} />
      </div>
      <SelectField
        path="theme"
        label={t('options_theme')}
        value={theme}
        options={THEMES.map((value) => ({ value, label: t(`theme_${value}` as MessageKey) }))}
        onChange={(value) =>
          update((d) => {
            d.theme = value;
          })
        }
      />
    </Section>
  );
}
