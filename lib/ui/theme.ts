import type { Theme } from '../settings/schema';

/** Applies the agent's theme choice; 'system' follows the browser (prefers-color-scheme). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
}
