import { toSettingsEntry } from '../../adapters/site-definition';
import { onMessage } from '../../messaging/protocol';
import { updateUserSettings } from '../../settings/storage';
import type { BackgroundFeature } from '../context';

/** Saves a page the agent taught into their settings (editable and exportable in options). */
export const siteDefinitionsFeature: BackgroundFeature = () => {
  onMessage('saveSiteDefinition', async ({ data }) => {
    try {
      const entry = toSettingsEntry(data.definition, data.scheme);
      await updateUserSettings((current) => ({
        ...current,
        siteDefinitions: [...current.siteDefinitions.filter((d) => d.id !== entry.id), entry],
      }));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: `Could not save what Tact learnt: ${String(error)}` };
    }
  });
};
