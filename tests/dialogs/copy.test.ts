// Every participant-facing text comes from the locale files, exists in both languages, and fits in
// two SMS segments (≤ 306 GSM-7 characters, ≤ 134 when UCS-2 is needed) with its choices shown, in
// every phrasing; messages Tillit composes from two texts fit too.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { renderSmsBody, smsSize } from "../../bot/domain/sms-segments.js";
import { choiceSets } from "../../dialogs/shared/choice-sets.js";
import { MAPPING_TOPICS } from "../../dialogs/mapping.dialog.js";
import { SELF_RATING_STATEMENTS } from "../../dialogs/self-rating.dialog.js";
import { QUESTION_KINDS, asksForLanguage, asksToChangeMeeting, understandFree } from "../../dialogs/shared/understand-free.js";
import { renamesTo } from "../../dialogs/shared/understand-name.js";
import { changesMindOnStorage, withdrawsStorageConsent } from "../../dialogs/shared/storage-consent-words.js";
import { detectReminderRequest } from "../../dialogs/shared/reminder-words.js";
import { asksRestOfPlan } from "../../dialogs/main.dialog.js";
import { detectModelOptOut } from "../../dialogs/shared/model-consent-words.js";

const root = path.resolve(import.meta.dirname, "../..");
const locales = loadLocales();
const keyPattern = /["'`]((?:core|common|choices|onboarding|checkIn|selfRating|mapping|resume|conversation|meeting|actionPlan|crisis|concern|intent|nudge|outreach|reminders|webchat|answers|waiting|reflect|welcome|askFirst|lessContact|officeHours|deleteRequest|consent|erasure|phoneCode|discharge|profile)\.[A-Za-z.]+)["'`]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    // Staff-side code, the conversation transitions and the event vocabulary use dotted names too (audit
    // actions, events); they are not copy.
    if (d.isDirectory()) return ["generated", "locales", "staff", "slack", "http", "privacy", "conversations"].includes(d.name) ? [] : sourceFiles(p);
    return p.endsWith(".ts") && d.name !== "events.ts" ? [p] : [];
  });
}

