import { describe, expect, it } from 'vitest';
import type { Message } from '../../../lib/transcript/message';
import { applyChange, diffVisible, emptyTranscript, transcriptMessages } from '../../../lib/transcript/transcript';

const msg = (id: string, text = `text of ${id}`, role: Message['role'] = 'customer'): Message => ({ id, role, text });

function sync(t = emptyTranscript(), visible: Message[]) {
  const change = diffVisible(t, visible);
  applyChange(t, change);
  return { t, change };
}

describe('transcript diffing', () => {
  it('appends new messages in page order without sending a full order', () => {
    const { t } = sync(undefined, [msg('a'), msg('b')]);
    const { change } = sync(t, [msg('a'), msg('b'), msg('c')]);
    expect(change.upserts.map((m) => m.id)).toEqual(['c']);
    expect(change.order).toBeUndefined();
    expect(transcriptMessages(t).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats a full re-render of the same messages as no change', () => {
    const { t } = sync(undefined, [msg('a'), msg('b')]);
    const { change } = sync(
      t,
      [msg('a'), msg('b')].map((m) => ({ ...m })),
    );
    expect(change).toEqual({ upserts: [], removed: [] });
  });

  it('puts older history loaded at the top first', () => {
    const { t } = sync(undefined, [msg('c'), msg('d')]);
    const { change } = sync(t, [msg('a'), msg('b'), msg('c'), msg('d')]);
    expect(change.order).toEqual(['a', 'b', 'c', 'd']);
    expect(transcriptMessages(t).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes a message deleted from the middle of the visible list', () => {
    const { t } = sync(undefined, [msg('a'), msg('b'), msg('c')]);
    const { change } = sync(t, [msg('a'), msg('c')]);
    expect(change.removed).toEqual(['b']);
    expect(transcriptMessages(t).map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('keeps messages a virtualised list dropped at the edge of the viewport', () => {
    const { t } = sync(undefined, [msg('a'), msg('b'), msg('c'), msg('d')]);
    const { change } = sync(t, [msg('c'), msg('d'), msg('e')]);
    expect(change.removed).toEqual([]);
    expect(transcriptMessages(t).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports an edited message as an upsert of the same id', () => {
    const { t } = sync(undefined, [msg('a'), msg('b')]);
    const { change } = sync(t, [msg('a'), msg('b', 'corrected text')]);
    expect(change.upserts).toEqual([msg('b', 'corrected text')]);
    expect(t.byId.get('b')?.text).toBe('corrected text');
    expect(t.order).toEqual(['a', 'b']);
  });

  it('ignores a momentarily empty list (framework unmount) instead of deleting everything', () => {
    const { t } = sync(undefined, [msg('a'), msg('b')]);
    const { change } = sync(t, []);
    expect(change.removed).toEqual([]);
    expect(t.order).toEqual(['a', 'b']);
  });
});
