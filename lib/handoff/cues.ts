import * as v from 'valibot';

/**
 * The sentence cues the summary builder picks sentences by. Data, so a team can tune them; each
 * pattern is a case-insensitive regular expression source tested against one sentence.
 */
const CueListSchema = v.object({
  /** Customer sentences that state the problem (the first one becomes the one-line issue). */
  grievance: v.array(v.string()),
  /** Customer sentences that say what they want. */
  wants: v.array(v.string()),
  /** Agent sentences that say what the agent already did. */
  tried: v.array(v.string()),
  /** Sentences that carry no content (greetings, thanks) and are never picked. */
  filler: v.array(v.string()),
});
export type SummaryCues = v.InferOutput<typeof CueListSchema>;

const SUMMARY_CUES_DATA: SummaryCues = {
  grievance: [
    "\\b(?:not|never|isn't|wasn't|hasn't|haven't|didn't|doesn't|don't|can't|cannot|won't)\\b.*\\b(?:work|arriv|receiv|deliver|charg|refund|load|log|show|come|respond|fix|help)",
    '\\b(?:broken|wrong|missing|late|delayed|damaged|faulty|error|failed|failing|overcharged|double[- ]charged|charged twice|still waiting|stuck|lost|cancell?ed)\\b',
    '\\b(?:problem|issue|complaint|ridiculous|unacceptable)\\b',
  ],
  wants: [
    "\\bI(?: just| really| only)? (?:want|need|expect|would like|'d like|demand)\\b",
    '\\b(?:give|get|send|refund) me\\b',
    '\\bplease (?:refund|cancel|replace|send|fix|escalate)\\b',
  ],
  tried: [
    "\\b(?:I|we)(?:'ve| have| had|'d| just| already)+ (?:\\w+ )?(?:checked|refunded|reset|resent|re-sent|sent|issued|escalated|cancell?ed|updated|applied|verified|tried|restarted|reissued|re-issued|credited|looked into|processed|replaced|contacted|raised|opened|reviewed|requested|submitted|confirmed|reached out)\\b",
    "\\b(?:I|we)(?:'m| am| are) (?:checking|looking into|processing|issuing)\\b",
  ],
  filler: ['^(?:hi|hello|hey|thanks?|thank you|ok(?:ay)?|good (?:morning|afternoon|evening))\\b[^.?!]{0,25}[.?!]?$'],
};

export const SUMMARY_CUES: SummaryCues = v.parse(CueListSchema, SUMMARY_CUES_DATA);

export interface CompiledCues {
  grievance: RegExp[];
  wants: RegExp[];
  tried: RegExp[];
  filler: RegExp[];
}

export function compileCues(cues: SummaryCues = SUMMARY_CUES): CompiledCues {
  const compile = (list: string[]) => list.map((source) => new RegExp(source, 'i'));
  return { grievance: compile(cues.grievance), wants: compile(cues.wants), tried: compile(cues.tried), filler: compile(cues.filler) };
}
