// Questions back are trust tests ("är du en robot?", "kan soc se det här?"): each gets a short,
// truthful answer from the locale files, matching what Tillit does (docs/privacy.md), never
// the stock line. Answered wherever they come: mid-dialog (then the question is asked again), with
// nothing going on, and while a person is awaited.
import type { DialogContext } from "botbuilder-dialogs";
import { asksAboutRecord, asksIfGone, asksIfSocTakesChild, asksWasPerson, signpostTopic, staffAskedIfReal, stillThereName, type FreeIntent, type QuestionKind } from "./shared/understand-free.js";
import { followUpParty, paysForPhone } from "./shared/understand-privacy-follow-ups.js";
import { fold } from "./shared/fold.js";
import { ageSaid, asksNames } from "./shared/understand-trust-questions.js";
import { secrecyAfterCrisisKeys } from "./shared/secrecy-answer.js";
import { message } from "./shared/prompts.js";
import { nextStepLabels } from "./shared/next-steps.js";
import { formatMeetingTime } from "../bot/domain/format-time.js";
import { MAPPING_TOPICS, type MappingTopic } from "./mapping.dialog.js";
import { offerReply, rememberOffer } from "./offers.js";
import { coordinatorInSentence, coordinatorName, coordinatorNames, nextReadingFor, retentionVars, services, type TurnServices, tWhileRead } from "./turn-services.js";

