import { storage } from '@wxt-dev/storage';
import { type ChannelConfig, type ChannelIssue, validateChannel } from './channel-config';

/**
 * The configured handoff channels: one versioned storage item, `local:handoff-channels`.
 * Read back through validateChannel, so a damaged or hand-edited entry shows up with its
 * problems instead of breaking the card.
 */
export const CHANNELS_KEY = 'local:handoff-channels' as const;
export const CHANNELS_VERSION = 1;

export interface StoredChannels {
  channels: unknown[];
  defaultChannelId?: string;
}

export interface LoadedChannels {
  /** Channels that validate and can be sent to. */
  channels: ChannelConfig[];
  /** Stored entries that do not validate, with what is wrong (shown in options). */
  invalid: { raw: unknown; issues: ChannelIssue[] }[];
  defaultChannelId?: string;
}

export function defineChannelsItem() {
  return storage.defineItem<StoredChannels>(CHANNELS_KEY, { version: CHANNELS_VERSION, fallback: { channels: [] } });
}

export function parseStoredChannels(value: StoredChannels | null | undefined): LoadedChannels {
  const channels: ChannelConfig[] = [];
  const invalid: LoadedChannels['invalid'] = [];
  for (const raw of Array.isArray(value?.channels) ? value.channels : []) {
    const checked = validateChannel(raw);
    if (checked.ok) channels.push(checked.channel);
    else invalid.push({ raw, issues: checked.issues });
  }
  const defaultChannelId = channels.some((c) => c.id === value?.defaultChannelId) ? value?.defaultChannelId : channels[0]?.id;
  return { channels, invalid, ...(defaultChannelId ? { defaultChannelId } : {}) };
}

export async function loadChannels(item = defineChannelsItem()): Promise<LoadedChannels> {
  return parseStoredChannels(await item.getValue());
}

export async function saveChannels(channels: ChannelConfig[], defaultChannelId?: string, item = defineChannelsItem()): Promise<void> {
  await item.setValue({ channels, ...(defaultChannelId ? { defaultChannelId } : {}) });
}

export function watchChannels(callback: (loaded: LoadedChannels) => void, item = defineChannelsItem()): () => void {
  return item.watch((value) => callback(parseStoredChannels(value)));
}
