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
  await dc.context.sendActivity(message(s.t("deleteRequest.toTeam")));
}
