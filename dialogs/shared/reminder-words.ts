// A participant's wishes about reminders in their own words: "påminn mig inte", "påminn mig senare",
// "skicka på kvällen istället". Read on folded text (no åäö, lower case).
import { fold } from "./fold.js";

export type ReminderRequest = "off" | "on" | "later" | "morning" | "afternoon" | "evening";

// Order matters: "påminn mig inte" before "påminn mig".
const reminderPatterns: [ReminderRequest, RegExp][] = [
  ["off", /\b(paminn(?:a)? mig (?:inte|aldrig)|inga (?:fler )?paminnelser|(?:vill|orkar|behover) inte ha (?:(?:fler|nagra|mer|mera|nagon|nagot) )*paminnelser|sluta skicka paminnelser|sluta (?:med att )?paminna|stang av paminnelser(?:na)?|(?:do not|dont|don t) remind me|no (?:more )?reminders|stop (?:the )?remind(?:ing|ers)|turn off reminders)\b/],
  ["later", /\b(paminn mig (?:senare|sen|lite senare|om en stund)|paminn senare|remind me (?:later|again later|in a bit))\b/],
  ["on", /^(paminn mig|paminn mig igen|paminnelser pa|sla pa paminnelser(?:na)?|remind me|remind me again|reminders on|turn on reminders|turn reminders on)$/],
];
const dayPartPatterns: [ReminderRequest, RegExp][] = [
  ["evening", /\b(pa kvall(?:en|arna)?|kvallstid|pa kvallstid|in the evenings?|evenings?)\b/],
  ["morning", /\b(pa (?:morgon(?:en)?|morgnarna|formiddag(?:en|arna)?)|in the mornings?|mornings?)\b/],
  ["afternoon", /\b(pa eftermiddag(?:en|arna)?|in the afternoons?|afternoons?)\b/],
];
// Asking for another time of day needs a word about sending or "instead", so "jag sover på morgonen" is not one.
const aboutSending = /\b(skick|skriv|paminn|hor av|sms|mess|istallet|hellre|send|text|write|remind|message|instead|rather)/;

/** A participant's wish about reminders, in their own words; undefined when the text is not one. */
export function detectReminderRequest(text: string): ReminderRequest | undefined {
  const said = fold(text);
  if (!said || said.length > 80) return undefined;
  for (const [kind, re] of reminderPatterns) if (re.test(said)) return kind;
  if (!aboutSending.test(said)) return undefined;
  for (const [kind, re] of dayPartPatterns) if (re.test(said)) return kind;
  return undefined;
}
