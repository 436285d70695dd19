// The shapes crossing between the conversation core and the dialog runtime. Nothing here depends on
// botbuilder, so a move to another dialog SDK keeps these contracts.
import type { Channel, Language, ParticipantRequest, ParticipantStatus } from "../domain/vocabulary.js";
import type { SqlExecutor } from "../db/sql.js";
import type { OfficeHours } from "../domain/office-hours.js";

/** How often reminders may come (Participant.reminderPace). */
export type ReminderPace = "as-planned" | "weekly";

export interface ParticipantView {
  id: number;
  preferredName: string | null;
  language: Language;
  status: ParticipantStatus;
  coordinatorFirstName: string | null;
  /** The team's name ("Ungdomsporten"), said where the team is meant; null without a team. */
  teamName: string | null;
  onboarded: boolean;
  /** Consented to the language model, separately (and to data processing): only then may a model see their messages. */
  modelAllowed: boolean;
  /** The latest answer to the data-processing consent question; null while it has not been answered. Without true no dialog collects answers. */
  dataConsent: boolean | null;
  /** When a person on the participant's team reads messages (the default hours without a team). */
  officeHours: OfficeHours;
  /** Discharged, and the six months of follow-up not declined: "nej tack" declines them (dialogs/discharge.dialog.ts). */
  followUpOpen: boolean;
  /** How often Tillit may write of its own, as stored before this turn: "vad valde jag förra gången" is answered from it. */
  reminderPace: ReminderPace;
  /** Reminders (the check-ins Tillit offers of its own) are off: only answers when they write, and meeting reminders. */
  remindersOff: boolean;
}

/** Reads a dialog may need on some routes only; run on demand, inside the turn. */
export interface TurnLookups {
  /** Mapping topics the participant has already talked about. */
  mappedTopics(): Promise<string[]>;
  /** Mapping topics with at least one answer given (not only skipped): what the participant has told. */
  toldTopics(): Promise<string[]>;
  /** The active action plan, with its open sub-goals. */
  actionPlan(): Promise<ActionPlanView | null>;
  /** The small step chosen in a recent check-in that has not been asked about since. */
  openSmallStep(): Promise<SmallStepView | null>;
  /** What the participant chose or was offered earlier (the small step, the plan, a coordinator's words), to know "den där promenaden". */
  chosenEarlier(): Promise<ChosenEarlierView>;
  /** Moods of the participant's earlier check-ins in the last weeks, newest first (for a run of low ones). */
  recentMoods(): Promise<number[]>;
  /** An erasure request of the participant's is already waiting for the team. */
  erasureRequested(): Promise<boolean>;
  /** The next meeting that still stands, if any. */
  nextMeeting(): Promise<NextMeetingView | null>;
  /** The first name of the person from the team a meeting of the participant's is with (who proposed it), if one is named on it. */
  meetingCoordinator(meetingId: number): Promise<string | null>;
  /** The next agreed meeting (not begun over an hour ago), with whether a reminder of it has gone out. */
  agreedMeeting(): Promise<AgreedMeetingView | null>;
  /** The first name of the staff member who last wrote in this conversation, if anyone has. */
  lastStaffWriter(): Promise<string | null>;
  /** The first name of the person from the team the participant last talked with or met (any conversation), if anyone. */
  personKnown(): Promise<string | null>;
  /** The first names of the people on the participant's team, and of anyone from the team who wrote to or met them. */
  teamStaffNames(): Promise<string[]>;
  /**
   * Who wrote first to the participant, across their conversations: "outreach" (a list the team
   * imported, bot/nudges/outreach-import.ts, and its first SMS went out), "team" (Tillit or a
   * coordinator wrote first, the source of the number not recorded), "participant" (they wrote first).
   */
  firstContact(): Promise<FirstContact>;
  /** The crisis flags the safety screen raised in this conversation since then: when, the categories each recorded, and whether it was told of someone else. */
  crisisFlagsSince(since: Date): Promise<{ at: Date; categories: string[]; aboutAnother: boolean; fromAfar: boolean; fromFamily: boolean; body: string | null }[]>;
  /** A coordinator wrote to or met the participant since the conversation's last crisis flag. */
  personSinceCrisis(): Promise<boolean>;
  /** The first name of the person from the team who wrote in this conversation since its last crisis flag, if anyone. */
  staffWriterSinceCrisis(): Promise<string | null>;
  /** The crisis a coordinator last raised by marking a missed one, if any: when, and whether anything was sent to the participant since. */
  staffRaisedCrisis(): Promise<{ at: Date; toldSince: boolean } | null>;
  /** The participant is known to be under 18 (the profile, or an age they told): BRIS first (bot/core/known-age.ts). */
  knownMinor(): Promise<boolean>;
  /** The participant is known to be 18 or over (the profile, or an age they told): no under-18 sentence in trust answers. */
  knownAdult(): Promise<boolean>;
  /** When a coordinator last handed the conversation back to the bot, if ever. */
  handedBackAt(): Promise<Date | null>;
  /**
   * A crisis was standing when the conversation was last handed back, within the days after it (bot/domain/after-crisis.ts):
   * the flag the inbox keeps as "Kris nyligen" (transitions.ts handBack): its reason ("crisis:suicide"), or null.
   */
  recentCrisis(): Promise<string | null>;
  /**
   * What the participant wrote after the last message sent to them and before this one, oldest first (at
   * most five): after a hand-back, the messages the coordinator left unanswered ("nej inte ringa", "skriv bara").
   */
  writtenSinceLastSent(): Promise<string[]>;
  /**
   * Something they wrote before this message is owed a person's answer, by the rule a hand-back asks by
   * (bot/domain/owed-words.ts): not a nod or a thanks, nor a request for a person they took back ("nej vänta, behövs inte").
   */
  owedToPerson(): Promise<boolean>;
  /**
   * When "senare" would bring the reminder of the last day back (ISO), and whether that is still today;
   * null when there is none to bring back (bot/nudges/participant-wishes.ts, the same rule the effect applies).
   */
  reminderLater(): Promise<{ at: string; sameDay: boolean } | null>;
  /** The dialog of a reminder put off with "senare" that has not come again yet ("nu" begins it). */
  postponedDialog(): Promise<StartableDialog | null>;
}

