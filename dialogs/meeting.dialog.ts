// A coordinator has proposed a time. The participant confirms, cancels or asks for another time.
// A cancellation is met with a welcome and the offer of a new time, never with reproach.
// A proposal that came while an offer of a person stood unanswered ("Vill du att teamet hör av sig?") takes the
// answer first, as the question asked last ("aa" is a yes to the meeting, not to both: a nod answers what was said
// last, offers.ts), and then comes back to that offer once, so it is not silently dropped (a reviewer; the proposal
// replaces whatever dialog was open).
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { AgreedMeetingView, StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askText, say, takeAnswer } from "./shared/ask.js";
import { coordinatorInSentence, coordinatorName, services, type TurnServices } from "./turn-services.js";
import { formatMeetingTime, weekdayIn, weekdayName } from "../bot/domain/format-time.js";
import { changesRemindedMeeting, declinesMeetingsForNow, movesMeetingDay, namesMeetingTime, refusedMeetingDay, wishedMeetingTime, wishesOtherPlace } from "./shared/understand-answers.js";
import { asksToChangeMeeting, understandFree } from "./shared/understand-free.js";
import { fold } from "./shared/fold.js";
import { message } from "./shared/prompts.js";
import { sayWithReading } from "./wishes.js";
import { OFFER_STANDS_MS, personOfferStands, sayOfferAfterMeeting } from "./offers.js";

export const MEETING_DIALOG = "meeting" satisfies StartableDialog;

export interface MeetingOptions {
  meetingId: number;
  /** ISO time. */
  startsAt: string;
  location?: string;
  timeZone?: string;
}

type Status = "confirmed" | "cancelled" | "reschedule-requested";

interface MeetingValues {
  answer?: string;
  /** Their words calling the meeting off, kept with a no to a new time after them. */
  words?: string;
  /** An offer of a person stood unanswered when the proposal came: asked again after the meeting is answered. */
  offerOpen?: boolean;
}

export class MeetingDialog extends TillitDialog {
  constructor() {
    super(MEETING_DIALOG, [(step) => this.propose(step), (step) => this.afterAnswer(step), (step) => this.afterFollowUp(step)]);
  }

  private meeting(step: WaterfallStepContext): MeetingOptions {
    return step.options as MeetingOptions;
  }

  private when(s: TurnServices, m: MeetingOptions): string {
    return formatMeetingTime(new Date(m.startsAt), s.participant.language, m.timeZone);
  }

  private record(s: TurnServices, m: MeetingOptions, status: Status, requestedTime?: string): void {
    s.effects.push({ kind: "update-meeting", meetingId: m.meetingId, status, ...(requestedTime ? { requestedTime } : {}) });
  }

  /**
   * Who proposes (and whom the answers name): the person from the team the meeting is with, else the coordinator assigned, else the team's words. A
   * proposal by Kim to someone whose coordinator is Maja said "Maja föreslår…", and one from Kim to someone with none
   * assigned "En koordinator föreslår…" (a reviewer: the young person has a named coordinator). First name only.
   */
  private async proposer(s: TurnServices, m: MeetingOptions, inSentence = false): Promise<string> {
    return (await s.lookups.meetingCoordinator(m.meetingId)) ?? (inSentence ? coordinatorInSentence(s) : coordinatorName(s));
  }

  private async propose(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const offered = s.memory.personOffered;
    (step.values as MeetingValues).offerOpen = personOfferStands(s) && offered !== undefined && s.now.getTime() - Date.parse(offered) < OFFER_STANDS_MS;
    const vars = { coordinator: await this.proposer(s, m), when: this.when(s, m), where: m.location ?? "" };
    return askChoice(step, m.location ? "meeting.proposeAt" : "meeting.propose", "meetingAnswer", vars);
  }

