// Outside office hours a crisis flag also goes to the team's on-call phone and/or Slack channel, if
// the team has set them. The alerts are rows written in the flag's own transaction (so a crash cannot
// lose one), one per flagged message and channel (so a retried turn cannot double one), and carry no
// participant's words or name: only that a flag waits in Tillit, with the inbox link.
import type { SqlExecutor } from "../db/sql.js";
import { insertOnCallAlert, teamOnCallOf, type TeamOnCall } from "../db/on-call-alerts.js";

export type OnCallTargets = TeamOnCall;

/** The on-call phone and Slack channel of the participant's team, if any is set. */
export async function onCallTargets(sql: SqlExecutor, participantId: number): Promise<OnCallTargets | undefined> {
  const targets = await teamOnCallOf(sql, participantId);
  return targets && (targets.phone || targets.slackChannel) ? targets : undefined;
}

/** Queues the alerts in the caller's transaction; returns how many are new. */
export async function queueOnCallAlerts(tx: SqlExecutor, targets: OnCallTargets, flag: { conversationId: number; messageId: number; now: Date }): Promise<number> {
  let queued = 0;
  for (const [channel, target] of [["sms", targets.phone], ["slack", targets.slackChannel]] as const) {
    if (target) queued += await insertOnCallAlert(tx, { teamId: targets.teamId, ...flag, channel, target });
  }
  return queued;
}

/** What the on-call person reads: nothing about the participant, only where to look (Swedish, the staff's language). */
export function onCallText(publicUrl: string, conversationId: number): string {
  return `Tillit: en krisflagga väntar i inkorgen. Öppna: ${publicUrl}/staff#/c/${conversationId}`;
}
