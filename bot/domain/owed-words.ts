// Which of the young person's words are left for a person to answer: the one rule the hand-back asks by
// (bot/staff/handoff.ts unansweredByStaff: the route and Slack refuse a hand-back over them, the page asks with the quote)
// and the word at the hand-back passes on to the team (dialogs/handed-back.ts). Read from what they wrote since anyone
// from the team last wrote (bot/db/messages.ts writtenSinceStaff).
import { isFiller } from "../../dialogs/shared/waiting-words.js";
import { closes } from "../../dialogs/shared/understand-free.js";
import { takesBackRequestMadeAt } from "../../dialogs/shared/understand-take-back.js";

/** A message of theirs as the rule reads it (writtenSinceStaff). */
export interface WrittenWords {
  body: string;
  at: Date;
  falseAlarm: boolean;
  botAnswered: boolean;
  raised: boolean;
  requestedAt: Date | null;
  flagged: boolean;
}

/**
 * The newest of `written` (newest first) that a person owes an answer, or null. A bare "ok", "tack" or emoji needs none; a
 * message a coordinator marked a false alarm has been read and judged (the mark offers the hand-back); what the bot answered
 * before anyone took over needs no person unless it asked for one or was flagged (Mira's onboarding answers asked the
 * coordinator "Lämna tillbaka ändå?" for nothing); nor does a request for a person they took back (takenBack).
 */
export function owedWords<W extends WrittenWords>(written: readonly W[]): W | null {
  const newest = takenBack(written.filter((m) => !isFiller(m.body) && !closes(m.body))).find((m) => !m.botAnswered || m.raised);
  return newest && !newest.falseAlarm ? newest : null;
}

/**
 * `written` (newest first, without nods and thanks) less a request for a person they took back, as the dialogs hear it
 * (understand-take-back.ts: "nej vänta, behövs inte", "never mind"; loose words only soon after asking, later they may be
 * giving up): the take-back, and what they wrote from the request on, are left out; before it, what the bot answered is
 * raised for a person by that request no longer. A crisis or concern flag is not theirs to take back (dialogs/waiting.ts
 * tookRequestBack): a flagged message stays, and a take-back on a flagged conversation is none.
 */
function takenBack<W extends WrittenWords>(written: W[]): W[] {
  const [newest, ...older] = written;
  if (!newest || newest.flagged || !newest.requestedAt || !takesBackRequestMadeAt(newest.body, newest.requestedAt, newest.at)) return written;
  const asked = newest.requestedAt.getTime();
  return older.flatMap((m) => (m.at.getTime() >= asked ? (m.flagged ? [m] : []) : [{ ...m, raised: m.flagged }]));
}
