import { useEffect } from 'react';
import { create } from 'zustand';
import { watchEffectiveSettings } from './effective';
import { type ImportResult, importSettingsFile } from './export-import';
import { effectiveSettings, type ManagedPolicy, stripManagedValues } from './managed';
import { defaultSettings, type Settings } from './schema';
import { resetUserSettings, saveUserSettings } from './storage';
import type { SettingsIssue } from './validate';

/**
 * The settings every page sees (options, side panel): the agent's settings with the team policy
 * on top, kept current by watching storage, so a change in options shows in the side panel
 * without a reload.
 */

export interface SettingsState {
  loaded: boolean;
  /** The agent's own settings as stored (validated). */
  user: Settings;
  managed: ManagedPolicy | null;
  /** What Tact runs with (user + policy). */
  settings: Settings;
  locked: ReadonlySet<string>;
  /** Bad stored values that were replaced by defaults. */
  issues: SettingsIssue[];
  /** Bad policy values that were ignored. */
  policyIssues: SettingsIssue[];
  /** Edit the effective settings; locked values are never written into the agent's own. */
  update(change: (draft: Settings) => void): Promise<void>;
  reset(): Promise<void>;
  importFile(text: string): Promise<ImportResult>;
}

function combine(user: Settings, managed: ManagedPolicy | null) {
  const { settings, locked, issues } = effectiveSettings(user, managed);
  return { user, managed, settings, locked, policyIssues: issues };
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  loaded: false,
  user: defaultSettings(),
  managed: null,
  settings: defaultSettings(),
  locked: new Set<string>(),
  issues: [],
  policyIssues: [],
  async update(change) {
    const { settings, user, locked, managed } = get();
    const draft = structuredClone(settings);
    change(draft);
    const nextUser = stripManagedValues(draft, user, locked);
    set(combine(nextUser, managed));
    await saveUserSettings(nextUser);
  },
  async reset() {
    const user = await resetUserSettings();
    set({ ...combine(user, get().managed), issues: [] });
  },
  async importFile(text) {
    const result = await importSettingsFile(text);
    if (result.ok) set({ ...combine(result.settings, get().managed), issues: result.issues });
    return result;
  },
}));

let followers = 0;
let stopFollowing: (() => void) | null = null;

/**
 * Loads the settings into the store and keeps them current (ref-counted: the last caller to stop
 * ends the watching). Returns a function that stops following.
 */
export function followSettings(): () => void {
  followers += 1;
  if (followers === 1) {
    stopFollowing = watchEffectiveSettings((current) => {
      useSettingsStore.setState({
        user: current.user,
        managed: current.managed,
        settings: current.settings,
        locked: current.locked,
        issues: current.userIssues,
        policyIssues: current.issues,
        loaded: true,
      });
    });
  }
  return () => {
    followers -= 1;
    if (followers === 0) {
      stopFollowing?.();
      stopFollowing = null;
    }
  };
}

/** The effective settings for a React view; follows changes made anywhere in the extension. */
export function useSettings(): Settings {
  useEffect(() => followSettings(), []);
  return useSettingsStore((state) => state.settings);
}
