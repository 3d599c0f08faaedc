import { type EffectiveSettings, effectiveSettings, isLocked, readManagedPolicy } from '../settings/managed';
import type { Settings } from '../settings/schema';
import { loadUserSettings } from '../settings/storage';
import type { HistoryRetention } from './history';
import type { TeamExportOptions } from './team-export';

/** The coaching part of the settings: retention for history, and whether sharing with a lead is on. */
export interface CoachingSettings {
  retention: HistoryRetention;
  sharing: TeamExportOptions;
}

export function coachingSettingsFrom(user: Settings, effective: EffectiveSettings): CoachingSettings {
  const { coaching } = effective.settings;
  const policySetsSharing = isLocked(effective.locked, 'coaching.shareWithLead');
  return {
    retention: { maxRecords: coaching.maxRecords, maxDays: coaching.retentionDays },
    sharing: {
      agentOptedIn: user.coaching.shareWithLead,
      ...(policySetsSharing ? { policyEnabled: coaching.shareWithLead } : {}),
    },
  };
}

/** Reads the agent's settings with the team policy on top; problems come back as messages. */
export async function loadCoachingSettings(): Promise<CoachingSettings & { issues: string[] }> {
  const user = await loadUserSettings();
  const effective = effectiveSettings(user.settings, await readManagedPolicy());
  return {
    ...coachingSettingsFrom(user.settings, effective),
    issues: [...user.issues, ...effective.issues].map((i) => `Settings ${i.path}: ${i.message}`),
  };
}
