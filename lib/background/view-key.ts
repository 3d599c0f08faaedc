/** Storage key of a tab's view; the side panel watches it (storage.onChanged is the fast path). */
export const tabViewKey = (tabId: number) => `session:tab:${tabId}` as const;
