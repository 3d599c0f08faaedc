import * as v from 'valibot';

/**
 * A playbook pack: ordered next steps per trigger kind, pure data. Compatible with the settings
 * page's packs (`{id, name, steps: [{id, trigger, text, action?, tone?}]}`); the optional `when`
 * makes a step apply only to a combination (frustration + missing_apology, a second request, …).
 */

const KindSchema = v.pipe(v.string(), v.regex(/^[a-z_]+$|^custom:[a-z0-9_-]+$/, 'trigger must be a trigger kind or custom:<name>'));

export const PlaybookStepSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty('step id is empty')),
  trigger: KindSchema,
  /** The line to insert, with {customerName}, {agentName}, {orderId}; or the action's label. */
  text: v.pipe(v.string(), v.nonEmpty('step text is empty'), v.maxLength(1000)),
  action: v.optional(v.picklist(['insert', 'handoff'])),
  tone: v.optional(v.string()),
  when: v.optional(
    v.object({
      /** Every one of these kinds has also fired in the chat. */
      also: v.optional(v.array(KindSchema)),
      /** The trigger's count (requests so far) is at least this. */
      minCount: v.optional(v.number()),
      /** The agent has (true) / has not (false) offered a handoff yet. */
      escalationOffered: v.optional(v.boolean()),
      /** The customer's grievance is still unapologised. */
      grievanceOpen: v.optional(v.boolean()),
    }),
  ),
});
export type PlaybookStep = v.InferOutput<typeof PlaybookStepSchema>;

export const PlaybookPackSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty('pack id is empty')),
  name: v.pipe(v.string(), v.nonEmpty('pack name is empty')),
  language: v.optional(v.string()),
  steps: v.array(PlaybookStepSchema),
});
export type PlaybookPack = v.InferOutput<typeof PlaybookPackSchema>;
export type PlaybookPackInput = v.InferInput<typeof PlaybookPackSchema>;

/** Better phrasings for a flagged agent line, by kind; the first whose variables are known wins. */
export const RephrasingsSchema = v.record(v.string(), v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)));
export type Rephrasings = v.InferOutput<typeof RephrasingsSchema>;
