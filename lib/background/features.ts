import type { BackgroundFeature } from './context';
import { coachingFeature } from './features/coaching';
import { commandsFeature } from './features/commands';
import { conversationCheckFeature } from './features/conversation-check';
import { draftContextFeature } from './features/draft-context';
import { handoffFeature } from './features/handoff';
import { languageCheckFeature } from './features/language-check';
import { pageNudgeFeature } from './features/page-nudge';
import { siteDefinitionsFeature } from './features/site-definitions';
import { triggerFeedbackFeature } from './features/trigger-feedback';

/**
 * Every background feature. Order matters for view decorators: the language check first (it may
 * withhold scoring), then feedback (hides muted findings) before anything that reads the result.
 */
export const backgroundFeatures: BackgroundFeature[] = [
  languageCheckFeature,
  conversationCheckFeature,
  triggerFeedbackFeature,
  pageNudgeFeature,
  commandsFeature,
  draftContextFeature,
  handoffFeature,
  siteDefinitionsFeature,
  coachingFeature,
];
