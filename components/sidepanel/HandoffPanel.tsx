import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type ActionOutcome, HandoffCard } from '@/components/handoff/HandoffCard';
import { type LoadedChannels, loadChannels, watchChannels } from '@/lib/handoff/channel-store';
import type { OutboxEntry } from '@/lib/handoff/outbox';
import { watchOutbox } from '@/lib/handoff/outbox-storage';
import type { SubmitResult } from '@/lib/handoff/submit';
import type { HandoffRequest } from '@/lib/handoff/types';
import { type PreparedHandoff, sendMessage } from '@/lib/messaging/protocol';

/**
 * The handoff card wired to the extension: the background prepares the summary, channels and
 * this chat's outbox come from storage, Send goes through the background's durable outbox.
 */
export function HandoffPanel({ tabId, chatId, onClose }: { tabId: number; chatId: string; onClose(): void }) {
  const [prepared, setPrepared] = useState<PreparedHandoff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [channels, setChannels] = useState<LoadedChannels>({ channels: [], invalid: [] });
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);

  useEffect(() => {
    let live = true;
    void sendMessage('prepareHandoff', { tabId }).then((reply) => {
      if (!live) return;
      if ('error' in reply) setError(reply.error);
      else setPrepared(reply);
    });
    void loadChannels().then((c) => live && setChannels(c));
    const stopChannels = watchChannels(setChannels);
    const stopOutbox = watchOutbox((entries) => setOutbox(entries.filter((e) => e.chatId === chatId)));
    return () => {
      live = false;
      stopChannels();
      stopOutbox();
    };
  }, [tabId, chatId]);

  async function send(request: HandoffRequest): Promise<ActionOutcome> {
    const result: SubmitResult = await sendMessage('sendHandoff', { tabId, request });
    if (!result.ok) return { ok: false, message: result.error };
    if (result.via === 'outbox') {
      return {
        ok: true,
        message: result.duplicate ? 'Already in the outbox.' : 'Queued: it is saved and will be delivered, even if the browser closes.',
      };
    }
    if (result.via === 'mailto') {
      await browser.tabs.create({ url: result.url });
      return { ok: true, message: 'Your e-mail app has the handoff ready to send.' };
    }
    if (result.via === 'note') {
      const inserted = await sendMessage('insertText', { text: result.text, target: 'note' }, tabId);
      return {
        ok: inserted.ok,
        message:
          inserted.via === 'composer'
            ? 'Added to the internal note. Review it and save it in the helpdesk.'
            : (inserted.error ?? 'Could not add the note.'),
      };
    }
    await navigator.clipboard.writeText(result.text);
    return { ok: true, message: 'Copied. Paste it where your supervisor will see it.' };
  }

  if (error) {
    return (
      <section className="handoff-panel" role="alert">
        <p>{error}</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }
  if (!prepared) return <p aria-live="polite">Preparing the handoff…</p>;
  return (
    <HandoffCard
      summary={prepared.summary}
      suggestion={prepared.suggestion}
      customerLine={prepared.customerLine}
      {...(prepared.masking ? { masking: prepared.masking } : {})}
      channels={channels.channels}
      defaultChannelId={channels.defaultChannelId}
      outboxEntries={outbox}
      onSend={send}
      onRetry={async (id) => {
        const r = await sendMessage('retryHandoff', { id });
        return { ok: r.ok, message: r.ok ? 'Trying again now.' : (r.error ?? 'Could not retry.') };
      }}
      onInsertCustomerLine={async (text) => {
        const r = await sendMessage('insertText', { text }, tabId);
        return { ok: r.ok, message: r.via === 'composer' ? 'Inserted into the reply box.' : (r.error ?? 'Could not insert.') };
      }}
      onClose={onClose}
      onOpenChannelSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