/** `nextSteps`: the answer ends the turn with nothing else asked, so "what can you do" may offer the steps as choices. */
export async function answerFor(s: TurnServices, kind: QuestionKind, nextSteps = false, asked = ""): Promise<{ text: string; choices?: string[] }> {
  const named = s.participant.coordinatorFirstName;
  switch (kind) {
    case "is-bot":
      // "Maja och teamet läser med", or "teamet läser med" (never "teamet och teamet") when none is named.
      return { text: tWhileRead(s, "answers.isBot", { readers: named ? s.t("core.nameAndTeam", { name: named }) : s.t("core.yourCoordinator") }) };
    case "who-reads":
      // "…har ni namn" with it, nobody assigned: that no name can be given yet, and that whoever gets in touch says who
      // they are (a tester's went unanswered). With a coordinator assigned, the answer names them already.
      if (named) return { text: s.t("answers.whoReadsNamed", { coordinator: coordinatorName(s) }) };
      return { text: s.t(asksNames(fold(asked)) ? "answers.whoReadsNoName" : "answers.whoReads") };
    case "social-services":
      return { text: s.t(await forAge(s, "answers.socialServices")) };
    case "parents":
      return { text: s.t(await forAge(s, "answers.parents")) };
    case "parents-approve":
      // Tillit records the consent of the young person alone (onboarding.dialog.ts); nothing goes to parents.
      return { text: s.t(await forAge(s, "answers.parentsApprove"), { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "who-wrote":
      return { text: await whoWroteAnswer(s, asked) };
    case "private":
      // Who reads and the duty to report, said as what "private" means here, never a promise of secrecy.
      return { text: s.t(await forAge(s, "answers.private")) };

    case "employment-service":
      return { text: s.t("answers.employmentService") };
    case "withdraw":
      return { text: s.participant.dataConsent === true ? s.t("answers.withdraw", retentionVars(s)) : s.t("answers.withdrawNothing") };
    case "report-meaning":
      return { text: s.t("answers.reportMeaning") };
    case "police":
      // Asked while a crisis flag stands ("kommer ni ringa polisen nu??"): what happens now, not the rules in general.
      return { text: s.flagged === "crisis" ? s.t("answers.policeAfterCrisis") : s.t(await forAge(s, "answers.police"), { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "must-answer":
      return { text: s.t("answers.mustAnswer") };
    case "secrecy":
      // A plea not to tell after a crisis ("inte säga till soc!!!", "inte säga någon"): the team already knows,
      // and what soc hears and the duty to report for under-18s, as the soc question is answered. Never a
      // promise of secrecy (a 15-year-old got "Du är inte ensam med det här").
      // Known to be under 18 (fix22a: a sixteen-year-old's "men säg inget" after harm at home got "Tillit skickar inget
      // dit. Men det beror på vad du berättar"): what they told is what the duty is about (secrecy-answer.ts).
      if (s.flagged === "crisis") return { text: secrecyAfterCrisisKeys(await ageKnown(s)).map((key) => s.t(key)).join(" ") };
      return { text: s.t(await forAge(s, "answers.secrecy"), { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "money":
      // A person decides about money, never Tillit: who to ask, no rules made up.
      return { text: s.t("answers.money", { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "school":
      return { text: s.t(await forAge(s, "answers.school")) };
    case "practical":
      return practicalAnswer(s, nextSteps, asked);
    case "dealing":
      return { text: s.t(await forAge(s, "answers.dealing")) };
    case "my-coordinator":
      // "who is kim": the coordinator named is said to be a real person on the team.
      if (namedStaff(s, asked)) return { text: whoIsAnswer(s, asked) };
      await offersCoordinator(s, nextSteps);
      return { text: await myCoordinatorAnswer(s) };
    case "still-mine":
      await offersCoordinator(s, nextSteps);
      return { text: await stillTheirsAnswer(s, asked) };
    case "next-meeting":
      return { text: await nextMeetingAnswer(s, nextSteps, asked) };
    case "about-me":
      return aboutMeAnswer(s, nextSteps);
    case "storage": {
      const consent = s.participant.dataConsent;
      // "skärmdumpar ni det jag skriver", "hamnar det i nån journal": kept here, read by the team, passed to no other
      // record (texter18 #8). Without a yes to keeping answers, what is kept then is the answer.
      if (consent === true && asksAboutRecord(asked, fold(asked))) return { text: s.t("answers.storageRecord", retentionVars(s)) };
      return { text: s.t(consent === true ? "answers.storage" : consent === false ? "answers.storageNoConsent" : "answers.storageUndecided", retentionVars(s)) };
    }
    case "kept-told": {
      // What they told is kept while the contact lasts with their yes; without it, the text goes after the days the copy names.
      return { text: s.t(s.participant.dataConsent === true ? "answers.keptTold" : "answers.keptToldNoConsent", retentionVars(s)) };
    }
    case "phone-bill":
      return { text: s.t("answers.phoneBill", { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "delete":
      return { text: s.t("answers.delete") };
    case "delete-part":
      // What can be erased (everything, through a team lead) and what cannot (one message), and that the team may have read it.
      return { text: s.t("answers.deletePart", { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "number":
      return { text: await numberAnswer(s) };
    case "ai":
      return { text: s.t(aiAnswerKey(s), { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "ai-training":
      // Tillit trains nothing on what anyone writes (the screen's model learns from written corpora only); what
      // the optional language model is sent follows the configuration and their own consent, as "ai" does.
      return { text: s.t(aiTrainingKey(s), { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "who-made":
      return { text: s.t("answers.whoMade") };
    case "who-we-are":
      // The team by its name when the record has one; who reads, as the consent says it.
      return { text: s.participant.teamName ? s.t("answers.whoWeAre", { team: s.participant.teamName }) : s.t("answers.whoWeAreNoName") };
    case "talk-if-no":
      // What a no does (onboarding.dialog.ts): the number, the no and what they write for the days the retention job keeps
      // it; no answers kept; they can still write, ask for a person ("människa" works after a no), and the team answers.
      return { text: s.t("answers.talkIfNo", retentionVars(s)) };
    case "team-lead":
      // Tillit knows no team lead by name; a person from the team signs what they write (bot/staff/handoff.ts).
      return { text: s.t("answers.teamLead") };
    case "caseworker":
      // Nothing goes to a caseworker anywhere; the duty to report for under-18s, as every privacy answer says it.
      return { text: s.t(await forAge(s, "answers.caseworker")) };
    case "bot-bored":
      return { text: s.t("answers.botBored") };
    case "bot-feelings":
      return { text: s.t("answers.botFeelings") };
    case "bot-day":
      return { text: s.t("answers.botDay") };
    case "why-numbers":
      // Not crisis.whyNumbers: its "säg till, så slipper du dem" is kept only in a wait (waiting.ts declinesNumbers).
      return { text: s.t("answers.whyNumbers") };
    case "sold":
      return { text: s.t("answers.sold", retentionVars(s)) };
    case "at-risk-meaning":
      return { text: s.t("answers.atRiskMeaning") };
    case "who-pays":
      return { text: s.t("answers.whoPays") };
    case "age":
      return { text: ageAnswer(s, ageSaid(fold(asked))) };
    case "stop":
      return { text: s.t("answers.stop") };
    case "leave":
      return { text: s.t("answers.leave") };
    case "soc-acts":
      // A parent asking whether soc takes their child if they say they are not well (texter18 #8): honestly and gently,
      // that feeling bad is not the same as a child at risk, that soc decides, and the duty to report, with the way to
      // talk it through with a person left in their hands (nothing sent on their behalf: the question is theirs to take further).
      if (asksIfSocTakesChild(fold(asked))) return { text: s.t("answers.socActsChild") };
      // Soc decides, nobody here can say what they will do; a person from the team talks it through with them.
      if (!s.conversation.waiting) s.effects.push({ kind: "request-human", reason: "message" });
      return { text: s.t("answers.socActs") };
    case "carers":
      return { text: s.t(await forAge(s, "answers.carers")) };
    case "kaa":
      // KAA is the municipality's to age 20; Tillit is for 15 to 24 either way. No more is said of their case.
      return { text: s.t("answers.kaa", { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "turning-18":
      return { text: s.t("answers.turning18", { coordinatorInSentence: coordinatorInSentence(s) }) };
    case "what-can-you-do":
      // Followed by another question (the consent, a dialog's question asked again), a second
      // numbered menu would make "3" mean two things.
      // Without the steps, no "Vad vill du göra?" either: with the question asked again after it, it made two.
      if (!nextSteps) return { text: s.t("answers.whatCanYouDoShort", { coordinatorInSentence: coordinatorInSentence(s) }) };
      return { text: s.t("answers.whatCanYouDo", { coordinatorInSentence: coordinatorInSentence(s) }), choices: nextStepLabels(s) };
  }
}

/**
 * The answer without "är du under 18 …" for someone known to be 18 or over (texter17 #10: "fyllde 18 igår btw",
 * then "kan soc fortfarande få veta saker?" got the under-18 duty to report pasted in). Each such answer has its
 * adult phrasing beside it (`…Adult`); whoever's age is not known keeps the sentence.
 */
async function forAge(s: TurnServices, key: string): Promise<string> {
  return (await s.lookups.knownAdult()) ? `${key}Adult` : key;
}

/** What is known of the participant's age: under 18, 18 or over, or nothing. */
async function ageKnown(s: TurnServices): Promise<"minor" | "adult" | undefined> {
  if (await s.lookups.knownMinor()) return "minor";
  return (await s.lookups.knownAdult()) ? "adult" : undefined;
}

// "vad kostar körkort", "måste man va inskriven på af för att få stöd": Tillit makes no rules up; it is what the
// team helps with. Where there is a plain public place to ask (1177 and the vårdcentral, Arbetsförmedlingen,
// CSN, komvux, försörjningsstöd, a housing queue: signpostTopic), it is named first (a tester's back pain and
// "vårdcentral är gratis?" met "förstår inte allt"). Ending the turn, someone is offered (the yes or no that
// follows is read by small-talk.ts, as for any topic the team helps with), but not again while an offer just
// made stands (a tester got the same offer four times in a row): an unanswered offer's yes still counts. While
// a person is awaited the question waits for them; in the middle of a question, that question comes after.
async function practicalAnswer(s: TurnServices, offer: boolean, asked: string): Promise<{ text: string; choices?: string[] }> {
  const vars = { coordinatorInSentence: coordinatorInSentence(s) };
  const topic = signpostTopic(asked);
  const signpost = topic ? s.t(`answers.signpost.${topic}`) : undefined;
  if (s.conversation.waiting) return { text: signpost ? `${signpost} ${s.t("answers.signpostWaiting", vars)}` : s.t("answers.practicalWaiting", vars) };
  if (!offer) return { text: signpost ? `${signpost} ${s.t("answers.signpostMid", vars)}` : s.t("answers.practical", vars) };
  const heard = signpost ?? s.t("answers.practicalNoRepeat");
  return offerReply(s, signpost ? `${signpost} ${s.t("answers.signpostOffer", vars)}` : s.t("answers.practicalOffer", vars), "program", heard, asked);
}

/**
 * "e maja kvar", "vem är min koordinator": the answer says how to have the coordinator get in touch ("Vill du att
 * Maja hör av sig, skriv …"), an offer like any other, so a bare "ja" right after it is its yes (small-talk.ts);
 * it met "förstår inte allt" (texter16 #9, #12). Only when the answer ends the turn and nobody is awaited; remembered
 * through offers.ts, which owns the open offer.
 */
async function offersCoordinator(s: TurnServices, endsTurn: boolean): Promise<void> {
  if (endsTurn && !s.conversation.waiting) await rememberOffer(s, "program");
}


// "va det du som skrev eller roboten" after a coordinator wrote and handed back: a person's messages go out
// signed with their name (bot/staff/handoff.ts), so which were theirs is said, and that this reply is the bot's.
async function whoWroteAnswer(s: TurnServices, asked: string): Promise<string> {
  const staff = await s.lookups.lastStaffWriter();
  // "e kim en riktig person", "is kim a bot?" (texter18 #7): yes, when the name is the last writer's, the coordinator's or
  // the one a meeting was changed with; a name nobody here goes by gets what is true of everyone on the team.
  const named = staffAskedIfReal(fold(asked), asked);
  if (named !== undefined) {
    const known = [...(staff ? [staff] : []), ...coordinatorNames(s)].find((n) => fold(n) === named);
    return known ? s.t("answers.staffIsReal", { name: known }) : s.t("answers.teamIsReal");
  }
  // "var det en riktig människa nyss" asks for a yes or a no (texter17 #7): yes, the one from the team who wrote
  // (their messages end with their name); no, when nobody from the team has written here, only Tillit.
  const yesOrNo = asksWasPerson(fold(asked));
  const readers = s.participant.coordinatorFirstName ? s.t("core.nameAndTeam", { name: s.participant.coordinatorFirstName }) : s.t("core.yourCoordinator");
  if (!staff) return tWhileRead(s, yesOrNo ? "answers.wasBot" : "answers.isBot", { readers });
  return s.t(yesOrNo ? "answers.wasPerson" : "answers.whoWrote", { name: staff });
}

// "who is kim", "vem e maja": the coordinator named, a real person on the team (a tester's got "what you write is kept for Kim").
function whoIsAnswer(s: TurnServices, asked: string): string {
  const name = namedStaff(s, asked) ?? coordinatorName(s);
  // (A name asked about is the coordinator's or a meeting's, namedStaff.)
  return s.t(name === s.participant.coordinatorFirstName ? "answers.whoIsCoordinator" : "answers.whoIsStaff", { name });
}

// ("vem är demo förresten?", "who is maja btw": a word or two after the name, tester24 #9; "förresten vem är Demo?",
// "btw who is maja": before the question too, tester25 #10.)
const WHO_IS = /^(?:(?:forresten|btw|by the way|men|och|assa|alltsa|ok|okej|hmm|anyway|also|and|but|so|sa) )*(?:vem|vilka|who|whos|who s)(?: (?:ar|e|is|s|var|was))? (\p{L}+)(?: (?:da|nu|then|now|egentligen|lol|forresten|btw|anyway|by the way|igen|again))*$/u;

/**
 * "vem är demo förresten?" about someone from the team who is not the named coordinator (who proposed a meeting, wrote,
 * or is simply on the team; tester24 #9: not understood, though every meeting text named Demo): a real person on
 * their team, from the record (bot/db/participant-team.ts); a name nobody there goes by is not answered here.
 */
export async function answeredWhoIsTeamMember(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const asked = WHO_IS.exec(fold(text))?.[1];
  if (asked === undefined || namedStaff(s, text)) return false;
  const name = (await s.lookups.teamStaffNames()).find((n) => fold(n) === asked);
  if (name === undefined) return false;
  await dc.context.sendActivity(message(s.t("answers.whoIsTeamMember", { name })));
  return true;
}

/** "e maja kvar": the name asked about is the coordinator's, or the one a meeting was changed with. */
function stillThereNamed(s: TurnServices, text: string): boolean {
  const name = stillThereName(text);
  return name !== undefined && coordinatorNames(s).some((n) => fold(n) === name);
}

/** The staff member a "vem är X?" names, when X is the coordinator or the one a meeting was changed with. */
function namedStaff(s: TurnServices, text: string): string | undefined {
  const m = WHO_IS.exec(fold(text));
  if (!m) return undefined;
  return coordinatorNames(s).find((n) => fold(n) === m[1]);
}

// Where the number came from, as the conversation actually began: a list the team imported (its first
// SMS went out), the team writing first without a recorded source, or the young person writing first.
// Never "or you wrote first" to someone Tillit wrote to first.
async function numberAnswer(s: TurnServices): Promise<string> {
  const first = await s.lookups.firstContact();
  const key = first === "outreach" ? "answers.numberFromList" : first === "team" ? "answers.numberTeamWroteFirst" : "answers.numberTheyWroteFirst";
  return s.t(key, { coordinatorInSentence: coordinatorInSentence(s) });
}

// What goes to a language model is what the code sends (bot/language-model/, docs/privacy.md): nothing
// when none is configured; with one, only for someone who said yes to it, redacted, and a person reads too.
function aiTrainingKey(s: TurnServices): string {
  if (!s.modelAvailable) return "answers.aiTrainingNone";
  return s.participant.modelAllowed ? "answers.aiTrainingAllowed" : "answers.aiTrainingNotAllowed";
}

function aiAnswerKey(s: TurnServices): string {
  if (!s.modelAvailable) return "answers.aiNone";
  return s.participant.modelAllowed ? "answers.aiAllowed" : "answers.aiNotAllowed";
}

// The coordinator on the record; without one, never "you have none" to someone a staff member has
// just been writing to: they are named as the person from the team who has been in touch. With neither,
// not a bare "ingen egen än" (a young tester found it cold): the team, by its name, reads along, and
// "människa" asks for one of them now (outside office hours: when someone reads, never "läser med").
// "får jag fortfarande prata med er om jag får jobb", "e maja kvar" (texter16 #12): yes, truthfully from the
// record: the coordinator on it stays theirs, a job or a break does not end the contact (brief: case management
// does not let go when a job starts), and how to reach them. Without one on the record, the team.
const ABOUT_WORK = /\b(jobb\w*|arbete\w*|anstalld|plugg\w*|skola\w*|skolan|studera\w*|utbildning\w*|praktik\w*|job|jobs|work\w*|school|study\w*|studies|college|internship|hired)\b/;

/**
 * "e kim kvar" after Kim, who is on the team but not the named coordinator, wrote and handed back (texter17
 * #18): asked about the person from the team who last wrote here. The turn's reading (questionInContext) knows
 * only the named coordinator; this one looks the writer up.
 */
export async function stillThereStaff(s: TurnServices, text: string): Promise<boolean> {
  const name = stillThereName(text);
  if (name === undefined || (s.participant.coordinatorFirstName && fold(s.participant.coordinatorFirstName) === name)) return false;
  const staff = await s.lookups.lastStaffWriter();
  return staff !== null && fold(staff) === name;
}

async function stillTheirsAnswer(s: TurnServices, asked: string): Promise<string> {
  const work = ABOUT_WORK.test(fold(asked)) ? "Work" : "";
  // The one from the team who wrote last, asked about by name: still on the team, and reads along.
  if (s.participant.status !== "discharged" && (await stillThereStaff(s, asked))) return s.t("answers.stillStaff", { name: (await s.lookups.lastStaffWriter()) ?? "" });
  const coordinator = s.participant.status === "discharged" ? null : s.participant.coordinatorFirstName;
  // "försvinner ni då eller", "do you guys disappear when i get a job": no (never "Ja" to going away), texter17 #11.
  if (asksIfGone(fold(asked))) return coordinator ? s.t("answers.notGone", { coordinator }) : s.t("answers.notGoneTeam");
  return coordinator ? s.t(`answers.stillMine${work}`, { coordinator }) : s.t(`answers.stillMineTeam${work}`);
}

async function myCoordinatorAnswer(s: TurnServices): Promise<string> {
  // While a person is awaited (not in a takeover, whose receipt names who has the chat): the name, or that the one
  // from the team who writes will say who they are, never "skriv människa" to someone who has (session 22: "men vad
  // heter koordinatorn då" got "Tack, teamet får se det här").
  if (s.conversation.waiting && !s.conversation.takenOver) {
    const { reading } = nextReadingFor(s, { unlessJustSaid: true });
    const named = s.participant.coordinatorFirstName;
    return named ? s.t("answers.myCoordinatorWaiting", { coordinator: named, reading }) : s.t("answers.myCoordinatorWaitingNone", { reading });
  }
  // Before the consent is answered, with nobody named and nobody from the team having written: the same truth, that no
  // name can be given and whoever from the team writes says who they are, without pushing "människa" into the consent
  // (session 23, full01). When a person reads is for the consent's greeting to say.
  if (!s.participant.coordinatorFirstName && s.participant.dataConsent === null && !s.participant.onboarded && !(await s.lookups.lastStaffWriter())) {
    return s.t("answers.myCoordinatorWaitingNone", { reading: "" });
  }
  if (s.participant.coordinatorFirstName) return s.t("answers.myCoordinator", { coordinator: coordinatorName(s) });
  const staff = await s.lookups.lastStaffWriter();
  if (staff) return s.t("answers.myCoordinatorNoneButStaff", { coordinator: staff });
  return tWhileRead(s, "answers.myCoordinatorNone", { team: s.participant.teamName ?? s.t("core.theTeam") });
}

// "vad vet du om mig": what Tillit keeps of the person, said plainly (a young tester got the stock line):
// the name they chose, what they have told about themselves (the mapping's topics answered), that a plan is
// there, and that everything written is kept and the team can give a register extract. Without a yes
// to keeping answers, what is kept then. Ending the turn with topics left, it offers to tell more: the
// "ja" that follows answers that offer (small-talk.ts starts the mapping), nothing else.
async function aboutMeAnswer(s: TurnServices, offer: boolean): Promise<{ text: string; choices?: string[] }> {
  if (s.participant.dataConsent !== true) return { text: s.t(s.participant.dataConsent === false ? "answers.storageNoConsent" : "answers.storageUndecided", retentionVars(s)) };
  const told = await s.lookups.toldTopics();
  const topics = (Object.keys(MAPPING_TOPICS) as MappingTopic[]).filter((t) => told.includes(t));
  const name = s.participant.preferredName;
  const parts = [
    name ? s.t("answers.aboutMeName", { name }) : "",
    topics.length > 0 ? s.t("answers.aboutMeTold", { topics: listOf(s, topics.map((t) => s.t(`answers.aboutMeTopics.${t}`))) }) : s.t("answers.aboutMeNotTold"),
    (await s.lookups.actionPlan()) ? s.t("answers.aboutMePlan") : "",
    s.t("answers.aboutMe"),
  ];
  // Offered while a topic is left to talk about (one skipped whole is not told, and not asked again either).
  const mapped = await s.lookups.mappedTopics();
  const more = offer && Object.keys(MAPPING_TOPICS).some((t) => !mapped.includes(t));
  if (!more) return { text: parts.filter(Boolean).join(" ") };
  return offerReply(s, [...parts, s.t("answers.aboutMeOffer")].filter(Boolean).join(" "), "about-me", parts.filter(Boolean).join(" "));
}

// "jag e 15 får jag va med här": Tillit is for 15-24. Under 18, what that means said truthfully (docs/privacy.md):
// parents cannot read and are sent nothing, and the staff's duty to report concern to soc. Outside the ages, or
// with no age said, who decides is named; Tillit does not turn anyone away by itself.
function ageAnswer(s: TurnServices, age: number | undefined): string {
  const vars = { coordinatorInSentence: coordinatorInSentence(s) };
  if (age !== undefined && age >= 15 && age < 18) return s.t("answers.ageMinor", vars);
  if (age !== undefined && age >= 18 && age <= 24) return s.t("answers.ageAdult", vars);
  return s.t("answers.age", vars);
}

/** "a, b och c" / "a, b, and c". */
function listOf(s: TurnServices, items: string[]): string {
  return new Intl.ListFormat(s.participant.language, { type: "conjunction" }).format(items);
}

// What Tillit knows of the next meeting, said plainly; a person decides anything about it.
// `endsTurn`: nothing follows. In the middle of a question (the plan's step, tester24 #9) or a wait, no meeting is said
// alone: "Vill du träffa någon i teamet?" would be a second question before the one asked again, or ask for a person
// already awaited.
async function nextMeetingAnswer(s: TurnServices, endsTurn: boolean, asked: string): Promise<string> {
  const m = await s.lookups.nextMeeting();
  if (!m) return s.t(endsTurn ? "answers.nextMeetingNone" : "answers.nextMeetingNoneMid");
  // The coordinator the meeting is with, not necessarily the one on the record.
  const coordinator = m.coordinatorFirstName ?? coordinatorInSentence(s);
  const vars = { coordinator, when: formatMeetingTime(new Date(m.startsAt), s.participant.language, m.timeZone), where: m.location ?? "" };
  // Cancelled by the team (they were told so, bot/staff/meetings.ts): said again, not "no meeting booked".
  if (m.status === "cancelled") return s.t("answers.nextMeetingCancelled", vars);
  const key = m.status === "confirmed" ? "answers.nextMeeting" : m.status === "proposed" ? "answers.nextMeetingProposed" : "answers.nextMeetingMoving";
  const said = s.t(m.location && m.status !== "reschedule-requested" ? `${key}At` : key, vars);
  // "var ses vi?" about a meeting booked with no place: that none is set yet, and who says (nothing invented).
  return ASKS_WHERE.test(fold(asked)) && !m.location && m.status !== "reschedule-requested" ? `${said} ${s.t("answers.meetingPlaceNotSet", vars)}` : said;
}

// Where, not when or whether: "var ses vi?", "vart ska vi ses", "where do we meet" (not "var det på torsdag…", "was").
const ASKS_WHERE = /^(var|va|vart)\b(?! (det|de|du|jag|ja)\b)|\b(where|vilken plats|var nagonstans|vart nagonstans|which place)\b/;

/**
 * `choices`: the choices of a question still open, kept on the answer (the consent, consent-questions.ts), when the
 * answer has none of its own; `after`: a line said after the answer in the same message.
 */
export async function answerQuestion(dc: DialogContext, kind: QuestionKind, options: { endsTurn?: boolean; choices?: string[]; after?: string } = {}): Promise<void> {
  const s = services(dc.context);
  const { text, choices } = await answerFor(s, kind, options.endsTurn, dc.context.activity.text ?? "");
  await dc.context.sendActivity(message(options.after ? `${text} ${options.after}` : text, choices ?? options.choices));
  // Who can see, what is kept: the next message may ask the same of someone else in a word ("polisen?").
  if (PRIVACY_ANSWERS.has(kind)) await s.remember({ askedAbout: { kind, at: s.now.toISOString() } });
}

/**
 * A question asked while messages are stopped (bot/core/opt-out.ts sends only real questions here): its true,
 * brief answer, or, for one Tillit has no answer to, that it cannot say and the team cannot write here now; and
 * always how to start again. Nothing else happens (the core keeps no effect of this turn but the screen's flag).
 */
export async function answerWhileStopped(dc: DialogContext, intent: FreeIntent): Promise<void> {
  const s = services(dc.context);
  const kind = intent.startsWith("question:") ? (intent.slice("question:".length) as QuestionKind) : undefined;
  const answer = kind ? (await answerFor(s, kind, false, dc.context.activity.text ?? "")).text : s.t("answers.whileStoppedUnknown");
  await dc.context.sendActivity(message(`${answer} ${s.t("answers.whileStoppedStart")}`));
}

/** Answers about who sees or keeps what: a follow-up in a word is read in their light. */
const PRIVACY_ANSWERS: ReadonlySet<QuestionKind> = new Set<QuestionKind>([
  "is-bot", "who-reads", "social-services", "parents", "employment-service", "police", "school", "storage", "kept-told", "phone-bill", "delete",
  "secrecy", "ai", "sold", "report-meaning", "at-risk-meaning", "dealing", "parents-approve", "private", "carers", "caseworker",
]);

/** A parent's yes or leave to do something: "säga ja", "ge lov", "gå med på", "say yes". */
const PERMISSION = /\b(saga ja|sager ja|ge lov|ger lov|ga med pa|say yes|let me)\b/;
/** This chat or Tillit named: "godkänna detta", "vara med här", "use this". */
const THIS_CHAT = /\b(detta|det har|vara med|va med|tillit|chatten|appen|programmet|this|here|the chat|the app)\b/;

/** A follow-up counts this soon after the privacy answer. */
const FOLLOW_UP_MS = 30 * 60_000;

/**
 * What a message asks, read in the light of a privacy answer just given: "polisen?" after "kan soc se
 * detta?" asks the same of the police, "min mamma betalar mitt abonnemang" after "kan nån se det här?"
 * asks whether the bill shows it (both met the stock line). Anything the message says by itself wins.
 */
export function questionInContext(s: TurnServices, text: string, intent: FreeIntent): FreeIntent {
  if (intent === "none" && namedStaff(s, text)) return "question:my-coordinator";
  // "e maja kvar", "is kim still there": the coordinator's name asked about.
  if (intent === "none" && stillThereNamed(s, text)) return "question:still-mine";
  // "måste mamma säga ja" once the consent is theirs (after "får man bo hos sin moster om man e 15"): a parent's yes
  // to something out there, which depends (the team), not to this chat (texter17 #9: it got "kan inte läsa det här").
  // ("do my parents have to approve" still asks about Tillit: only a yes or leave to do something is read so.)
  if (intent === "question:parents-approve" && s.participant.dataConsent != null && PERMISSION.test(fold(text)) && !THIS_CHAT.test(fold(text))) {
    return "question:practical";
  }
  if (intent !== "none" || !s.memory.askedAbout) return intent;
  if (s.now.getTime() - Date.parse(s.memory.askedAbout.at) > FOLLOW_UP_MS) return intent;
  const said = fold(text);
  if (paysForPhone(said)) return "question:phone-bill";
  const party = followUpParty(said);
  return party ? `question:${party}` : intent;
}