/** Keys written literally in code, plus those built from the dialogs' own lists. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(path.join(root, "bot")), ...sourceFiles(path.join(root, "dialogs"))]) {
    // A name ending in a dot is a prefix the code reads keys by (e.g. every self-rating statement); the
    // keys under it are added from the dialogs' own lists below.
    for (const m of readFileSync(file, "utf8").matchAll(keyPattern)) if (!m[1]!.endsWith(".")) keys.add(m[1]!);
  }
  for (const [set, { options }] of Object.entries(choiceSets)) for (const o of options) keys.add(`choices.${set}.${o.value}`);
  // Keys the dialogs build: a named variant next to each, the small steps in a sentence, how a step went.
  for (const k of ["askFirst.checkIn", "askFirst.selfRating", "askFirst.mapping", "askFirst.actionPlan", "welcome.hello", "welcome.back", "welcome.backWithStep", "welcome.backShort"]) keys.add(k).add(`${k}Named`);
  for (const o of choiceSets.smallStep.options.filter((o) => o.value !== "no")) keys.add(`smallStepInSentence.${o.value}`);
  for (const o of choiceSets.stepFollowUp.options) keys.add(`checkIn.stepFollowUpSaid.${o.value}`);
  for (const r of ["off", "on", "later", "morning", "afternoon", "evening"]) keys.add(`reminders.${r}`);
  for (const k of ["moodLow", "moodMid", "moodHigh", "goodNews", "thanks", "sleptWell", "sleptBadly", "goodNewsTold"]) keys.add(`reflect.${k}`);
  for (const s of SELF_RATING_STATEMENTS) keys.add(`selfRating.statements.${s}`);
  for (const [topic, questions] of Object.entries(MAPPING_TOPICS)) {
    keys.add(`mapping.${topic}.intro`);
    for (const q of questions) keys.add(`mapping.${topic}.${q}`);
    keys.add(`profile.topics.${topic}`);
  }
  return keys;
}

// Choice questions are shown with their options; which set goes with which question.
const choiceQuestions: Record<string, keyof typeof choiceSets> = {
  "onboarding.consent": "consent",
  "onboarding.consentRetry": "consent",
  "onboarding.consentQuestionsRetry": "yesNo",
  "onboarding.modelConsent": "yesNo",
  "consent.beforeAnswers": "yesNo",
  "erasure.confirm": "yesNo",
  "onboarding.askTimesNamed": "times",
  "onboarding.askTimes": "times",
  "onboarding.askLanguage": "language",
  "checkIn.sleep": "goodOkBad",
  "checkIn.food": "yesLittleNo",
  "checkIn.movement": "yesLittleNo",
  "checkIn.smallStep": "smallStep",
  "meeting.propose": "meetingAnswer",
  "meeting.proposeAt": "meetingAnswer",
  "meeting.cancelledOfferNew": "yesNo",
  "actionPlan.howDidItGo": "goalProgress",
  "checkIn.stepFollowUp": "stepFollowUp",
  "lessContact.ask": "lessContact",
  "answers.whatCanYouDo": "nextSteps",
  "onboarding.done": "nextSteps",
  "onboarding.doneNamed": "nextSteps",
  ...Object.fromEntries(["checkIn", "selfRating", "mapping", "actionPlan"].flatMap((k) => [[`askFirst.${k}`, "askFirst"], [`askFirst.${k}Named`, "askFirst"]])),
  ...Object.fromEntries(["hello", "back", "backWithStep"].flatMap((k) => [[`welcome.${k}`, "nextSteps"], [`welcome.${k}Named`, "nextSteps"]])),
  "concern.offer": "yesNo",
};

// The longest values the placeholders take in practice.
const longVars: Record<string, string> = {
  name: "Alexandra-Josefine M", // 20 characters
  coordinator: "the team", // a first name, or "teamet" / "the team" mid-sentence when none is assigned
  coordinatorInSentence: "teamet",
  readers: "Alexandra-Josefine och teamet", // "{name} och teamet", or "teamet" when none is named (answers.isBot)
  taker: "Alexandra-Josefine", // the first name of the coordinator who took the conversation over
  mood: "10",
  high: "10", // the upper end of a range said on the 1-10 scale (checkIn.readAs.range)
  number: "1000000", // a number said that was no rating, asked about again (common.retryScale*)
  step: "att ringa någon", // a small step's label, or the step in a sentence
  question: "",
  when: "Wednesday 30 September at 14:00",
  where: "x".repeat(60), // MAX_LOCATION in bot/staff/propose-meeting.ts
  activity: "x".repeat(80), // bot/plans/write-action-plan.ts: plan texts are at most 80 characters
  schedule: "x".repeat(80),
  goal: "x".repeat(80),
  who: "x".repeat(40), // a sub-goal's agency name (bot/plans/write-action-plan.ts), or the coordinator
  items: Array(5).fill("x".repeat(40)).join(", "), // a plan's optional items: five of 40 characters at most
  clock: "08:00",
  day: "Wednesday", // the longest weekday name in either language
  // The team's reading days and hours (bot/domain/office-hours.ts describeOfficeHours): seven days listed at most.
  weekdays: "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday",
  open: "08:00",
  close: "17:00",
  text: "x".repeat(280), // a coordinator's own nudge text: at most 280 characters (bot/staff/nudge-admin.ts)
  reading: "Someone on the team reads it on Wednesday from 08:00.", // the longest officeHours.* line
  months: "120", // RETENTION_AFTER_DISCHARGE_MONTHS at most (bot/config.ts)
  days: "365", // RETENTION_UNCONSENTED_MESSAGE_DAYS at most
  noContactMonths: "120", // RETENTION_NO_CONTACT_MONTHS at most
  code: "123456", // a one-time phone code (bot/webchat/phone-code.ts)
  team: "x".repeat(80), // a team's name: at most 80 characters (bot/staff/team-settings.ts)
  thing: "x".repeat(31), // a thing asked whether it counts, as written ("chips räknas?"): at most 31 characters (asksIfCounts)
  // All six mapping topics told, in the longer language (answers.aboutMeTopics, joined as a list).
  topics: "vad du gillar, vad du gjort förut, hur du har det, vad som ger dig energi, vad som är svårt och din vardag",
};

/** Every phrasing of every key, as [key, text]. */
function variantsOf(lang: "sv" | "en"): [string, string][] {
  return [...locales[lang]].flatMap(([key, texts]) => texts.map((text) => [key, text] as [string, string]));
}

const longest = (texts: string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a));
const labelsOf = (lang: "sv" | "en", set: keyof typeof choiceSets) => choiceSets[set].options.map((o) => locales[lang].get(`choices.${set}.${o.value}`)![0]!);
const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, v: string) => longVars[v] ?? "");

describe("participant-facing copy", () => {
  it("Swedish and English have exactly the same keys", () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.sv.keys()].sort());
  });

  it("every key the code uses exists in both locale files", () => {
    const missing = [...usedKeys()].filter((k) => !locales.sv.has(k) || !locales.en.has(k));
    expect(missing).toEqual([]);
  });

  it("no placeholder is left unfilled in a rendered text", () => {
    for (const lang of ["sv", "en"] as const) {
      for (const [key, template] of variantsOf(lang)) {
        const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((v) => !(v in longVars));
        expect(unknown, `${lang}:${key}`).toEqual([]);
      }
    }
  });

  it("every message fits in two SMS segments with its choices, and needs no emoji (no UCS-2)", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = locales[lang];
      for (const [key, template] of variantsOf(lang)) {
        // Choices are checked with their question; the web chat page's own texts never go by SMS.
        if (key.startsWith("choices.") || key.startsWith("webchat.")) continue;
        let text = template.replace(/\{(\w+)\}/g, (_, v: string) => longVars[v] ?? "");
        if (key === "common.retryChoice" || key === "common.retryText") text = template.replace("{question}", longest(t.get("onboarding.consent")!).replace("{coordinatorInSentence}", longVars.coordinatorInSentence!));
        const set = choiceQuestions[key] ?? (key === "common.retryChoice" ? "consent" : undefined);
        const shown = renderSmsBody(text, set ? labelsOf(lang, set) : undefined);
        const size = smsSize(shown);
        expect(size.encoding, `${lang}:${key} needs UCS-2: ${shown}`).toBe("GSM-7");
        expect(size.units, `${lang}:${key} is ${size.units} characters`).toBeLessThanOrEqual(306);
      }
    }
  });
});

