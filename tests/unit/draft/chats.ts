import type { Message } from '../../../lib/transcript/message';

/** Realistic chats (written for these tests) that drafts are checked against. */
export const calmChat: Message[] = [
  {
    id: 'c1',
    role: 'customer',
    author: 'Priya Natarajan',
    text: 'Hi! Can I change the delivery address on order #55120? I moved last week.',
  },
  { id: 'a1', role: 'agent', author: 'Sam Ortiz', text: 'Hi Priya, happy to help with that. Let me pull up the order.' },
  { id: 'c2', role: 'customer', author: 'Priya Natarajan', text: 'Thanks, the new address is 14 Elm Road.' },
];

export const upsetChat: Message[] = [
  { id: 'c1', role: 'customer', author: 'Dana Reyes', text: 'My order #48213 arrived with a cracked screen.' },
  { id: 'a1', role: 'agent', author: 'Sam Ortiz', text: 'Hi Dana, thanks for reaching out. Let me look at that order.' },
  {
    id: 'c2',
    role: 'customer',
    author: 'Dana Reyes',
    text: 'This is the second time this happened. I want a replacement shipped today, not next week.',
  },
];

export const managerChat: Message[] = [
  ...upsetChat,
  { id: 'a2', role: 'agent', author: 'Sam Ortiz', text: "I'm sorry about the screen, Dana. I'm checking stock for a replacement." },
  { id: 'c3', role: 'customer', author: 'Dana Reyes', text: 'I want to speak to your manager. Now please.' },
];

export const apologisedChat: Message[] = [
  ...upsetChat,
  { id: 'a2', role: 'agent', author: 'Sam Ortiz', text: "I'm really sorry, Dana — a second cracked screen is not okay." },
  { id: 'c3', role: 'customer', author: 'Dana Reyes', text: 'Ok. So what can you do?' },
];
