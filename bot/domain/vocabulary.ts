// The closed sets of values stored in string columns, in one place.
export const participantStatuses = ["new", "active", "paused", "opted-out", "discharged"] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

export const conversationStatuses = ["bot", "waiting", "human", "closed"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

// Why a participant's own request put the conversation in waiting (the request-human effect). Each of
// these the participant may take back ("nej vänta"); a crisis or an erasure request they may not.
/** The handoff reason of a conversation waiting because its participant asked to be erased. */
export const ERASURE_HANDOFF_REASON = "erasure-request";
/**
 * The reason (crisis: handoffReason "crisis:raised-by-staff"; concern: concernReason) of a flag a coordinator raised by
 * marking a message the safety screen missed (bot/staff/safety-labels.ts): no category of the screen's, and nothing sent.
 */
export const STAFF_RAISED_REASON = "raised-by-staff";
/**
 * The crisis categories the flag stores (handoffReason "crisis:suicide,overdose"), for the inbox to name the kind
 * of crisis as it names a concern's; none for a crisis a coordinator raised (STAFF_RAISED_REASON).
 */
export function crisisCategoriesOf(handoffReason: string | null): string[] {
  if (!handoffReason?.startsWith("crisis:")) return [];
  return handoffReason.slice("crisis:".length).split(",").filter((c) => c && c !== STAFF_RAISED_REASON);
}

export const participantRequests = ["asked", "unclear", "consent-questions", "meeting", "reminders", "concern", "message", "same-person"] as const;
export type ParticipantRequest = (typeof participantRequests)[number];
/**
 * Requests the team sees in the inbox (the conversation waits there with its reason, and Slack is told)
 * while the bot goes on talking as usual: a meeting called off or moved is a coordinator's to answer, and so
 * is a wish for the same person as before, and a message or a question passed on to the coordinator ("e det
 * du maja?", "säg till kim att…"), but none is a reason to silence the young person's conversation until
 * someone hands it back (a passed-on question kept a tester's check-ins "pausat" for two weeks). A later
 * request that does wait for a person (asked, an erasure, a crisis) takes its place.
 */
export const requestsTheBotTalksThrough: readonly string[] = ["meeting", "same-person", "message"] satisfies ParticipantRequest[];

/** A person is awaited: the conversation waits for a request that is not one the bot talks through. */
export function awaitsPerson(status: string, handoffReason: string | null): boolean {
  return status === "waiting" && !requestsTheBotTalksThrough.includes(handoffReason ?? "");
}

/**
 * Whether what Tillit sends on its own (a reminder, a check-in's offer) waits: while a person has the
 * conversation or is awaited, not while a request the bot talks through waits in the inbox (a passed-on
 * question held a weekly check-in for as long as nobody answered it).
 */
export function holdsTheBot(status: string, handoffReason: string | null): boolean {
  return status === "waiting" ? awaitsPerson(status, handoffReason) : status !== "bot";
}

export const channels = ["sms", "webchat"] as const;
export type Channel = (typeof channels)[number];

export const authorKinds = ["participant", "bot", "coordinator", "system"] as const;
export type AuthorKind = (typeof authorKinds)[number];

// verification: a one-time code to a phone a web visitor says is theirs (not the participant's own number).
// receipt: while a coordinator has the chat, that a question is visible to them (bot/core/process-turn.ts); it
// answers nothing, so what it followed still counts as left unanswered at the hand-back.
// erasure-receipt: after STOPP, that a request to erase everything has gone to the team (bot/core/process-turn.ts).
// hand-back: the word at a hand-back that Tillit answers again (dialogs/handed-back.ts sayHandedBack), guarded as a nudge;
// what the coordinator wrote before it still counts as their last words (bot/core/conversation-so-far.ts).
export const outboxPurposes = ["reply", "opt-out-confirmation", "staff", "nudge", "system", "crisis", "verification", "receipt", "erasure-receipt", "hand-back"] as const;
export type OutboxPurpose = (typeof outboxPurposes)[number];

/** The purposes that still reach someone who said STOPP (reachesAfterStop): each named for what it is. */
const AFTER_STOP: ReadonlySet<string> = new Set<OutboxPurpose>(["opt-out-confirmation", "erasure-receipt", "crisis"]);

/**
 * What still reaches someone who said STOPP, and nothing else: the answers to what they write after it (the stop
 * confirmed, how to start again, a question answered: "opt-out-confirmation"), the receipt that a request to erase
 * everything has gone to the team ("erasure-receipt"; a tester's "och radera allt" met silence), and the help numbers
 * when what they write is a crisis ("crisis": "jag tänker ta livet av mig ikväll" after STOPP met silence, a tester).
 * STOPP ends what Tillit starts, never the answer to someone in danger.
 */
export function reachesAfterStop(purpose: string): boolean {
  return AFTER_STOP.has(purpose);
}

export const deliveryStatuses = ["queued", "sending", "sent", "delivered", "undelivered", "failed", "refused"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const languages = ["sv", "en"] as const;
export type Language = (typeof languages)[number];

export function isLanguage(v: unknown): v is Language {
  return typeof v === "string" && (languages as readonly string[]).includes(v);
}
