// What Tillit writes to coordinators in Slack (Swedish, the staff's working language), as Block Kit.
// Participant text is sent as plain_text or escaped mrkdwn, so nothing a participant writes can
// mention @channel or format links.
const reasons: Record<string, string> = {
  asked: "vill prata med en person",
  "consent-questions": "har frågor om samtycket",
  unclear: "blev inte förstådd två gånger",
  meeting: "vill ändra ett möte",
  reminders: "vill ändra sina påminnelser",
  message: "har ett besked till dig (läs senaste meddelandet)",
  concern: "vill att någon hör av sig (oro)",
  "erasure-request": "vill att allt om hen raderas (en teamledare gör det i inkorgen)",
  "same-person": "vill ha samma person som förut (läs senaste meddelandet)",
};

const concernWords: Record<string, string> = {
  hopelessness: "hopplöshet", exhaustion: "utmattning", sleep: "sömn", food: "mat", "home-conflict": "bråk hemma", loneliness: "ensamhet",
  housing: "boende", money: "pengar", control: "kontrolleras av någon nära", "low-check-in": "mycket låg incheckning utan sömn eller mat", "low-check-ins": "flera låga incheckningar i rad", "heavy-check-in": "tungt svar i en incheckning",
  model: "språkmodellens bedömning",
  // What raised it, said as the inbox says it (bot/web/staff/flag-words.js): in brackets after what it is about.
  "trained-screen": "skärmen",
  burst: "flera meddelanden i rad tillsammans",
  "after-crisis": "ett meddelande boten inte förstod, efter en kris",
  urgent: "skrev att det är bråttom medan hen väntade på en person",
  "raised-by-staff": "markerad av någon i teamet",
};

const sources = new Set(["trained-screen", "raised-by-staff"]);

/** "ORO: sömn, mat", "ORO: bråk hemma (skärmen)": what a concern flag is about, in the staff's words, and what raised it. */
export function describeConcern(reasons: string[]): string {
  const words = (list: string[]) => list.map((r) => concernWords[r] ?? r).join(", ");
  const about = words(reasons.filter((r) => !sources.has(r)));
  const by = words(reasons.filter((r) => sources.has(r)));
  return `ORO: ${about && by ? `${about} (${by})` : about || by}`;
}

export function describeReason(reason: string | null): string {
  if (!reason) return "behöver en människa";
  if (reason === "crisis:raised-by-staff") return "KRIS: markerad av någon i teamet (skärmen missade den)";
  if (reason.startsWith("crisis:")) return "KRIS: kan vara i fara (" + reason.slice(7).split(",").join(", ") + ")";
  return reasons[reason] ?? reason;
}

/** Slack mrkdwn escaping: &, < and > are the only control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export const CLAIM_ACTION = "tillit_claim";
export const HAND_BACK_ACTION = "tillit_hand_back";

export function handoffBlocks(input: { name: string; reason: string | null; crisis: boolean; concern?: string[]; context: string[]; inboxUrl: string; conversationId: number; claimedBy?: string }) {
  const headline = input.crisis
    ? `:rotating_light: ${input.name}: ${describeReason(input.reason)}`
    : input.concern
      ? `:large_yellow_circle: ${input.name}: ${describeConcern(input.concern)}`
      : `${input.name} ${describeReason(input.reason)}`;
  const context = input.context.length ? input.context.map((line) => `> ${escapeMrkdwn(line)}`).join("\n") : "_Inga meddelanden ännu._";
  return {
    text: headline,
    blocks: [
      { type: "section", text: { type: "plain_text", text: headline.slice(0, 3000) } },
      { type: "section", text: { type: "mrkdwn", text: context.slice(0, 3000) } },
      { type: "context", elements: [{ type: "mrkdwn", text: input.claimedBy ? `Tas om hand av ${escapeMrkdwn(input.claimedBy)}. Svara i tråden så skickas svaret till deltagaren.` : `<${input.inboxUrl}|Öppna i inkorgen>` }] },
      {
        type: "actions",
        elements: [
          ...(input.claimedBy ? [] : [{ type: "button", style: "primary", action_id: CLAIM_ACTION, value: String(input.conversationId), text: { type: "plain_text", text: "Ta över" } }]),
          { type: "button", action_id: HAND_BACK_ACTION, value: String(input.conversationId), text: { type: "plain_text", text: "Lämna tillbaka till boten" } },
        ],
      },
    ],
  };
}

export const slackCopy = {
  participantSays: (name: string, text: string) => `*${escapeMrkdwn(name)}:* ${escapeMrkdwn(text)}`,
  takenOver: (who: string, where: string) => `${escapeMrkdwn(who)} tog över (${where}). Boten är tyst.`,
  requestWithdrawn: "Deltagaren tog tillbaka sin förfrågan om en människa. Boten svarar igen; läs gärna tråden.",
  handedBack: (who: string) => `${escapeMrkdwn(who)} lämnade tillbaka till boten.`,
  coordinatorReplied: (who: string, text: string) => `_${escapeMrkdwn(who)} svarade i inkorgen:_ ${escapeMrkdwn(text)}`,
  crisisDuringTakeover: "KRIS: det senaste meddelandet kan betyda att deltagaren inte är säker. Hjälpnummer har skickats.",
  idle: (mention: string) => `${mention} Det har varit tyst i ett dygn sedan övertagandet. Hör av dig personligen, eller lämna tillbaka till boten?`,
  unmapped: "Ditt Slack-konto är inte kopplat till ett konto i Tillit, så inget skickades. Be en administratör koppla det (staff:create --slack-user).",
  noAccess: "Du har inte tillgång till den här deltagarens team, så inget skickades.",
  // A crisis nobody has taken over is not handed back (bot/staff/handoff.ts handBackRefusal).
  crisisNotTakenOver: "Ingen har tagit över det här krissamtalet än, så det lämnas inte tillbaka till boten. Ta över först, eller markera meddelandet som falsklarm i inkorgen.",
  // The young person's last message has no answer from the team (bot/staff/handoff.ts unansweredByStaff).
  unanswered: (quote: string) => `Ungdomens senaste meddelande är obesvarat ("${escapeMrkdwn(quote)}"), så samtalet lämnades inte tillbaka till boten. Svara först i tråden, eller lämna tillbaka från inkorgen om det inte behöver något svar.`,
  // Handed back, but the young person was not told at once that Tillit answers again (bot/staff/handoff.ts HandBackTold).
  handedBackUntold: {
    "unanswered-limit": "Lämnat tillbaka till boten. Ungdomen har redan två obesvarade meddelanden från Tillit, så inget mer skickades nu: hen får veta att Tillit svarar igen när hen skriver nästa gång.",
    "not-sent": "Lämnat tillbaka till boten. Ungdomen har avböjt meddelanden (STOPP), så inget skickades.",
    later: "Lämnat tillbaka till boten. Beskedet att Tillit svarar igen går ut inom några minuter, om ungdomen inte skriver först.",
  },
  optedOut: "Deltagaren har avböjt meddelanden (STOPP), så inget skickades.",
  notSent: "Svaret kunde inte skickas. Försök igen i inkorgen.",
};