export type FirstContact = "outreach" | "team" | "participant";

export interface NextMeetingView {
  /** ISO time. */
  startsAt: string;
  location: string | null;
  /** proposed (not answered yet) | confirmed | reschedule-requested (another time asked for) | cancelled (by the team, still to have come). */
  status: string;
  timeZone: string;
  /** The coordinator the meeting is with, when one is named on it. */
  coordinatorFirstName: string | null;
}

export interface AgreedMeetingView {
  meetingId: number;
  /** ISO time. */
  startsAt: string;
  location: string | null;
  timeZone: string;
  coordinatorFirstName: string | null;
  /** A reminder of it has been sent ("Svara om något har ändrats"). */
  reminded: boolean;
}

/** What the participant chose or agreed to earlier, in the words it was written (read when they refer to it). */
export interface ChosenEarlierView {
  /** The small step of the last check-in that chose one, not long ago, asked about since or not ("walk", "bus", "call"). */
  smallStep: string | null;
  /** The active plan's main activity, the participant's own open sub-goals and its optional items. */
  planItems: string[];
  /** What people from the team wrote to them lately, newest first: who, and their words. */
  staffWords: { firstName: string; text: string }[];
}

export interface SmallStepView {
  checkInId: number;
  /** A value of the smallStep choice set ("walk", "bus", "call"). */
  step: string;
}

