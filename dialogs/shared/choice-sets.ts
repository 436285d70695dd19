// The options of every choice question, with the words that pick each one. Labels shown to the
// participant come from the locale files: choices.<set>.<value>.
import { noWords, yesWords, type ChoiceOption } from "./recognize.js";

export const choiceSets = {
  consent: [
    { value: "yes", synonyms: yesWords },
    { value: "no", synonyms: noWords },
    { value: "questions", synonyms: ["frågor", "fråga", "jag har frågor", "questions", "question", "i have questions", "undrar"] },
  ],
  times: [
    { value: "morning", synonyms: ["morgon", "morgonen", "förmiddag", "förmiddagen", "morning", "mornings"] },
    { value: "afternoon", synonyms: ["eftermiddag", "eftermiddagen", "dagtid", "afternoon", "daytime"] },
    { value: "evening", synonyms: ["kväll", "kvällen", "kvällar", "evening", "evenings", "night"] },
    { value: "any", synonyms: ["spelar ingen roll", "vilken som", "alla", "när som", "whenever", "any", "anytime", "any time", "doesnt matter"] },
  ],
  language: [
    { value: "sv", synonyms: ["svenska", "swedish", "sv", "sve"] },
    { value: "en", synonyms: ["english", "engelska", "en", "eng"] },
  ],
  yesNo: [
    { value: "yes", synonyms: yesWords },
    { value: "no", synonyms: noWords },
  ],
  goodOkBad: [
    { value: "good", synonyms: ["bra", "gott", "good", "well", "fine", "great"] },
    { value: "ok", synonyms: ["sådär", "okej", "ok", "helt ok", "so so", "soso", "meh", "alright"] },
    { value: "bad", synonyms: ["dåligt", "kasst", "inte bra", "bad", "badly", "poor", "not good"] },
  ],
  yesLittleNo: [
    { value: "yes", synonyms: yesWords },
    { value: "little", synonyms: ["lite", "lite grann", "lite granna", "a little", "a bit", "some", "somewhat"] },
    { value: "no", synonyms: noWords },
  ],
  smallStep: [
    { value: "walk", synonyms: ["promenad", "gå en promenad", "gå ut", "walk", "a walk", "go for a walk"] },
    { value: "bus", synonyms: ["buss", "bussresa", "åka buss", "bus", "bus ride", "take the bus"] },
    { value: "call", synonyms: ["ringa", "ringa någon", "samtal", "call", "call someone", "phone call"] },
    { value: "no", synonyms: [...noWords, "inte nu", "nej tack"] },
  ],
  // Not "cancel" alone: as a whole message that is an opt-out keyword, handled before any dialog.
  meetingAnswer: [
    { value: "confirm", synonyms: [...yesWords, "det passar", "passar", "passar bra", "funkar", "det funkar", "works", "that works", "fine", "sounds good"] },
    { value: "cancel", synonyms: ["ställ in", "avboka", "kan inte", "jag kan inte", "nej det passar inte", "can't", "cant", "can't make it", "i can't", "no"] },
    { value: "other", synonyms: ["annan tid", "en annan tid", "ny tid", "flytta", "another time", "other time", "different time", "move it"] },
  ],
  goalProgress: [
    { value: "done", synonyms: ["klart", "klar", "fixat", "gjort", "ja", "done", "finished", "did it", "yes"] },
    { value: "partly", synonyms: ["på gång", "lite", "delvis", "halvvägs", "partly", "a bit", "sort of", "in progress", "working on it"] },
    { value: "not-yet", synonyms: ["inte än", "inte ännu", "nej", "inte", "not yet", "no", "nope"] },
  ],
  resume: [
    { value: "continue", synonyms: ["fortsätt", "fortsätta", "fortsatt", "där vi var", "continue", "go on", "carry on"] },
    { value: "fresh", synonyms: ["börja om", "nytt", "från början", "start over", "fresh", "new", "restart"] },
  ],
} satisfies Record<string, ChoiceOption[]>;

export type ChoiceSet = keyof typeof choiceSets;
