// The options of every choice question, with the words that pick each one. Labels shown to the
// participant come from the locale files: choices.<set>.<value>. Where a recogniser of the corpus
// reads such answers (yes/no, good/so-so/bad, a meeting), the set names it: the prompt then asks
// that recogniser first, so a dialog understands exactly what the corpus test measures.
import { type ChoiceOption } from "./recognize.js";

export type Reader = "yes-no" | "offer" | "good-ok-bad" | "meeting" | "pace" | "food" | "time-of-day";

export interface ChoiceSetSpec {
  options: ChoiceOption[];
  /** The recogniser for this kind of answer, and which of its labels picks which option. */
  reader?: { kind: Reader; values: Record<string, string> };
}

const yesNo = { kind: "yes-no", values: { yes: "yes", no: "no" } } as const;
// A yes, or "inte nu" to something that can as well wait (the exit rating, the mapping's next topic).
const yesOrNotNow = [
  { value: "yes", synonyms: ["kör", "okej", "ok", "visst", "gärna", "sure", "go"] },
  { value: "no", synonyms: ["inte nu", "hoppa över", "skippa", "not now", "skip"] },
];
// Yes / a little / no: the movement question's and the food question's (which reads food in words too).
const yesLittleNoOptions = [
  { value: "yes", synonyms: [] },
  { value: "little", synonyms: ["lite", "lite grann", "lite granna", "lite lite", "typ lite", "a little", "a bit", "some", "somewhat", "kinda"] },
  { value: "no", synonyms: [] },
];