/** What the turn knows about the conversation so far, read by the core before the dialogs run. */
export interface ConversationView {
  /**
   * A person is awaited: the participant asked for one (or the safety screen did), or a coordinator
   * took over but is not active now. The bot then only answers questions and acknowledges now and then.
   */
  waiting: boolean;
  /** A coordinator has taken the conversation (active or gone quiet): what is written is meant for them. */
  takenOver: boolean;
  /** Why and since when the conversation waits for a person (no one has taken it yet); null otherwise. */
  request: { reason: string; since: Date } | null;
  /** The texts last sent to the participant in this conversation, oldest first (never repeat a line). */
  recentTexts: string[];
  /** The choices the last message to the participant offered, if any ("1" then means the first). */
  lastChoices: string[] | null;
  /** When the participant last wrote before this message; null for their first. */
  previousInboundAt: Date | null;
  /** Tillit has answered in this conversation before (a greeting is not repeated). */
  spokenBefore: boolean;
  /** When Tillit itself last wrote (not a coordinator), and how many messages the participant sent since, this one included. */
  lastAutomatedAt: Date | null;
  inboundSinceAutomated: number;
  /** A coordinator handed the conversation back and their words were the last thing sent: the bot says it is the bot again. */
  backFromPerson: boolean;
  /** The young person was told at the hand-back that Tillit answers again, and what was left unanswered then passed on. */
  handBackTold: boolean;
  /** A coordinator handed back a conversation whose last texts include a crisis reply: no scripted check-in starts on its own. */
  afterCrisis: boolean;
  /** The last text sent was a crisis reply that asked something (its choices are lastChoices): the phone-safety offer. */
  crisisQuestionOpen: boolean;
}

export interface ActionPlanView {
  mainActivity: string;
  weeklySchedule: string | null;
  /** ISO time. */
  nextFollowUpAt: string | null;
  optionalItems: string[];
  /** The participant's own sub-goals not yet done (open or stuck), asked about one by one. */
  openSubGoals: { id: number; text: string }[];
  /** Sub-goals the coordinator or another agency does, not yet done; agency is the agency's name. */
  othersSubGoals: { text: string; owner: "coordinator" | "agency"; agency: string | null }[];
}

/** Dialogs that can be begun from outside a participant's message; each dialog file's id satisfies this. */
export type StartableDialog = "check-in" | "self-rating" | "mapping" | "meeting" | "action-plan" | "discharge" | "burst-pause" | "handed-back";

/** Dialogs that collect the participant's answers: only with consent to data processing. */
export const answerCollectingDialogs: readonly StartableDialog[] = ["check-in", "self-rating", "mapping", "action-plan"];

/** A dialog begun from outside a participant's message (a coordinator's proposal, a nudge). */
export interface DialogStart {
  dialog: StartableDialog;
  options?: Record<string, unknown>;
}

export interface TurnInput {
  conversationId: number;
  /** Set for a proactive turn; `text` is then empty and nothing inbound is answered. */
  start?: DialogStart;
  /** The core's clock: dialogs never read the wall clock. */
  now: Date;
  /** What a language model understood the message to want, if its answer has arrived (it is never waited for). */
  modelIntent?: () => ModelIntent | undefined;
  /** The safety screen found concern in this message: dialogs offer a human instead of their next question. */
  concern?: { reasons: string[] };
  /** The conversation already carries a concern flag (an offer was made, or a person is on it). */
  flagged?: "concern" | "crisis";
  /**
   * Whether later messages of the conversation were stored before this one's turn (sent together, within seconds): a
   * line that only greets or says it did not understand may wait for them (bot/core/process-turn.ts, dialogs/burst.ts
   * holdForMore). Asked only when a dialog would hold a message; absent where nothing may be held.
   */
  laterStored?: () => Promise<boolean>;
  participant: ParticipantView;
  conversation: ConversationView;
  text: string;
  channel: Channel;
  messageId: number;
  receivedAt: Date;
}

export interface BotReply {
  text: string;
  /** Choice labels; rendered as buttons on the web and numbered options over SMS. */
  choices?: string[];
}