describe("composed messages", () => {
  it("an acknowledgement with when a person reads it fits in two segments, in GSM-7", () => {
    for (const lang of ["sv", "en"] as const) {
      const readings = ["officeHours.now", "officeHours.today", "officeHours.tomorrow", "officeHours.weekday"].flatMap((k) => locales[lang].get(k)!).map(fill);
      for (const key of ["common.humanComing", "waiting.ack", "waiting.alreadyAsked"]) {
        for (const first of locales[lang].get(key)!) {
          for (const reading of readings) {
            const size = smsSize(`${fill(first)} ${reading}`);
            expect(size.encoding, `${lang}:${key}`).toBe("GSM-7");
            expect(size.units, `${lang}:${key} + ${reading}`).toBeLessThanOrEqual(306);
          }
        }
      }
    }
  });

  it("what the check-in wrote down, said in front of the next question, fits in two segments, in GSM-7", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = locales[lang];
      const sleep = (q: string) => renderSmsBody(q, labelsOf(lang, "goodOkBad"));
      for (const key of ["checkIn.readAs.low", "checkIn.readAs.mid", "checkIn.readAs.high", "checkIn.readAs.top", "checkIn.readAs.range"]) {
        for (const lead of t.get(key)!) {
          const questions = [...t.get("checkIn.whatMakesItNotLowerRead")!, ...t.get("checkIn.sleep")!.map(sleep)];
          for (const q of questions) {
            const size = smsSize(`${fill(lead)} ${q}`);
            expect(size.encoding, `${lang}:${key}`).toBe("GSM-7");
            expect(size.units, `${lang}:${key} + ${q}`).toBeLessThanOrEqual(306);
          }
        }
      }
    }
  });

  it("every question-back kind has its answer in both languages", () => {
    const key = (k: string) => `answers.${k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
    for (const kind of QUESTION_KINDS) {
      // The AI answer follows the configuration and the person's own yes; the number, how the conversation began.
      const variants: Partial<Record<string, string[]>> = { "who-reads": ["", "Named"], storage: ["", "NoConsent", "Undecided"], ai: ["None", "Allowed", "NotAllowed"], "ai-training": ["None", "Allowed", "NotAllowed"], number: ["FromList", "TeamWroteFirst", "TheyWroteFirst"], age: ["", "Minor", "Adult"] };
      const keys = (variants[kind] ?? [""]).map((v) => `${key(kind)}${v}`);
      for (const k of keys) for (const lang of ["sv", "en"] as const) expect(locales[lang].get(k)?.length, `${lang}:${k}`).toBeGreaterThan(0);
    }
  });
});

describe("SMS size", () => {
  it("counts GSM-7, its extension characters and UCS-2 like a phone network does", () => {
    expect(smsSize("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsSize("a".repeat(161)).segments).toBe(2);
    expect(smsSize("åäöÅÄÖé").encoding).toBe("GSM-7");
    expect(smsSize("€").units).toBe(2);
    expect(smsSize("hej 😊")).toMatchObject({ encoding: "UCS-2", units: 6, segments: 1 });
    expect(smsSize("–").encoding).toBe("UCS-2"); // an en dash costs half the message
  });
});

// What the copy tells people to write must work: 'write "human"' once got the answer to "are you a
// bot?". Every phrase quoted after skriv/write/send is read by one of the recognisers the dialogs use.
describe("what the copy tells people to write", () => {
  const instructed = new Set<string>();
  for (const lang of ["sv", "en"] as const) {
    for (const [, texts] of locales[lang]) {
      for (const text of texts) for (const m of text.matchAll(/\b(?:[Ss]kriv|[Ww]rite|[Ss]kicka|[Ss]end) "([^"]+)"/g)) instructed.add(m[1]!);
    }
  }
  it("finds the instructions (the test reads the copy)", () => {
    expect(instructed).toContain("kolla läget");
    expect(instructed).toContain("talk to a human");
  });
  it.each([...instructed].map((t) => [t]))("%s is read by a recogniser the dialogs act on, and never as the bot question", (text) => {
    const understood =
      understandFree(text) !== "none" ||
      asksToChangeMeeting(text) ||
      changesMindOnStorage(text) ||
      withdrawsStorageConsent(text) ||
      detectReminderRequest(text) !== undefined ||
      asksRestOfPlan(text) ||
      // "english": the language is switched before anything else (main.dialog.ts, switchesLanguage).
      asksForLanguage(text) !== undefined ||
      // "ingen AI" is told only when a language model is configured, and main.dialog.ts reads it then.
      detectModelOptOut(text) ||
      renamesTo(text) !== undefined;
    expect(understood, text).toBe(true);
    // None of them may be read as the question whether Tillit is a bot.
    expect(understandFree(text), text).not.toBe("question:is-bot");
  });
});
