// The demo helpdesk's own app: a tiny stand-in for a real agent workspace. Plain JS, no build.
// The composer behaves like a framework-controlled input: the app's state changes only on
// `input` events, and Send follows that state, so an insert that skips the events is visible.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const interval = Number(params.get('interval') ?? 2500);
  const chats = new Map();
  let activeChatId = null;
  let draft = '';
  let seq = 0;

  const $ = (id) => document.getElementById(id);
  const listEl = $('chat-list');
  const host = $('conversation-host');
  const composer = $('composer');
  const sendBtn = $('send');

  const olderLines = [
    { role: 'customer', text: 'Hello, is anyone there?' },
    { role: 'agent', text: 'Hi, yes. How can I help today?' },
    { role: 'customer', text: 'I had a question about my account last week.' },
  ];

  function newId() {
    seq += 1;
    return `msg-${Date.now().toString(36)}-${seq}`;
  }

  function createChat(id, script) {
    const start = Date.now() - 5 * 60_000;
    chats.set(id, { id, script, messages: [], status: 'open', cursor: 0, timers: [], olderLoaded: false, start });
  }

  function timeLabel(at) {
    return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function messageNode(chat, m) {
    const el = document.createElement('div');
    el.className = 'message';
    el.dataset.tactDemo = 'message';
    el.dataset.id = m.id;
    el.dataset.role = m.role;
    const meta = document.createElement('div');
    meta.className = 'meta';
    const author = document.createElement('span');
    author.dataset.tactDemo = 'author';
    author.textContent = m.author;
    const time = document.createElement('time');
    time.setAttribute('datetime', new Date(m.at).toISOString());
    time.textContent = timeLabel(m.at);
    meta.append(author, time);
    const text = document.createElement('div');
    text.dataset.tactDemo = 'text';
    text.textContent = m.text;
    el.append(meta, text);
    return el;
  }

  function conversationEl() {
    return host.querySelector('[data-tact-demo="conversation"]');
  }

  /** Full render: new elements for every message (what a framework re-render does). */
  function renderConversation() {
    const chat = chats.get(activeChatId);
    host.textContent = '';
    if (!chat) return;
    const section = document.createElement('section');
    section.className = 'conversation';
    section.dataset.tactDemo = 'conversation';
    section.dataset.active = 'true';
    section.dataset.chatId = chat.id;
    section.dataset.status = chat.status;
    section.setAttribute('aria-label', `Conversation with ${chat.script.customer}`);
    const sep = document.createElement('div');
    sep.className = 'date-separator';
    sep.textContent = 'Today';
    section.append(sep);
    for (const m of chat.messages) section.append(messageNode(chat, m));
    host.append(section);
    host.scrollTop = host.scrollHeight;
    document.querySelector('[data-tact-demo="customer-name"]').textContent = chat.script.customer;
    $('profile-meta').textContent = `Order ${chat.script.orderId} · ${chat.script.title}`;
  }

  function renderList() {
    listEl.textContent = '';
    for (const chat of chats.values()) {
      const li = document.createElement('li');
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.setAttribute('aria-current', String(chat.id === activeChatId));
      btn.dataset.chat = chat.id;
      const name = document.createElement('strong');
      name.textContent = chat.script.customer;
      const preview = document.createElement('span');
      preview.className = 'preview';
      preview.textContent = chat.messages.at(-1)?.text ?? chat.script.title;
      btn.append(name, preview);
      btn.addEventListener('click', () => api.switchChat(chat.id));
      li.append(btn);
      listEl.append(li);
    }
  }

  function addMessage(chatId, role, text, opts = {}) {
    const chat = chats.get(chatId);
    if (!chat) throw new Error(`no chat ${chatId}`);
    const author = role === 'agent' ? chat.script.agent : role === 'customer' ? chat.script.customer : 'System';
    const m = { id: opts.id ?? newId(), role, author, text, at: opts.at ?? Date.now() };
    chat.messages.push(m);
    if (chatId === activeChatId) {
      const conv = conversationEl();
      if (conv) conv.append(messageNode(chat, m));
      host.scrollTop = host.scrollHeight;
    }
    renderList();
    return m.id;
  }

  function playNext(chat) {
    const line = chat.script.lines[chat.cursor];
    if (!line) return;
    chat.cursor += 1;
    addMessage(chat.id, line.role, line.text);
    schedule(chat);
  }

  function schedule(chat) {
    const line = chat.script.lines[chat.cursor];
    if (!line) return;
    const wait = line.delay * interval;
    if (line.role === 'customer' && chat.id === activeChatId && wait > 0) $('typing').hidden = false;
    chat.timers.push(setTimeout(() => { $('typing').hidden = true; playNext(chat); }, wait));
  }

  const api = {
    /** Play a chat's script from where it is; each line waits `delay × interval` ms. */
    play(chatId = activeChatId) {
      const chat = chats.get(chatId);
      if (chat) schedule(chat);
    },
    /** Play every remaining line of the script at once. */
    playAll(chatId = activeChatId) {
      const chat = chats.get(chatId);
      if (!chat) return;
      for (const t of chat.timers) clearTimeout(t);
      chat.timers = [];
      while (chat.cursor < chat.script.lines.length) {
        const line = chat.script.lines[chat.cursor];
        chat.cursor += 1;
        addMessage(chat.id, line.role, line.text);
      }
    },
    /** Plays the next scripted line now; returns false at the end of the script. */
    stepOnce(chatId = activeChatId) {
      const chat = chats.get(chatId);
      const line = chat?.script.lines[chat.cursor];
      if (!line) return false;
      chat.cursor += 1;
      addMessage(chat.id, line.role, line.text);
      return true;
    },
    scriptLength: (chatId = activeChatId) => chats.get(chatId)?.script.lines.length ?? 0,
    addMessage: (role, text, chatId = activeChatId) => addMessage(chatId, role, text),
    rerender: () => renderConversation(),
    loadOlder() {
      const chat = chats.get(activeChatId);
      if (!chat || chat.olderLoaded) return 0;
      chat.olderLoaded = true;
      const base = chat.start - 24 * 3_600_000;
      const older = olderLines.map((l, i) => ({
        id: `${chat.id}-older-${i}`,
        role: l.role,
        author: l.role === 'agent' ? 'Alex' : chat.script.customer,
        text: l.text,
        at: base + i * 60_000,
      }));
      chat.messages.unshift(...older);
      const conv = conversationEl();
      const first = conv?.querySelector('[data-tact-demo="message"]');
      for (const m of older) conv?.insertBefore(messageNode(chat, m), first ?? null);
      return older.length;
    },
    deleteMessage(id) {
      const chat = chats.get(activeChatId);
      if (!chat) return false;
      chat.messages = chat.messages.filter((m) => m.id !== id);
      conversationEl()?.querySelector(`[data-id="${CSS.escape(id)}"]`)?.remove();
      renderList();
      return true;
    },
    editMessage(id, text) {
      const m = chats.get(activeChatId)?.messages.find((x) => x.id === id);
      if (!m) return false;
      m.text = text;
      const el = conversationEl()?.querySelector(`[data-id="${CSS.escape(id)}"] [data-tact-demo="text"]`);
      if (el) el.textContent = text;
      return true;
    },
    switchChat(id) {
      if (!chats.has(id)) return false;
      activeChatId = id;
      renderConversation();
      renderList();
      return true;
    },
    closeChat() {
      const chat = chats.get(activeChatId);
      if (!chat) return;
      chat.status = 'closed';
      conversationEl()?.setAttribute('data-status', 'closed');
      addMessage(chat.id, 'system', 'Chat closed by agent');
    },
    state: () => ({ activeChatId, draft, chats: [...chats.values()].map((c) => ({ id: c.id, messages: c.messages })) }),
    get draft() { return draft; },
  };
  window.tactDemo = api;

  composer.addEventListener('input', () => {
    draft = composer.value;
    sendBtn.disabled = draft.trim() === '';
  });
  $('composer-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (!draft.trim()) return;
    addMessage(activeChatId, 'agent', draft.trim());
    composer.value = '';
    draft = '';
    sendBtn.disabled = true;
  });
  $('close-chat').addEventListener('click', () => api.closeChat());
  $('play').addEventListener('click', () => api.play());
  $('rerender').addEventListener('click', () => api.rerender());
  $('older').addEventListener('click', () => api.loadOlder());

  fetch('/scripts.json')
    .then((r) => r.json())
    .then((scripts) => {
      for (const [id, script] of Object.entries(scripts)) createChat(id, script);
      const initial = params.get('chat') ?? 'escalating';
      api.switchChat(chats.has(initial) ? initial : chats.keys().next().value);
      document.body.dataset.ready = 'true';
      if (params.get('autoplay') !== '0') api.play();
    });
})();
