// "radera mina uppgifter": where a deletion request goes from the conversation. The deletion flow
// itself (a dialog that confirms, an erasure request the team carries out) belongs to the privacy
// side (issue 14); until its dialog is wired here, the request reaches a person at once and the
// participant is told so, truthfully, instead of being misunderstood.
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { services } from "./turn-services.js";

export async function routeErasureRequest(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "asked" });
  await dc.context.sendActivity(message(s.t("deleteRequest.toTeam")));
}