  private async afterAnswer(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "skipped") {
      await say(step, "meeting.noAnswerYet", { coordinator: await this.proposer(s, m, true) });
      return step.endDialog();
    }
    (step.values as MeetingValues).answer = answer.value;
    if (answer.value === "confirm") {
      this.record(s, m, "confirmed");
      await say(step, "meeting.confirmed", { when: this.when(s, m) });
      return this.end(step);
    }
    const said = step.context.activity.text ?? "";
    // "jag klarar inte av att träffas alls just nu": a no to meeting at all, not to the time. Called off with their words
    // kept for the team (the page shows them), no new time offered, the door left open in one line.
    if (answer.value !== "confirm" && declinesMeetingsForNow(said)) {
      this.record(s, m, "cancelled", said.trim().slice(0, 200));
      await say(step, "meeting.noneForNow", { coordinator: await this.proposer(s, m, true) });
      return this.end(step);
    }
    if (answer.value === "cancel") {
      this.record(s, m, "cancelled");
      (step.values as MeetingValues).words = said.trim();
      return askChoice(step, "meeting.cancelledOfferNew", "offer", { coordinator: await this.proposer(s, m, true) });
    }
    // "funkar inte tisdag, kan vi ta torsdag istället?": the time is said already; asked again, it reads as unheard.
    const text = step.context.activity.text ?? "";
    const wish = wishedMeetingTime(text);
    // "tisdag funkar inte ändå, kan vi ta en annan dag?": the day named is the one refused, said back as such (a
    // tester's got "Okej, tisdag i stället"); the wish is kept in their words and a day said after adds to it.
    const refused = wish ? undefined : refusedMeetingDay(text);
    if (wish || refused) {
      const words = text.trim().slice(0, 200);
      this.record(s, m, "reschedule-requested", words);
      askTeamForNewTime(s);
      const coordinator = await this.proposer(s, m, true);
      // "ja, torsdag efter lunch typ" just after adds to the wish on the meeting's row (answersMeetingChange).
      await s.remember({ meetingChanged: { meetingId: m.meetingId, at: s.now.toISOString(), coordinator, words } });
      if (wish?.weekday) await say(step, "meeting.otherDayNoted", { coordinator, day: weekdayName(wish.weekday, s.participant.language) });
      else if (refused) await say(step, "meeting.dayRefusedNoted", { coordinator, day: weekdayName(refused, s.participant.language) });
      else await say(step, "meeting.otherTimeSaid", { coordinator });
      return step.endDialog();
    }
    return askText(step, "meeting.askOtherTime", undefined, 200);
  }

  private async afterFollowUp(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const answer = takeAnswer<string>(step);
    const { answer: first } = step.values as MeetingValues;
    if (first === "other") {
      this.record(s, m, "reschedule-requested", answer.kind === "answer" ? answer.value : undefined);
      askTeamForNewTime(s);
      await say(step, "meeting.otherTimeNoted", { coordinator: await this.proposer(s, m, true) });
      return this.end(step);
    }
    if (answer.kind === "answer" && answer.value !== "no") {
      // "men inte biblioteket. för mycket folk": a yes with a wish about the place, kept with the meeting
      // for the coordinator, and said to be.
      const text = step.context.activity.text ?? "";
      const place = wishesOtherPlace(text);
      this.record(s, m, "reschedule-requested", place ? text.trim().slice(0, 200) : undefined);
      askTeamForNewTime(s);
      const vars = { coordinator: await this.proposer(s, m, true) };
      await step.context.sendActivity(message(place ? `${s.t("meeting.newTimeComing", vars)} ${s.t("concern.placeWish", vars)}` : s.t("meeting.newTimeComing", vars)));
    } else {
      // A no to a new time ("nej" to "Vill du att Demo föreslår en ny tid?"): kept on the meeting's row in their words, as
      // a no to meeting at all is, so that the team's own cancellation after it promises no new time (tester25 #11,
      // bot/db/meetings.ts saidNoToMeetingLast), and the page shows it.
      if (answer.kind === "answer" && answer.value === "no") {
        const { words } = step.values as MeetingValues;
        const nay = (step.context.activity.text ?? "").trim();
        this.record(s, m, "cancelled", (words ? `${words} / ${nay}` : nay).slice(0, 200) || undefined);
      }
      await say(step, "meeting.doorOpen");
    }
    return this.end(step);
  }

  /** The meeting answered: the offer of a person that stood when the proposal came is asked again, once (offers.ts sayOfferAfterMeeting). */
  private async end(step: WaterfallStepContext) {
    if ((step.values as MeetingValues).offerOpen) await sayOfferAfterMeeting(step.context, (step.values as MeetingValues).answer === "confirm");
    return step.endDialog();
  }
}

