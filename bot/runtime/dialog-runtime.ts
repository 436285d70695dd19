// Runs one participant message through botbuilder-dialogs. Together with tillit-adapter.ts and
// dialog-state-storage.ts, this is the only part of bot/ that imports the Bot Framework SDK.
import { ActivityTypes, ConversationState, type Activity, type TurnContext } from "botbuilder";
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from "botbuilder-dialogs";
import type { Sql } from "../db/sql.js";
import { deleteDialogStates, readDialogStates } from "../db/dialog-state.js";
import type { LanguageModel } from "../language-model/language-model.js";
import { variedTranslator, type Locales } from "../infrastructure/i18n.js";
import { fitsTwoSegments } from "../domain/sms-segments.js";
import { attachServices, type ConversationMemory, type RetentionPromise, type TurnServices } from "../../dialogs/turn-services.js";
import { ownQuestionsWait } from "../../dialogs/offers.js";
import { DialogStateStorage } from "./dialog-state-storage.js";
import { TillitAdapter } from "./tillit-adapter.js";
import { withTransaction } from "./transaction-scope.js";
import type { BotReply, DialogRuntime, TurnInput, TurnLookups, TurnOutcome } from "./turn-types.js";

// One channel id for every transport, so SMS and web chat continue the same dialog state.
const CHANNEL_ID = "tillit";

interface StackEntry {
  id: string;
  state?: { dialogs?: { dialogStack?: StackEntry[] } };
}

// ConversationState keeps one storage item per conversation: "<channel>/conversations/<id>/<namespace>"
// (the namespace is empty, so the key ends with a slash; the key without it is an older shape).
function stateKeys(conversationId: number): string[] {
  const key = `${CHANNEL_ID}/conversations/${conversationKey(conversationId)}`;
  return [key, `${key}/`];
}

const DEFAULT_RETENTION: RetentionPromise = { afterDischargeMonths: 6, unconsentedMessageDays: 30, noContactMonths: 12 };

/** `root`: the dialog every turn begins or continues (app.ts gives it the main dialog); the runtime knows no dialog by name. */
export function createDialogRuntime(sql: Sql, locales: Locales, root: Dialog, options: { languageModel?: LanguageModel; retention?: RetentionPromise } = {}): DialogRuntime {
  const model = options.languageModel;
  const adapter = new TillitAdapter();
  const conversationState = new ConversationState(new DialogStateStorage(sql));
  const dialogState = conversationState.createProperty<DialogState>("dialogState");
  const memory = conversationState.createProperty<ConversationMemory>("memory");
  const dialogs = new DialogSet(dialogState);
  dialogs.add(root);

  return {
    async stopDialogs(tx, conversationId) {
      await deleteDialogStates(tx, stateKeys(conversationId));
    },
    async innermostDialog(conversationId) {
      return innermostOf(await readDialogStates(sql, stateKeys(conversationId)));
    },
    async openDialogs(conversationId) {
      return openOf(await readDialogStates(sql, stateKeys(conversationId)));
    },
    async numbersDeclined(conversationId) {
      return Boolean(memoryOf(await readDialogStates(sql, stateKeys(conversationId))).numbersDeclined);
    },
    async ownQuestionsWait(conversationId, lastMessageAt, now) {
      const rows = await readDialogStates(sql, stateKeys(conversationId));
      return ownQuestionsWait(memoryOf(rows), innermostOf(rows), lastMessageAt, now);
    },
    async runTurn(input: TurnInput, lookups: TurnLookups): Promise<TurnOutcome> {
      // What this person was last sent, growing as the turn sends: no phrasing goes out twice in a row.
      const sent = [...input.conversation.recentTexts];
      const prefaces: string[] = [];
      // Messages sent so far this turn, and where a lead went among them (foldLead).
      let messagesSent = 0;
      let leadAt: number | undefined;
      // One model reply per text and turn, however many steps ask for it.
      const modelReplies = new Map<string, Promise<string | undefined>>();
      const services: TurnServices = {
        participant: input.participant,
        conversation: input.conversation,
        t: variedTranslator(locales, input.participant.language, sent),
        tIn: (language) => variedTranslator(locales, language, sent),
        preface: (text) => void prefaces.push(text),
        lead: async () => {},
        effects: [],
        lookups,
        now: input.now,
        modelIntent: input.modelIntent,
        concern: input.concern,
        flagged: input.flagged,
        laterStored: input.laterStored,
        modelAvailable: model !== undefined,
        retention: options.retention ?? DEFAULT_RETENTION,
        memory: {},
        remember: async () => {},
        freeTextReply:
          model && input.participant.modelAllowed
            ? (text) => {
                let reply = modelReplies.get(text);
                if (!reply) modelReplies.set(text, (reply = model.reply(text, { language: input.participant.language, name: input.participant.preferredName })));
                return reply;
              }
            : undefined,
      };
      const { context, outgoing } = await adapter.runTurn(toActivity(input), async (ctx) => {
        // Read without a default, so a conversation that keeps nothing gets no state written for it.
        services.memory = (await memory.get(ctx)) ?? {};
        services.remember = async (patch) => {
          services.memory = { ...services.memory, ...patch };
          await memory.set(ctx, services.memory);
        };
        services.lead = async (text) => {
          leadAt = messagesSent;
          await ctx.sendActivity({ type: ActivityTypes.Message, text });
        };
        attachServices(ctx, services);
        ctx.onSendActivities(async (_ctx, activities, next) => {
          withPrefaces(activities, prefaces, sent);
          messagesSent += activities.filter(isMessage).length;
          return next();
        });
        const dc = await dialogs.createContext(ctx);
        if (input.start) {
          // A proactive dialog replaces whatever was open: the participant gets one thread at a time.
          await dc.cancelAllDialogs();
          await dc.beginDialog(root.id, { start: input.start });
        } else {
          const result = await dc.continueDialog();
          if (result.status === DialogTurnStatus.empty) await dc.beginDialog(root.id);
        }
        // A preface nothing followed is said on its own: a turn never ends in silence because of it.
        if (prefaces.length) await sendAlone(ctx, prefaces);
      });
      return {
        replies: foldLead(outgoing.filter(isMessage).map(toReply), leadAt),
        effects: services.effects,
        saveState: (tx) => withTransaction(tx, () => conversationState.saveChanges(context)),
      };
    },
  };
}

