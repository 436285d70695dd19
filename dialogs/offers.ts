// The yes-or-no offers Tillit makes outside the concern offer's own dialog: that someone from the team gets in touch
// (a topic the team helps with, a kallelse, something heavy told, a practical question, a step talked about before),
// or to tell more about oneself. Every one goes through offerReply, so a young person never faces two open at once.
// While an offer of a person stands unanswered (OFFER_STANDS_MS), a second one is not put: what was told is heard (the
// offer's words without its question) and the one yes is said to cover this too (a tester got the practical
// question's offer, then the kallelse's, one under the other). An offer of another kind that stands (to tell more
// about oneself) gives way to an offer of a person, which is the one then read; it never comes on top of one.
// The concern offer reads the same standing offer (concern-offer.dialog.ts). Nor does a question of Tillit's own come
// on top of a standing offer of a person: a reminder's check-in waits until it is answered or lapses (ownQuestionsWait).
import { coordinatorInSentence, services, type ConversationMemory, type TurnServices } from "./turn-services.js";
import type { TurnContext } from "botbuilder";
import { CONCERN_OFFER_DIALOG_ID } from "../bot/runtime/turn-types.js";
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { anotherSubject, subjectsOf } from "./shared/subject-words.js";
import { saysOnlyYes } from "./shared/understand-answers.js";
import { fold } from "./shared/fold.js";

/** How long an offer stands unanswered: its yes still counts (small-talk.ts reads it), and no second is put. */
export const OFFER_STANDS_MS = 30 * 60_000;

/** The offers of a person, by what they were about. */
export type PersonOfferTopic = "program" | "kallelse" | "distress";
const PERSON_TOPICS: readonly string[] = ["program", "kallelse", "distress"] satisfies PersonOfferTopic[];

/** The offer that stands unanswered, if one does: of a person, or to tell more about oneself. */
export function openOffer(s: TurnServices): "person" | "about-me" | undefined {
  return standingOffer(s.memory, s.now);
}

/** The offer `memory` keeps as made within its time, unanswered. */
function standingOffer(memory: ConversationMemory, now: Date): "person" | "about-me" | undefined {
  const t = memory.talkedOf;
  if (!t || now.getTime() - Date.parse(t.at) >= OFFER_STANDS_MS) return undefined;
  if (PERSON_TOPICS.includes(t.topic)) return "person";
  return t.topic === "about-me" ? "about-me" : undefined;
}

/** An offer that someone from the team gets in touch stands unanswered. */
export function personOfferOpen(s: TurnServices): boolean {
  return openOffer(s) === "person";
}

/**
 * Whether Tillit's own questions (a reminder's check-in, the self-rating, a mapping talk, the plan, each asking first
 * whether now is a good time) wait, read between turns (the core asks before it begins one: bot/core/process-turn.ts):
 * while an offer of a person stands unanswered, put through offerReply (its time, OFFER_STANDS_MS) or by the concern
 * offer's dialog, open (as long from the conversation's last message, `lastMessageAt`). One question at a time: a tester
 * got "Vill du att teamet hör av sig? 1. Ja 2. Nej" and "Har du tid för en kort incheckning nu?" one under the other,
 * and a "1" then began the check-in. Answered, lapsed or left for a person, the reminder comes as its own question.
 */
export function ownQuestionsWait(memory: ConversationMemory, innermostDialog: string | undefined, lastMessageAt: Date | null, now: Date): boolean {
  if (standingOffer(memory, now) === "person") return true;
  return innermostDialog === CONCERN_OFFER_DIALOG_ID && lastMessageAt !== null && now.getTime() - lastMessageAt.getTime() < OFFER_STANDS_MS;
}

/** The offer's words without its question (the last sentence with a "?" and what follows it, "Helt okej att säga nej."). */
export function withoutQuestion(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];
  let asked = sentences.length - 1;
  while (asked >= 0 && !sentences[asked]!.includes("?")) asked--;
  return (asked < 0 ? text : sentences.slice(0, asked).join("")).trim();
}

/**
 * Remembers an offer of `topic` as made now, unanswered: the one place an open offer is written (openOffer reads it;
 * small-talk.ts hears its yes). An offer whose words are the answer to a question ("e maja kvar": how to have Maja
 * get in touch, answer-question.ts) is remembered here too, without a reply of its own.
 */
export async function rememberOffer(s: TurnServices, topic: PersonOfferTopic | "about-me", subjects: string[] = []): Promise<void> {
  await s.remember({ talkedOf: { topic, at: s.now.toISOString(), ...(subjects.length ? { subjects } : {}) }, ...(PERSON_TOPICS.includes(topic) ? { personOffered: s.now.toISOString() } : {}) });
}

/**
 * An offer of a person made or said to stand by the concern offer's dialog, which keeps its own open question: its yes
 * is read there while the dialog is open, and by personOfferStands after it has ended.
 */