/** Domain writes a dialog asks for; the core applies them in the turn's transaction. */
export type TurnEffect =
  | { kind: "set-preferred-name"; name: string }
  | { kind: "set-language"; language: Language }
  | { kind: "set-status"; status: ParticipantStatus }
  /** Later nudges move into these parts of the day. */
  | { kind: "set-preferred-times"; times: string[] }
  /** Reminders on or off ("påminn mig inte"); meeting reminders go out either way. */
  | { kind: "set-reminders"; on: boolean }
  /** "en gång i veckan": at most one reminder in seven days; "as-planned" undoes it. */
  | { kind: "set-reminder-pace"; pace: ReminderPace }
  /** "Remind me later": the latest reminder comes again in a few hours, at an allowed time. */
  | { kind: "postpone-reminder" }
  /** A burst ended on a word that only carries it on, unanswered: the burst is answered when it pauses (dialogs/burst.ts). */
  | { kind: "await-burst-pause" }
  /** "skriver sen": a reminder due within the next hours waits until later (participant-wishes.ts putOffDueReminders). */
  | { kind: "put-off-due-reminders" }
  /** The participant began this dialog themselves: its reminder put off with "senare" does not come again. */
  | { kind: "cancel-postponed"; dialog: string }
  | { kind: "record-consent"; consent: "data-processing" | "language-model"; granted: boolean; textVersion: string }
  /** "radera mina uppgifter": the request goes to the team at once; `confirmed` when the participant said yes to "are you sure?". */
  | { kind: "request-erasure"; confirmed: boolean }
  | { kind: "complete-onboarding" }
  /** The participant chose to stop all messages in a dialog (as STOPP does); the turn's reply confirms it. */
  | { kind: "opt-out" }
  | { kind: "record-small-step-follow-up"; checkInId: number; outcome: "done" | "partly" | "not-yet" }
  | { kind: "record-check-in"; mood: number | null; betterBecause: string | null; sleep: string | null; food: string | null; movement: string | null; smallStep: string | null }
  | { kind: "record-mapping-answer"; topic: string; question: string; answer: string | null }
  /** exit: the final rating asked at discharge, stored apart (SelfRating.kind) for reports on ratings at exit. */
  | { kind: "record-self-rating"; batteryId: string; statement: string; score: number | null; exit?: boolean }
  /** "Nej tack" to the six months of follow-up after discharge: recorded, and the follow-up stops. */
  | { kind: "decline-follow-up" }
  | { kind: "record-sub-goal-progress"; subGoalId: number; progress: "done" | "partly" | "stuck" | "not-yet" }
  | { kind: "update-meeting"; meetingId: number; status: "confirmed" | "cancelled" | "reschedule-requested"; requestedTime?: string }
  /** The conversation waits for a human; until a coordinator hands it back the bot only answers questions and acknowledges. */
  | { kind: "request-human"; reason: ParticipantRequest }
  /** The participant took their request for a person back: the bot answers again (a concern flag stays). */
  | { kind: "withdraw-request" }
  /** The participant took back their request to be erased, before it was carried out. */
  | { kind: "withdraw-erasure" }
  /** A concern flag: the conversation rises in the inbox (below crisis) until a coordinator hands it back. */
  | { kind: "flag-concern"; reasons: string[] };

export interface TurnOutcome {
  replies: BotReply[];
  effects: TurnEffect[];
  /** Persists the dialog state; called inside the transaction that also writes the outbox. */
  saveState(tx: SqlExecutor): Promise<void>;
}

export type ModelIntent = "human" | "cancel-meeting" | "move-meeting" | "stop-reminders" | "opt-out" | "none";

export interface DialogRuntime {
  runTurn(input: TurnInput, lookups: TurnLookups): Promise<TurnOutcome>;
  /** Ends every open dialog of the conversation (e.g. on a crisis flag), inside the caller's transaction. */
  stopDialogs(tx: SqlExecutor, conversationId: number): Promise<void>;
  /** The innermost dialog open in the conversation (the one the next message answers), if any. */
  innermostDialog(conversationId: number): Promise<string | undefined>;
  /** Every dialog open in the conversation, outermost first (prompts included): whether a question is open under another. */
  openDialogs(conversationId: number): Promise<string[]>;
  /** Whether the person asked for no more help numbers ("sluta skicka nummer"; the dialogs' memory), for what the core says itself. */
  numbersDeclined(conversationId: number): Promise<boolean>;
  /**
   * Whether a question of Tillit's own, begun now (a reminder's check-in), would come on top of an offer of a person
   * standing unanswered (the dialogs' reading, dialogs/offers.ts ownQuestionsWait); `lastMessageAt`: the conversation's.
   */
  ownQuestionsWait(conversationId: number, lastMessageAt: Date | null, now: Date): Promise<boolean>;
}

/** The offer of a person after concern (dialogs/concern-offer.dialog.ts): the core needs its id for "sluta". */
export const CONCERN_OFFER_DIALOG_ID = "concern-offer";

/** The question of how often Tillit writes (dialogs/less-contact.dialog.ts): a STOPP word in answer to it is a plain stop. */
export const LESS_CONTACT_DIALOG_ID = "less-contact";