const conversationKey = (conversationId: number) => `conversation-${conversationId}`;

/** The dialogs' memory of the conversation, as stored with its dialog state (empty when none is kept). */
function memoryOf(rows: { data: string }[]): ConversationMemory {
  return rows.map((row) => (JSON.parse(row.data) as { memory?: ConversationMemory }).memory).find(Boolean) ?? {};
}

/** The innermost dialog open in the stored states (the one the next message answers), if any. */
function innermostOf(rows: { data: string }[]): string | undefined {
  return openOf(rows).at(-1);
}

/** The dialogs open in the stored states, outermost first, down to the innermost. */
function openOf(rows: { data: string }[]): string[] {
  let open: string[] = [];
  for (const row of rows) {
    // The active dialog is the last on a stack; a component dialog keeps its own stack in its state:
    // { id, state: { dialogs: { dialogStack } } }.
    let stack = (JSON.parse(row.data) as { dialogState?: { dialogStack?: StackEntry[] } }).dialogState?.dialogStack;
    const path: string[] = [];
    while (stack?.length) {
      const top: StackEntry = stack[stack.length - 1]!;
      path.push(top.id);
      stack = top.state?.dialogs?.dialogStack;
    }
    if (path.length) open = path;
  }
  return open;
}

/**
 * Puts pending prefaces in front of the first message going out, and records what was sent. A preface
 * that would push the message past two SMS segments is left out rather than sent apart: a third
 * message in the turn would be held back by the two-unanswered rule, and it could be the question.
 */
function withPrefaces(activities: Partial<Activity>[], prefaces: string[], sent: string[]): void {
  for (const a of activities) {
    if ((a.type ?? ActivityTypes.Message) !== ActivityTypes.Message || !a.text) continue;
    if (prefaces.length) {
      const joined = withPrefacesSaid(prefaces.splice(0).join(" "), a.text);
      if (fitsTwoSegments(joined, toReply(a).choices)) a.text = joined;
    }
    a.text = withoutRepeatedOpening(a.text, sent.at(-1));
    sent.push(a.text);
  }
}

// A message's opening hello: "Hej!", "Hej igen!", "Hej Julia!", "Hi again!".
const GREETING = /^(?:hej|hejsan|hallå|tjena|hi|hello|hey)(?: igen| again| [A-ZÅÄÖ][\p{L}-]*)?!\s+/iu;

