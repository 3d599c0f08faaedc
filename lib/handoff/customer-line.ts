/**
 * The line the agent inserts for the customer when handing over (inserted into the composer,
 * never sent by Tact). Data, so a team can reword it.
 */
export const CUSTOMER_HANDOFF_LINE = "I'm bringing in my supervisor now and I'll stay with you while they catch up on everything.";

export function customerHandoffLine(): string {
  return CUSTOMER_HANDOFF_LINE;
}
