import type { BackgroundFeature } from './context';
import { commandsFeature } from './features/commands';
import { pageNudgeFeature } from './features/page-nudge';
import { triggerFeedbackFeature } from './features/trigger-feedback';

/** Every background feature; feedback first so later decorators see the agent's view. */
export const backgroundFeatures: BackgroundFeature[] = [triggerFeedbackFeature, pageNudgeFeature, commandsFeature];
