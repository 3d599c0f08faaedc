import { useEffect } from 'react';
import { t } from '@/lib/i18n';
import { followSettings, useSettingsStore } from '@/lib/settings/store';
import { applyTheme } from '@/lib/ui/theme';
import { BackupSection } from './BackupSection';
import { ChannelsSection } from './ChannelsSection';
import { CustomRulesSection } from './CustomRulesSection';
import { AppearanceSection, CoachingSection, DraftCoachSection, NudgeSection, SensitivitySection } from './GeneralSections';
import { HandoffMaskingSection } from './HandoffMaskingSection';
import { PlaybooksSection } from './PlaybooksSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SiteDefinitionsSection } from './SiteDefinitionsSection';
import { SitesSection } from './SitesSection';

/** Applies the theme setting: 'system' follows the OS, the others force one scheme. */
export { applyTheme };

const SECTIONS = [
  ['sites', 'options_sites_title'],
  ['sensitivity', 'options_sensitivity_title'],
  ['nudge', 'options_nudge_title'],
  ['custom-rules', 'options_rules_title'],
  ['playbooks', 'options_playbooks_title'],
  ['channels', 'options_channels_title'],
  ['handoff-masking', 'options_masking_title'],
  ['coaching', 'options_coaching_title'],
  ['draft-coach', 'options_draft_title'],
  ['shortcuts', 'options_shortcuts_title'],
  ['you', 'options_you_title'],
  ['site-definitions', 'options_sitedefs_title'],
  ['backup', 'options_backup_title'],
] as const;

function IssuesBanner() {
  const issues = useSettingsStore((s) => s.issues);
  const policyIssues = useSettingsStore((s) => s.policyIssues);
  if (issues.length === 0 && policyIssues.length === 0) return null;
  return (
    <div className="banner warn" role="alert">
      {issues.length > 0 ? <p>{t('options_issues_stored', { count: issues.length })}</p> : null}
      {policyIssues.length > 0 ? <p>{t('options_issues_policy', { count: policyIssues.length })}</p> : null}
      <ul className="problems">
        {[...issues, ...policyIssues].map((i) => (
          <li key={`${i.path}:${i.message}`}>
            <code>{i.path}</code> {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OptionsApp() {
  useEffect(() => followSettings(), []);
  const loaded = useSettingsStore((s) => s.loaded);
  const theme = useSettingsStore((s) => s.settings.theme);
  const managed = useSettingsStore((s) => s.managed);
  useEffect(() => applyTheme(theme), [theme]);

  return (
    <div className="options">
      <header>
        <h1>{t('options_title')}</h1>
        {managed ? <p className="muted">{t('options_managed_notice')}</p> : null}
      </header>
      <nav aria-label={t('options_contents')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-busy={!loaded}>
        {loaded ? (
          <>
            <IssuesBanner />
            <SitesSection />
            <SensitivitySection />
            <NudgeSection />
            <CustomRulesSection />
            <PlaybooksSection />
            <ChannelsSection />
            <HandoffMaskingSection />
            <CoachingSection />
            <DraftCoachSection />
            <ShortcutsSection />
            <AppearanceSection />
            <SiteDefinitionsSection />
            <BackupSection />
          </>
        ) : (
          <p>{t('options_loading')}</p>
        )}
      </main>
    </div>
  );
}
