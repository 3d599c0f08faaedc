import type { ComponentType } from 'react';
import { t } from '@/lib/i18n';
import { Section } from './controls';

/**
 * Handoff channels are configured by the handoff module's own component. It is picked up here when
 * it exists (import.meta.glob resolves to nothing otherwise), so options builds either way.
 */
const handoffModules = import.meta.glob<{ ChannelSettings?: ComponentType }>('../handoff/ChannelSettings.tsx', { eager: true });
const ChannelSettings = Object.values(handoffModules)[0]?.ChannelSettings;

export function ChannelsSection() {
  return (
    <Section id="channels" title={t('options_channels_title')} description={t('options_channels_help')}>
      {ChannelSettings ? (
        <ChannelSettings />
      ) : (
        // SLOT: components/handoff/ChannelSettings.tsx (export function ChannelSettings) mounts here.
        <p className="muted" data-slot="handoff-channel-settings">
          {t('options_channels_missing')}
        </p>
      )}
    </Section>
  );
}
