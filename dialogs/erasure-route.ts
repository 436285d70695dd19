// "radera mina uppgifter" while a person is awaited: no dialog runs then, so nothing asks "are you
// sure?". The request is recorded at once (marked unconfirmed: the coordinator who picks up the
// conversation can ask) and the participant is told truthfully where it went. Anywhere else the
// request is confirmed first (erasure-request.dialog.ts).
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { services } from "./turn-services.js";

export async function routeErasureRequest(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-erasure", confirmed: false });
  // During a crisis ("ta bort allt vi skrivit", often with someone reading the phone): what the code does.
  // Nothing blocks erasure while a crisis flag stands; the request goes to a team lead, who carries it out
  // within a month or declines with a reason (a hold, e.g. for a report, keeps a record), the thread on the
  // phone is theirs to delete now, and what the team was told has been told (a tester got "Jag hör dig").
  await dc.context.sendActivity(message(s.t(s.flagged === "crisis" ? "deleteRequest.toTeamInCrisis" : "deleteRequest.toTeam")));
}
