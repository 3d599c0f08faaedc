import type { ContentFeature } from '../context';
import { draftCoachFeature } from './draft-coach';
import { insertTextFeature } from './insert-text';
import { pageNudgeFeature } from './page-nudge';
import { teachPageFeature } from './teach-page';

/** Every on-page feature, started in this order once the page's adapter is known. */
export const contentFeatures: ContentFeature[] = [insertTextFeature, pageNudgeFeature, draftCoachFeature, teachPageFeature];