/**
 * A new time is the team's to find (the bot promises none): the conversation waits for a person with the reason
 * "meeting", so the inbox shows "vill ändra ett möte" at the top instead of a status only seen on opening the
 * participant's page. Not while a person has the conversation or is awaited already.
 */
function askTeamForNewTime(s: TurnServices): void {
  if (!s.conversation.waiting && !s.conversation.takenOver) s.effects.push({ kind: "request-human", reason: "meeting" });
}

/** What follows a meeting called off or moved in chat ("kan vi ta nästa vecka" after "kan inte imorgon") is about it this long. */
const CHANGED_LATELY_MS = 12 * 3_600_000;
/** A meeting this close is what "kan inte komma idag" is about, reminded or not. */
const SOON_MS = 30 * 3_600_000;
const MOVE_WORD = /\b(flytta|flyttar|byta|byter|move|moving|reschedule|rebook|postpone)\b/;

/**
 * An agreed meeting called off or moved in words: after its reminder ("Svara om något har ändrats"),
 * "kan inte imorgon", "orkar inte imorgon", "avboka", "kan vi ta nästa vecka"; at any time, with the
 * meeting named ("jag vill avboka mötet"). Met warmly, the meeting marked for the coordinator (cancelled
 * by the participant, or another time asked for, in their words), its reminders stopped, and the
 * coordinator asked to get back (the inbox shows the request); what follows soon after ("kan vi ta nästa
 * vecka" after "kan inte imorgon") adds to it. Not in a takeover (the words are then the coordinator's to
 * read), nor when the message is heavy (the offer of a person comes first). False when it is none of this.
 */
export async function answersMeetingChange(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || s.concern) return false;
  const named = asksToChangeMeeting(text);
  const reading = changesRemindedMeeting(text) ?? (named ? (MOVE_WORD.test(fold(text)) ? "move" : "cancel") : undefined);
  const lately = s.memory.meetingChanged;
  const recent = lately && s.now.getTime() - Date.parse(lately.at) < CHANGED_LATELY_MS ? lately : undefined;
  // A day or time said soon after a wish for another time ("ja, torsdag efter lunch typ" after "funkar inte tisdag, kan
  // vi ta torsdag?") is more of the wish: kept with it on the meeting's row, in their words (a tester's got "förstår
  // inte allt" and the row kept only the first message).
  // A question ("så vi ses på torsdag då?") asks about the meeting, perhaps a newer one: answered as one.
  if (!reading && recent?.words && namesMeetingTime(text) && !text.includes("?") && understandFree(text) !== "question:next-meeting") {
    await addsToWish(s, recent, text);
    await dc.context.sendActivity(message(s.t("meeting.changedToo", { coordinator: recent.coordinator })));
    return true;
  }
  if (!reading) return movesAgreedMeeting(dc, text);
  if (recent) {
    if (reading === "move") await addsToWish(s, recent, text);
    await dc.context.sendActivity(message(s.t(reading === "move" ? "meeting.changedToo" : "meeting.alreadyChanged", { coordinator: recent.coordinator })));
    return true;
  }
  const m = await s.lookups.agreedMeeting();
  // The day of the meeting or the day before, "sorry jag klarar inte av att komma idag" is about it, reminded or
  // not (a tester's went unread, and her coordinator would have waited at the library).
  const soon = m !== null && Date.parse(m.startsAt) - s.now.getTime() < SOON_MS && Date.parse(m.startsAt) - s.now.getTime() > -AROUND_START_MS;
  if (!m || !(m.reminded || named || soon)) return false;
  const { coordinator, when } = await markChanged(s, m, reading, text);
  await sayWithReading(dc, reading === "move" ? "meeting.reminderMoved" : "meeting.reminderCancelled", { light: true, fresh: true, vars: { coordinator, when } });
  return true;
}

