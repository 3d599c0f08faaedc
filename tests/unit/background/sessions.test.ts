import { describe, expect, it } from 'vitest';
import { SessionManager } from '../../../lib/background/sessions';
import type { TranscriptDelta } from '../../../lib/messaging/protocol';

const base = { url: 'https://acme.example/chat/1', adapter: 'demo', confidence: 'high' as const, observedAt: 1, removed: [] };
const full = (chatId: string, seq: number, texts: string[]): TranscriptDelta => ({
  ...base,
  chatId,
  seq,
  full: true,
  upserts: texts.map((text, i) => ({ id: `${chatId}-${i}`, role: 'customer', text })),
  order: texts.map((_, i) => `${chatId}-${i}`),
});
const append = (chatId: string, seq: number, id: string, text: string): TranscriptDelta => ({
  ...base,
  chatId,
  seq,
  full: false,
  upserts: [{ id, role: 'customer', text }],
});

describe('background chat sessions', () => {
  it('asks the content script for the whole transcript when it has lost the session (worker restart)', () => {
    const sessions = new SessionManager();
    expect(sessions.applyDelta(7, append('c1', 5, 'x', 'hello')).resync).toBe(true);
    expect(sessions.applyDelta(7, full('c1', 6, ['hello'])).resync).toBe(false);
    expect(sessions.view(7)?.messageCount).toBe(1);
  });

  it('asks for a resync when a delta was missed', () => {
    const sessions = new SessionManager();
    sessions.applyDelta(7, full('c1', 1, ['a']));
    expect(sessions.applyDelta(7, append('c1', 3, 'c1-9', 'skipped one')).resync).toBe(true);
    expect(sessions.view(7)?.messageCount).toBe(1);
  });

  it('keeps both chats of a tab and shows the one on screen', () => {
    const sessions = new SessionManager();
    sessions.applyDelta(7, full('c1', 1, ['first chat']));
    sessions.applyDelta(7, full('c2', 1, ['second chat', 'more']));
    expect(sessions.view(7)?.chatId).toBe('c2');
    sessions.applyDelta(7, append('c1', 2, 'c1-new', 'back in the first'));
    const view = sessions.view(7);
    expect(view?.chatId).toBe('c1');
    expect(view?.recent.map((m) => m.text)).toEqual(['first chat', 'back in the first']);
  });

  it('shows "no chat found" for a tab whose page has no conversation and forgets closed tabs', () => {
    const sessions = new SessionManager();
    sessions.setStatus(3, {
      url: 'https://x.example/',
      adapter: null,
      confidence: null,
      chatId: null,
      found: false,
      reason: 'No chat found on this page.',
    });
    expect(sessions.view(3)).toMatchObject({ status: 'no-chat', reason: 'No chat found on this page.' });
    sessions.forgetTab(3);
    expect(sessions.view(3)).toBeNull();
  });
});
