/**
 * Masks personal data in text that leaves the agent's screen (handoff summaries, notes).
 * Card numbers (Luhn-checked), IBANs (mod-97-checked), e-mail addresses and phone numbers are
 * masked by default; each kind can be switched off. Masks keep just enough for a supervisor to
 * tell two cards apart (last four digits) and never the full value.
 */

export interface RedactOptions {
  cards: boolean;
  emails: boolean;
  phones: boolean;
  ibans: boolean;
}

export const REDACT_ALL: RedactOptions = { cards: true, emails: true, phones: true, ibans: true };
export const REDACT_NONE: RedactOptions = { cards: false, emails: false, phones: false, ibans: false };

/** true/undefined = mask everything (the default), false = mask nothing, or per kind. */
export type RedactSetting = boolean | Partial<RedactOptions> | undefined;

export function redactOptions(setting: RedactSetting): RedactOptions {
  if (setting === undefined || setting === true) return REDACT_ALL;
  if (setting === false) return REDACT_NONE;
  return { ...REDACT_ALL, ...setting };
}

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A phone: optional +country, optional (area), then digit groups joined by space, dot or dash.
const PHONE = /(?<![\w#/])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]?\d{2,5}){1,4}(?![\w/])/g;
// Numbers right after these words are references a supervisor needs, not phone numbers.
const REFERENCE_BEFORE = /(?:order|ticket|case|invoice|ref(?:erence)?|tracking|account|id|no\.?|number|#)\s*[:#]?\s*$/i;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function ibanValid(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

export interface RedactResult {
  text: string;
  /** How many values of each kind were masked (shown to the agent: "2 items masked"). */
  counts: Record<keyof RedactOptions, number>;
}

// Stand-ins for IBANs and cards the setting leaves as typed, so the phone pattern cannot eat
// their digit groups ("GB82 WEST 1234 5698 7654 32" must not become "GB82 WEST [phone hidden]").
const KEPT = /\uE000(\d+)\uE001/g;

export function redactWithCounts(text: string, setting?: RedactSetting): RedactResult {
  const options = redactOptions(setting);
  const counts = { cards: 0, emails: 0, phones: 0, ibans: 0 };
  const kept: string[] = [];
  const keep = (value: string) => `\uE000${kept.push(value) - 1}\uE001`;
  let out = text;
  out = out.replace(IBAN, (match) => {
    if (!ibanValid(match)) return match;
    if (!options.ibans) return keep(match);
    counts.ibans++;
    return `[IBAN ${match.slice(0, 2)}••]`;
  });
  out = out.replace(CARD, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return match;
    if (!options.cards) return keep(match);
    counts.cards++;
    return `[card ••••${digits.slice(-4)}]`;
  });
  if (options.emails) {
    out = out.replace(EMAIL, () => {
      counts.emails++;
      return '[email hidden]';
    });
  }
  if (options.phones) {
    out = out.replace(PHONE, (match, offset: number, whole: string) => {
      const digits = match.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) return match;
      if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(match)) return match; // a date
      if (REFERENCE_BEFORE.test(whole.slice(Math.max(0, offset - 24), offset))) return match;
      // A bare run of digits without a + or separators is only a phone when it is long enough.
      if (/^\d+$/.test(match) && digits.length < 10) return match;
      counts.phones++;
      return '[phone hidden]';
    });
  }
  if (kept.length > 0) out = out.replace(KEPT, (_whole, index: string) => kept[Number(index)] ?? '');
  return { text: out, counts };
}

export function redact(text: string, setting?: RedactSetting): string {
  return redactWithCounts(text, setting).text;
}
