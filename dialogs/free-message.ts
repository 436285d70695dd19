// Answers to a message when nothing is going on and it asks for nothing Tillit can start: a greeting
// gets a hello (or, after a while away, a welcome back that remembers the small step) with the next
// steps; anything else gets a reflection or an honest acknowledgement, in a phrasing that varies.
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { nextStepLabels } from "./shared/next-steps.js";
import { isGoodNews } from "./shared/reflect.js";
import { toldOwnSituation, unsureWhyHere } from "./shared/understand-small-talk.js";
import { apologisesForAway, closes } from "./shared/understand-free.js";
import { botAgainSaid } from "./handed-back.js";
import { answeredNotHome } from "./out-tonight.js";
import { asksForCompany } from "./shared/tonight-words.js";
import { burstPaused, heldBefore, holdForMore, mayBeginBurst, readAsBurst, sayReading } from "./burst.js";
import { coordinatorInSentence, services, type TurnServices, tWhileRead } from "./turn-services.js";

/** Back after this long without writing: welcomed, without a word about the absence. */
export const WELCOME_BACK_AFTER_MS = 7 * 24 * 3_600_000;

export function isBackAfterAWhile(s: TurnServices): boolean {
  const before = s.conversation.previousInboundAt;
  return before !== null && s.now.getTime() - before.getTime() >= WELCOME_BACK_AFTER_MS;
}

function named(s: TurnServices, key: string, vars: Record<string, string> = {}): string {
  const name = s.participant.preferredName;
  return name ? s.t(`${key}Named`, { ...vars, name }) : s.t(key, vars);
}

/** "Kul att du hör av dig!" before what follows, when someone comes back after a while. */
export function welcomeBackPreface(s: TurnServices): void {
  if (isBackAfterAWhile(s)) s.preface(named(s, "welcome.backShort"));
}

export async function greet(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  // "hej" with more lines on their way: the menu would answer nothing of what follows (burst.ts holdForMore).
  if (!isBackAfterAWhile(s) && (await holdForMore(dc, ""))) return;
  let text: string;
  if (apologisesForAway(dc.context.activity.text ?? "")) {
    text = named(s, "welcome.backNoSorry");
  } else if (isBackAfterAWhile(s)) {
    const step = await s.lookups.openSmallStep();
    text = step ? named(s, "welcome.backWithStep", { step: s.t(`smallStepInSentence.${step.step}`) }) : named(s, "welcome.back");
  } else {
    text = named(s, "welcome.hello");
  }
  await dc.context.sendActivity(message(text, nextStepLabels(s)));
}

/**
 * Free text no rule understands: a language model's reply when one may be used, else a template. `asked`:
 * the model was already asked this turn (main.dialog.ts), and this was its answer: it is not asked twice.
 */
export async function acknowledge(dc: DialogContext, text: string, asked?: { composed: string | undefined }): Promise<void> {
  const s = services(dc.context);
  // "tack kim" right after a hand-back: "Varsågod!" with the notice (handed-back.ts) is the whole answer.
  const back = botAgainSaid(dc);
  if (back === "thanked") return;
  const composed = asked ? asked.composed : await s.freeTextReply?.(text);
  // A model may say the same thing twice; the person never gets the same line twice in a row.
  if (composed && composed !== s.conversation.recentTexts.at(-1)) {
    await dc.context.sendActivity(message(composed));
    return;
  }
  welcomeBackPreface(s);
  // "tack", "hejdå", "thx 😊": a thank-you or goodbye is answered as one, never with "I don't understand".
  const closing = closes(text);
  if (closing) {
    await dc.context.sendActivity(message(s.t(closing === "thanks" ? "conversation.youreWelcome" : closing === "night" ? "conversation.goodNight" : "conversation.bye")));
    return;
  }
  // "vill inte va hemma": heard, and for someone under 18 at night, where to turn tonight (out-tonight.ts).
  if (await answeredNotHome(dc, text)) return;
  // "kan du bara skriva nåt" at 03:00: a little company, truthfully a bot's (it got "Jag hänger inte riktigt med").
  if (asksForCompany(text)) {
    await dc.context.sendActivity(message(s.t("talk.company")));
    return;
  }
  // Not understood alone, after lines sent together with it and held for it ("var på intervju idag" / "på ica"): the
  // whole is what was said (burst.ts holdForMore).
  const before = heldBefore(dc);
  const said = before.length && !isGoodNews(text) && !unsureWhyHere(text) && !toldOwnSituation(text) ? [...before, text].join(" ") : text;
  // "honestly vet inte varför jag e här lol": fine not to know, and what Tillit is for in a line.
  // "jag går typ inte till skolan sen oktober", "bebisen har feber så vet ej": something real told about their
  // life is thanked for, and more is welcome, never "jag förstår inte allt" (nor a scripted question after it).
  if (!isGoodNews(said) && (unsureWhyHere(said) || toldOwnSituation(said))) {
    await dc.context.sendActivity(message(s.t(unsureWhyHere(said) ? "talk.whyHere" : "talk.toldSituation", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  const key = isGoodNews(said) ? "reflect.goodNewsTold" : "conversation.acknowledge";
  // What follows good news ("på ica", "äntligen") is read as more of it for a while (small-talk.ts).
  if (key === "reflect.goodNewsTold") await s.remember({ talkedOf: { topic: "good-news", at: s.now.toISOString() } });
  const vars = { coordinator: coordinatorInSentence(s) };
  // Right after the notice that the bot answers again, not "förstår inte allt" stacked on it.
  if (key === "conversation.acknowledge" && back) {
    await dc.context.sendActivity(message(tWhileRead(s, "handedBack.ack", vars)));
    return;
  }
  if (key === "conversation.acknowledge") {
    // Not understood, with more lines on their way: they may explain it, so nothing is said yet (burst.ts holdForMore).
    if (!isBackAfterAWhile(s) && !burstPaused(dc) && (await holdForMore(dc, text))) return;
    // "asså" / "jag" / "vet inte", a few seconds apart: the burst read together and still not understood gets the one
    // line that Tillit is reading (burst.ts); after it, what still says something gets an answer as any message does.
    if (readAsBurst(dc)) {
      // The burst paused and says nothing Tillit understands: that Tillit is still there, and an open door.
      if (burstPaused(dc)) return void (await dc.context.sendActivity(message(s.t("conversation.burstPaused"))));
      if (!s.memory.burst?.presence) return void (await sayReading(dc));
      // More of it, still not understood: a short word that Tillit is still there, never a second not-understood line.
      await dc.context.sendActivity(message(s.t("conversation.burstHeard")));
      return;
    }
    await mayBeginBurst(dc, text);
  }
  await dc.context.sendActivity(message(key === "conversation.acknowledge" ? tWhileRead(s, key, vars) : s.t(key, vars)));
}
