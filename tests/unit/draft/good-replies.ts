import type { Message } from '../../../lib/transcript/message';
import { apologisedChat, calmChat, managerChat, upsetChat } from './chats';

/**
 * Good agent replies, in context, that share words with risky ones (can't, no, manager, not sure,
 * should have, fault). None should be flagged. Written for Tact's tests, not copied from any data set.
 */
export const GOOD_REPLIES: Array<{ chat: Message[]; draft: string }> = [
  { chat: calmChat, draft: "Done! Order #55120 will now ship to 14 Elm Road. You'll get a new confirmation e-mail in a few minutes." },
  { chat: calmChat, draft: "I can't change it after it ships, but yours hasn't shipped yet, so I've updated it now." },
  { chat: calmChat, draft: 'No problem at all, Priya. The address is updated.' },
  { chat: calmChat, draft: 'No worries — I can do that for you right away.' },
  { chat: calmChat, draft: "You should have received a confirmation e-mail; if it isn't there, check the spam folder." },
  { chat: calmChat, draft: 'You should have the new tracking link within the hour.' },
  {
    chat: calmChat,
    draft: "I'm not sure yet whether the courier has picked it up, so I'll confirm with the warehouse and message you by 3 pm.",
  },
  { chat: calmChat, draft: "Not sure if you'd prefer Tuesday or Wednesday delivery?" },
  { chat: calmChat, draft: "We can't wait to get it to you! It leaves our warehouse tomorrow morning." },
  { chat: calmChat, draft: "I can't see a second address on file, could you confirm the postcode?" },
  { chat: calmChat, draft: 'Is there anything else I can help with today?' },
  { chat: calmChat, draft: "We don't charge for address changes, so there's nothing to pay." },
  { chat: calmChat, draft: 'No refund is needed here since the order has not been charged yet.' },
  { chat: calmChat, draft: 'The new address is saved. Have a lovely week!' },
  { chat: calmChat, draft: "I think the easiest way is to update it here in the chat, and I'll do that now." },
  {
    chat: calmChat,
    draft: "That's not something we can do once a parcel is with the courier, but yours is still with us, so it's changed.",
  },
  { chat: calmChat, draft: 'Let me check that for you — one moment.' },
  { chat: calmChat, draft: 'Great question! Orders placed before 2 pm ship the same day.' },
  { chat: upsetChat, draft: "I'm so sorry, Dana — a cracked screen twice is not acceptable. I'm sending a replacement by express today." },
  {
    chat: upsetChat,
    draft:
      "I'm sorry about this. We can't ship same-day from this warehouse because it closes at noon, but I can send it by overnight express at no cost.",
  },
  { chat: upsetChat, draft: 'My apologies, this should never have happened. A replacement is booked for today.' },
  { chat: upsetChat, draft: "I apologise for the trouble. This is not your fault at all, and I'll make it right." },
  { chat: upsetChat, draft: "I'm sorry. No, you don't need to return the cracked one first — the replacement ships today." },
  {
    chat: upsetChat,
    draft:
      "Sorry about that, Dana. I'm not able to ship today because the courier has left, however I've booked the first pickup tomorrow at 8 am.",
  },
  {
    chat: upsetChat,
    draft:
      "I'm sorry for the repeat trouble. I'm not sure yet which batch the screen came from, so I'll check with quality and update you within the hour.",
  },
  { chat: upsetChat, draft: "I'm sorry this happened again. Would you like a replacement or a full refund? Either is fine by me." },
  { chat: apologisedChat, draft: 'I can send a replacement by express today, and a prepaid label for the cracked one.' },
  {
    chat: apologisedChat,
    draft: "We can't refund the shipping separately since it was free, but I've added a $15 credit for the trouble.",
  },
  { chat: apologisedChat, draft: "I'm not saying no — here's what I can do: a replacement today and a credit for the hassle." },
  {
    chat: apologisedChat,
    draft: "It isn't possible to upgrade the model on a replacement because of stock, but I can offer the upgrade at cost.",
  },
  { chat: apologisedChat, draft: "If we can't get it to you by Friday, I'll refund the express shipping automatically." },
  { chat: apologisedChat, draft: 'The replacement is on its way: tracking number 1Z999AA10123456784.' },
  { chat: apologisedChat, draft: 'You asked "can\'t you just refund it?" — yes, I can, and I have started it now.' },
  { chat: apologisedChat, draft: "I've checked, and the replacement will arrive Thursday before noon." },
  { chat: apologisedChat, draft: "As a thank-you for your patience I've added free shipping to your next order." },
  { chat: managerChat, draft: "Of course, Dana. I'll ask my supervisor to join this chat now and I'll stay with you." },
  { chat: managerChat, draft: 'My supervisor is on the line now and has your full history.' },
  { chat: managerChat, draft: "I'm bringing in my supervisor, Alex. I'll stay in the chat with you until they join." },
  { chat: managerChat, draft: "No supervisor is free this minute, so I've asked Alex to call you back within 30 minutes." },
  { chat: managerChat, draft: "I understand. I've requested a supervisor and they'll join within five minutes." },
  { chat: managerChat, draft: "There's no need to repeat anything to my manager; I've passed on the whole chat." },
  { chat: managerChat, draft: 'Absolutely, I am transferring you to my supervisor now.' },
  { chat: managerChat, draft: "I can't transfer chats directly, but I've booked a supervisor callback for 4 pm today." },
  { chat: managerChat, draft: "I'm not going to leave you waiting: my manager is joining now." },
  {
    chat: calmChat,
    draft: "Unfortunately we don't ship to PO boxes because the courier needs a signature, but I can send it to a pickup point near you.",
  },
  { chat: calmChat, draft: "I'm afraid that promo code expired on Sunday; instead, I've applied this week's 10% code to your order." },
  { chat: calmChat, draft: 'The return window is 30 days, so you have until June 14 to send it back.' },
  { chat: calmChat, draft: "I don't have access to card details, so I've asked billing to check the charge and they'll e-mail you today." },
  {
    chat: calmChat,
    draft: "Honestly, no idea why it showed twice — let me find out with the payments team and I'll update you in 20 minutes.",
  },
  { chat: calmChat, draft: "It's not a problem at all to change the size before it ships." },
  { chat: calmChat, draft: 'Nothing to worry about: the pending charge drops off on its own within 3 days.' },
  { chat: upsetChat, draft: "I'm sorry, Dana. You're right to be annoyed; that's on us, not you." },
  { chat: upsetChat, draft: "Sorry for the hassle. You didn't do anything wrong — the box was packed badly." },
  { chat: upsetChat, draft: "I'm sorry. We no longer stock that model, but the newer one is the same price and I can ship it today." },
  { chat: managerChat, draft: 'Of course. My team lead, Priya, is joining the chat in two minutes, and I will stay here with you.' },
  { chat: managerChat, draft: "I understand you'd like a supervisor. I've flagged this to mine and she'll take over in a few minutes." },
];
