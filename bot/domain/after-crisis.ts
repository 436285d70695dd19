// How long a crisis stays "recent" once a person has handed the conversation back: one span, read both by the bot
// (dialogs/turn-services.ts isAfterCrisis: a message not understood is raised for a person, "vad händer nu" answered
// as after a crisis) and by the inbox (a handed-back crisis or concern keeps its marker on the row,
// bot/db/inbox-queries.ts). The team sees what the bot acts on, for as long as it acts on it.

/**
 * The days right after a hand-back, when what the young person writes is read as after a crisis, not a fortnight of
 * it. The bot counts it from the last answer during the crisis wait, the inbox from the hand-back.
 */
export const AFTER_CRISIS_MS = 3 * 24 * 3_600_000;