/** More of the wish for another time: kept after what they said before it on the meeting's row (200 characters at most). */
async function addsToWish(s: TurnServices, lately: NonNullable<TurnServices["memory"]["meetingChanged"]>, text: string): Promise<void> {
  const words = (lately.words ? `${lately.words} / ${text.trim()}` : text.trim()).slice(0, 200);
  s.effects.push({ kind: "update-meeting", meetingId: lately.meetingId, status: "reschedule-requested", requestedTime: words });
  await s.remember({ meetingChanged: { ...lately, words } });
}

/**
 * The agreed meeting changed in the participant's words: marked (cancelled, or another time asked for in their
 * words), the team asked, and remembered so that what follows soon after adds to it. Whom and when to name back.
 */
async function markChanged(s: TurnServices, m: AgreedMeetingView, reading: "move" | "cancel", text: string): Promise<{ coordinator: string; when: string }> {
  s.effects.push(
    reading === "move"
      ? { kind: "update-meeting", meetingId: m.meetingId, status: "reschedule-requested", requestedTime: text.trim().slice(0, 200) }
      : { kind: "update-meeting", meetingId: m.meetingId, status: "cancelled" },
  );
  askTeamForNewTime(s);
  const coordinator = m.coordinatorFirstName ?? coordinatorInSentence(s);
  await s.remember({ meetingChanged: { meetingId: m.meetingId, at: s.now.toISOString(), coordinator, ...(reading === "move" ? { words: text.trim().slice(0, 200) } : {}) } });
  return { coordinator, when: formatMeetingTime(new Date(m.startsAt), s.participant.language, m.timeZone) };
}

/**
 * "funkar inte onsdag ändå, kan vi ta torsdag?" after a yes to Wednesday, days before it and unreminded: the agreed
 * meeting is moved as a proposal is (a tester's got "hänger inte riktigt med", the meeting stayed booked with its
 * reminders and the coordinator would have gone alone): marked for another time in their words, its reminders
 * gone with the mark (apply-effects), the team asked, and the day they want said back with the reminders' end.
 * Only with the meeting's own day named (movesMeetingDay): a day said in passing moves nothing.
 */
async function movesAgreedMeeting(dc: DialogContext, text: string): Promise<boolean> {
  // Words first: most messages wish for no other time, and need no look-up.
  if (!wishedMeetingTime(text) && !refusedMeetingDay(text)) return false;
  const s = services(dc.context);
  const m = await s.lookups.agreedMeeting();
  if (!m) return false;
  const wish = movesMeetingDay(text, weekdayIn(new Date(m.startsAt), m.timeZone));
  if (!wish) return false;
  const { coordinator, when } = await markChanged(s, m, "move", text);
  const day = wish.weekday ? weekdayName(wish.weekday, s.participant.language) : undefined;
  await dc.context.sendActivity(message(s.t(day ? "meeting.agreedDayMoved" : "meeting.reminderMoved", { coordinator, when, day: day ?? "" })));
  return true;
}

// "e här typ", "är framme", "im here" said at the meeting's time: there, which is a step worth joy.
const ARRIVED = /^((ok|okej|aa|nu|hej|yo|tja|jag|ja|i) )*(e|ar|am|m|im|i m)? ?(har|framme|pa plats|here|there)( (nu|typ|now|lol|assa|vid \w+|at \w+))*$/;
/** How close to a meeting's start "e här" is read as being there for it. */
const AROUND_START_MS = 60 * 60_000;

/** "e här typ" at the meeting place, around its time: glad they came (it got "förstår inte allt"). */
export async function greetsArrival(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || !ARRIVED.test(fold(text))) return false;
  const m = await s.lookups.agreedMeeting();
  if (!m || Math.abs(Date.parse(m.startsAt) - s.now.getTime()) > AROUND_START_MS) return false;
  await dc.context.sendActivity(message(s.t("meeting.arrived", { coordinator: m.coordinatorFirstName ?? coordinatorInSentence(s) })));
  return true;
}