export async function rememberPersonOffered(s: TurnServices): Promise<void> {
  await s.remember({ personOffered: s.now.toISOString() });
}

/**
 * An offer of a person was made and never answered, however long ago and whatever was said since: "Frågan står kvar:
 * svara ja när du vill" and "Erbjudandet går inte ut" promise that a yes answers it whenever (a tester's "ja", some
 * replies later, got "Jag förstår inte allt, jag är bara ett program"). Answered no, or a person asked for (the
 * request-human effect, turn-services.ts attachServices), it stands no longer. Read only for a bare yes when no other
 * question is open (small-talk.ts): a question asked since takes its own yes first.
 */
export function personOfferStands(s: TurnServices): boolean {
  return s.memory.personOffered !== undefined && !s.conversation.waiting;
}

/** The offer of a person answered (a no, "sluta fråga"): a later yes is no answer to it. */
export async function personOfferAnswered(s: TurnServices): Promise<void> {
  if (s.memory.personOffered !== undefined) await s.remember({ personOffered: undefined });
}

// A nod ("ok", "mm", "kör") answers what was said last, not an offer some replies back: only a yes as a yes.
const NOD = /^(ok|okej|okey|okay|okk|okok|oki|k|kk|mm|mmm|mhm|mhmm|aa|aaa|fine|precis|kor|visst)\b/;

/** A bare yes ("ja", "ja tack", "gärna", "yes please") while an offer of a person stands (personOfferStands). */
export function yesToStandingOffer(s: TurnServices, text: string): boolean {
  return personOfferStands(s) && saysOnlyYes(text) && !NOD.test(fold(text));
}

/**
 * The reply that makes an offer: `text` ends in its question. With no offer standing, the offer with a yes and a
 * no, remembered as open. While one of a person stands: `text` without its question, and that the same yes covers
 * this too (no choices; the topic told is what is remembered now). An offer to tell more about oneself is not put
 * while one of a person stands: what was said without its question. `heard`: what is said instead of the offer
 * while one stands, when its words without the question are not the best (the offer's own words otherwise).
 * `said`: the young person's words the offer answers, whose subjects tell a second thing from the same one again.
 */
export async function offerReply(s: TurnServices, text: string, topic: PersonOfferTopic | "about-me", heard = withoutQuestion(text), said = ""): Promise<{ text: string; choices?: string[] }> {
  const standing = openOffer(s);
  const subjects = subjectsOf(said);
  if (standing === "person") {
    if (topic === "about-me") return { text: heard };
    // "This too" only for another thing than the one just heard: another topic (the letter after the wish to study),
    // or what the team helps with, about another subject ("vad kostar körkort" after "vill börja plugga"). More of
    // the same (the letter's date after the letter, "vill plugga" after "vill börja plugga") is no second thing.
    const before = s.memory.talkedOf;
    const another = before?.topic !== topic || (topic === "program" && anotherSubject(before.subjects, subjects));
    await rememberOffer(s, topic, [...new Set([...(before?.topic === topic ? (before.subjects ?? []) : []), ...subjects])]);
    return { text: [heard, s.t(another ? "answers.offerStands" : "answers.offerStandsSame")].filter(Boolean).join(" ") };
  }
  await rememberOffer(s, topic, subjects);
  return { text, choices: [s.t("choices.yesNo.yes"), s.t("choices.yesNo.no")] };
}

/**
 * The offer of a person that stood when a meeting was proposed, said after the meeting's answer (meeting.dialog.ts).
 * Put through offerReply it was nothing but its question while the offer stood, so only "Vill du att någon i teamet
 * hör av sig om det här också, räcker ett ja." was left, with no "det här" said (tester24 #9). It is the standing
 * offer asked again: in its own words, with its choices, its topic kept. After a meeting agreed, an offer about what
 * the team helps with (to prepare for an interview, a topic, a letter) is left out: a person is already coming, and
 * its yes still counts (personOfferStands). One after something heavy is asked again (leftovers-24b).
 */
export async function sayOfferAfterMeeting(context: TurnContext, agreed: boolean): Promise<void> {
  const s = services(context);
  const standing = openOffer(s) === "person" ? (s.memory.talkedOf?.topic as PersonOfferTopic) : undefined;
  if (agreed && (standing === "program" || standing === "kallelse")) return;
  await rememberOffer(s, standing ?? "distress", s.memory.talkedOf?.subjects ?? []);
  await context.sendActivity(message(s.t("concern.offerAfterMeeting", { coordinator: coordinatorInSentence(s) }), [s.t("choices.yesNo.yes"), s.t("choices.yesNo.no")]));
}

/** Says the offer (offerReply) as the turn's reply. */
export async function sayOffer(dc: DialogContext, text: string, topic: PersonOfferTopic | "about-me", heard?: string): Promise<true> {
  const reply = await offerReply(services(dc.context), text, topic, heard, dc.context.activity.text ?? "");
  await dc.context.sendActivity(message(reply.text, reply.choices));
  return true;
}