/**
 * A preface in front of a message, as one text that reads as one: a hello the message opens with comes
 * first, never in the middle ("…svarar nu igen. Vill du nå Maja, skriv … Hej! Skönt att du skriver." read
 * as two messages glued together), and once (a preface that greets already keeps its own hello).
 */
export function withPrefacesSaid(preface: string, text: string): string {
  const hello = GREETING.exec(text)?.[0];
  if (!hello) return `${preface} ${text}`;
  const rest = text.slice(hello.length);
  return GREETING.test(`${preface} `) || namesAgain(hello, preface) ? `${preface} ${rest}` : `${hello}${preface} ${rest}`;
}

/**
 * The message's hello names the person ("Hi Sam!") and the preface already did ("Great to hear from you, Sam!"):
 * the name is said once, in the welcome ("Hi Sam! Great to hear from you, Sam! How are you today…" after a week
 * away, session 22's tester).
 */
function namesAgain(hello: string, preface: string): boolean {
  const name = / ([A-ZÅÄÖ][\p{L}-]*)!\s*$/u.exec(hello)?.[1];
  return name !== undefined && new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "u").test(preface);
}

/** Sentences, each with its end mark: "Feeling lonely is heavy. Good that you are writing. Shall I …". */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((t) => t.length > 0);
}

/** A sentence this short ("Hej!", "Okej.") may open two messages in a row; a longer one may not. */
const REPEATABLE_OPENING = 15;

/**
 * Never the same line twice in a row, at the level of sentences: a message opening with the sentences the
 * previous one opened with ("Feeling lonely is heavy. Good that you are writing." twice, each followed by
 * something else) goes out without them. A phrasing chosen per key (translateVaried) cannot see this when
 * the key has one phrasing and what follows it differs, so the whole-text check missed it.
 */
export function withoutRepeatedOpening(text: string, previous: string | undefined): string {
  if (!previous) return text;
  const mine = sentences(text);
  const theirs = sentences(previous);
  let same = 0;
  // A sentence with a number in it (when someone reads, a phone number) is what the message is for, not its
  // phrasing: it stays, repeated or not (a crisis's "läser det i morgon från kl 08:00" went missing).
  while (same < mine.length - 1 && same < theirs.length && mine[same] === theirs[same] && !/\d/.test(mine[same]!)) same++;
  if (same === 0 || mine.slice(0, same).join(" ").length < REPEATABLE_OPENING) return text;
  return mine.slice(same).join(" ");
}

async function sendAlone(ctx: TurnContext, prefaces: string[]): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.Message, text: prefaces.splice(0).join(" ") });
}

function toActivity(input: TurnInput): Partial<Activity> {
  return {
    type: input.start ? ActivityTypes.Event : ActivityTypes.Message,
    ...(input.start ? { name: "tillit.start", value: input.start } : {}),
    id: String(input.messageId),
    channelId: CHANNEL_ID,
    conversation: { id: conversationKey(input.conversationId), isGroup: false, conversationType: "personal", name: "" },
    from: { id: `participant-${input.participant.id}`, name: "", role: "user" },
    recipient: { id: "tillit", name: "Tillit", role: "bot" },
    text: input.text,
    locale: input.participant.language === "en" ? "en-GB" : "sv-SE",
    timestamp: input.receivedAt,
    serviceUrl: "",
  };
}

const isMessage = (a: Partial<Activity>): boolean => (a.type ?? ActivityTypes.Message) === ActivityTypes.Message && Boolean(a.text);

/**
 * A lead (TurnServices.lead) is its own message when at most one follows it; when two do, it goes in front of the first
 * of them, so the turn still sends two and the last (often the question) is not held back by the two-unanswered rule.
 * A reviewer: after a staff raise, a two-message answer under the staff-raise line made three in one turn.
 */
export function foldLead(replies: BotReply[], leadAt: number | undefined): BotReply[] {
  if (leadAt === undefined || replies.length - leadAt <= 2) return replies;
  const [lead, next] = [replies[leadAt]!, replies[leadAt + 1]!];
  return [...replies.slice(0, leadAt), { ...next, text: `${lead.text} ${next.text}` }, ...replies.slice(leadAt + 2)];
}

function toReply(activity: Partial<Activity>): BotReply {
  const choices = activity.suggestedActions?.actions?.map((a) => String(a.title ?? a.value));
  return choices?.length ? { text: activity.text ?? "", choices } : { text: activity.text ?? "" };
}
