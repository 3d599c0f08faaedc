import { type EffectiveSettings, effectiveSettings, type ManagedPolicy, readManagedPolicy, watchManagedPolicy } from './managed';
import type { Settings } from './schema';
import { loadUserSettings, watchUserSettings } from './storage';
import type { SettingsIssue } from './validate';

/**
 * The settings Tact runs with, for code without React (background, content script): load once,
 * then follow both the agent's settings and the team policy. The React store builds on this.
 */

export interface EffectiveSnapshot extends EffectiveSettings {
  user: Settings;
  managed: ManagedPolicy | null;
  /** Bad stored values replaced by defaults (EffectiveSettings.issues are the policy's). */
  userIssues: SettingsIssue[];
}

export function snapshot(user: Settings, managed: ManagedPolicy | null, userIssues: SettingsIssue[]): EffectiveSnapshot {
  return { ...effectiveSettings(user, managed), user, managed, userIssues };
}

export async function loadEffectiveSettings(): Promise<EffectiveSnapshot> {
  const [{ settings, issues }, managed] = await Promise.all([loadUserSettings(), readManagedPolicy()]);
  return snapshot(settings, managed, issues);
}

/**
 * Calls back with the current effective settings now and after every change to either area.
 * Returns a function that stops following.
 */
export function watchEffectiveSettings(callback: (current: EffectiveSnapshot) => void): () => void {
  let current: EffectiveSnapshot | null = null;
  let stopped = false;
  const emit = (next: EffectiveSnapshot) => {
    current = next;
    if (!stopped) callback(next);
  };
  void loadEffectiveSettings().then((first) => {
    // A change that arrived while loading wins over the initial read.
    if (!current) emit(first);
  });
  const stopUser = watchUserSettings(({ settings, issues }) => {
    if (current) emit(snapshot(settings, current.managed, issues));
    else void loadEffectiveSettings().then(emit);
  });
  const stopManaged = watchManagedPolicy((managed) => {
    if (current) emit(snapshot(current.user, managed, current.userIssues));
    else void loadEffectiveSettings().then(emit);
  });
  return () => {
    stopped = true;
    stopUser();
    stopManaged();
  };
}
