// What a language model's free-text reply must be before it is sent in Tillit's name: short plain
// prose that fits two SMS segments, without clinical advice and without promises only a person can
// make (a meeting, a place, money). Anything else is dropped and a template answers instead.
import { z } from "zod";
import { smsSize } from "../domain/sms-segments.js";

const MAX_REPLY = 300;

const CLINICAL = /\b(diagnos\w*|medicin\w*|läkemedel\w*|tablett\w*|dosering\w*|\d+\s?mg|recept\w*|antidepress\w*|ssri|sömnmedel|diagnosis|medication\w*|medicine|dosage|prescri\w*|antidepressant\w*)\b/iu;
const PROMISE = /\b(jag lovar|vi lovar|lovar att|du kommer att få|du får (ett|en) (jobb|plats|praktik|möte|tid)|vi (ordnar|bokar|fixar) (ett|en)|jag (ordnar|bokar|fixar) (ett|en)|i promise|we promise|you will get (a|the)|we('ll| will) (book|arrange|get you)|i('ll| will) (book|arrange))\b/iu;

/** Typography a phone would send as UCS-2 (halving the message) written the GSM-7 way. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, "...");
}

export const modelReply = z
  .string()
  .transform(tidy)
  .pipe(
    z
      .string()
      .min(1)
      .max(MAX_REPLY)
      .refine((t) => /\p{L}/u.test(t) && !/^[[{<]|```/.test(t), "not plain prose")
      .refine((t) => smsSize(t).segments <= 2, "longer than two SMS segments")
      .refine((t) => !CLINICAL.test(t), "clinical advice")
      .refine((t) => !PROMISE.test(t), "a promise only a person can make"),
  );

/** The reply as it may be sent, or undefined when it breaks a rule. */
export function guardReply(answer: string | undefined): string | undefined {
  const checked = modelReply.safeParse(answer ?? "");
  return checked.success ? checked.data : undefined;
}