export const choiceSets = {
  consent: {
    options: [
      { value: "yes", synonyms: [] },
      { value: "no", synonyms: [] },
      { value: "questions", synonyms: ["frågor", "fråga", "jag har frågor", "questions", "question", "i have questions", "undrar"] },
    ],
    reader: yesNo,
  },
  times: {
    options: [
      { value: "morning", synonyms: ["morgon", "morgonen", "förmiddag", "förmiddagen", "morning", "mornings"] },
      { value: "afternoon", synonyms: ["eftermiddag", "eftermiddagen", "dagtid", "afternoon", "daytime"] },
      { value: "evening", synonyms: ["kväll", "kvällen", "kvällar", "evening", "evenings", "night"] },
      // "whatever", "kvittar", "idc": any time, said sideways (texter17 #17: "whatever" met "förstod inte").
      { value: "any", synonyms: ["spelar ingen roll", "vilken som", "alla", "när som", "när som helst", "whenever", "any", "anytime", "any time", "doesnt matter", "whatever", "wtv", "whatevs", "idc", "dont care", "don't care", "kvittar", "samma för mig", "bryr mig inte", "vad som helst", "egal", "spelar ingen roll typ"] },
    ],
    // "sent", "late evenings tbh", "natt typ😂": the time in their words (understand-answers.ts).
    reader: { kind: "time-of-day", values: { morning: "morning", afternoon: "afternoon", evening: "evening", any: "any" } },
  },
  language: {
    options: [
      { value: "sv", synonyms: ["svenska", "swedish", "sv", "sve"] },
      { value: "en", synonyms: ["english", "engelska", "en", "eng"] },
    ],
  },
  yesNo: { options: [{ value: "yes", synonyms: [] }, { value: "no", synonyms: [] }], reader: yesNo },
  // An offer that a person gets in touch or proposes a new time: "kanske vi kan försöka igen" and a wish about
  // the place ("men inte biblioteket") are yeses (understandOfferAnswer).
  offer: { options: [{ value: "yes", synonyms: [] }, { value: "no", synonyms: [] }], reader: { kind: "offer", values: { yes: "yes", no: "no" } } },
  goodOkBad: {
    options: [{ value: "good", synonyms: [] }, { value: "ok", synonyms: [] }, { value: "bad", synonyms: [] }],
    reader: { kind: "good-ok-bad", values: { good: "good", ok: "ok", bad: "bad" } },
  },
  yesLittleNo: { options: yesLittleNoOptions, reader: yesNo },
  // The food question: the same three answers, and what was eaten read from words ("pizza haha").
  ateYesLittleNo: { options: yesLittleNoOptions, reader: { kind: "food", values: { yes: "yes", little: "little", no: "no" } } },
  smallStep: {
    options: [
      { value: "walk", synonyms: ["promenad", "gå en promenad", "gå ut", "walk", "a walk", "go for a walk"] },
      { value: "bus", synonyms: ["buss", "bussresa", "åka buss", "bus", "bus ride", "take the bus"] },
      { value: "call", synonyms: ["ringa", "ringa någon", "samtal", "call", "call someone", "phone call"] },
      { value: "no", synonyms: ["inte nu", "nej tack", "not now"] },
    ],
    reader: { kind: "yes-no", values: { no: "no" } },
  },
  // Not "cancel" alone: as a whole message that is an opt-out keyword, handled before any dialog.
  meetingAnswer: {
    options: [{ value: "confirm", synonyms: [] }, { value: "cancel", synonyms: [] }, { value: "other", synonyms: [] }],
    reader: { kind: "meeting", values: { confirm: "confirm", decline: "cancel", "other-time": "other" } },
  },
  goalProgress: {
    options: [
      { value: "done", synonyms: ["klart", "klar", "fixat", "gjort", "ja", "done", "finished", "did it", "yes"] },
      { value: "partly", synonyms: ["på gång", "lite", "delvis", "halvvägs", "partly", "a bit", "sort of", "in progress", "working on it"] },
      { value: "stuck", synonyms: ["fastnat", "fast", "har fastnat", "kört fast", "sitter fast", "funkar inte", "går inte", "behöver hjälp", "stuck", "im stuck", "i'm stuck", "need help"] },
      { value: "not-yet", synonyms: ["inte än", "inte ännu", "nej", "inte", "not yet", "no", "nope"] },
    ],
  },
  // How the small step chosen last time went.
  stepFollowUp: {
    options: [
      { value: "done", synonyms: ["klart", "gjorde det", "blev av", "fixade det", "done", "did it"] },
      { value: "partly", synonyms: ["lite", "delvis", "typ", "nästan", "a bit", "sort of", "almost"] },
      { value: "not-yet", synonyms: ["inte än", "inte ännu", "blev inte av", "not yet", "didnt"] },
    ],
    reader: { kind: "yes-no", values: { yes: "done", no: "not-yet" } },
  },
  // The final self-rating offered at discharge. "Nej tack" is not here: it declines the follow-up (discharge.dialog.ts).
  exitRating: { options: yesOrNotNow, reader: yesNo },
  // At the end of one of the mapping's topics: a few more questions now, or another time. "inget" and
  // "det räcker" to "Vill du ta några frågor till?" are a no.
  mappingMore: {
    options: [yesOrNotNow[0]!, { value: "no", synonyms: [...yesOrNotNow[1]!.synonyms, "inget", "inga", "inga fler", "inga mer", "räcker", "det räcker", "nothing", "no more", "enough", "thats enough"] }],
    reader: yesNo,
  },
  // A proactive dialog first asks whether now is a good time.
  askFirst: {
    options: [
      // "orkar" alone is "I can manage": a yes (and never read as "orka" by the typo rule below).
      { value: "yes", synonyms: ["nu", "kör", "now", "go", "orkar", "orkar nog", "ja orkar"] },
      { value: "later", synonyms: ["senare", "sen", "lite senare", "om en stund", "later", "in a bit"] },
      // "orka" (can't be bothered) is a no to the offer, not something to ask again.
      { value: "no", synonyms: ["inte nu", "inte idag", "not now", "not today", "orka", "nä orka", "nej orka", "orka ba", "orka inte", "orkar ej", "orkar int", "pallar inte", "pallar ej", "palla", "orkar inte idag", "cant be bothered", "can't be bothered", "nah"] },
    ],
    reader: yesNo,
  },
  // "Orkar inte fler sms": fewer messages, none at all, or as before.
  lessContact: {
    options: [
      // The week in any words ("en gång i veckan", "varje vecka", "once a week") is the reader's (namesWeekly).
      { value: "weekly", synonyms: [] },
      { value: "fewer", synonyms: ["bara när jag skriver", "när jag skriver", "färre", "mindre", "mer sällan", "only when i write", "fewer", "less"] },
      { value: "stop", synonyms: ["sluta helt", "helt", "inga alls", "stoppa", "stop completely", "stop all", "none"] },
      { value: "same", synonyms: ["som förut", "som nu", "fortsätt", "ingen ändring", "as before", "same", "keep going"] },
    ],
    // "mer sällan typ en gång i veckan": the week named anywhere picks it.
    // "orka svara på frågor", "inga frågor": only when they write.
    reader: { kind: "pace", values: { weekly: "weekly", "no-questions": "fewer" } },
  },
  // After onboarding, and when asked what Tillit can do: the three plain next steps. Read by the free
  // recogniser ("kolla läget", "berätta om mig", "prata med en människa"), a number picks one.
  nextSteps: {
    options: [{ value: "check-in", synonyms: [] }, { value: "mapping", synonyms: [] }, { value: "human", synonyms: [] }],
  },
} satisfies Record<string, ChoiceSetSpec>;

export type ChoiceSet = keyof typeof choiceSets;
