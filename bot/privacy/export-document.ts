// The registerutdrag as a document a young person can read: Swedish, plain, one section per kind of
// information, and who on the staff has read the record. Standalone HTML (no scripts, no external
// resources); every value is escaped, so nothing a participant wrote can become markup.
import type { ParticipantExport, StaffRead } from "./export-participant.js";

type Row = Record<string, unknown>;

const escapeHtml = (v: unknown) => String(v ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const when = (v: unknown) =>
  v instanceof Date ? new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Stockholm" }).format(v) : v == null ? "" : String(v);
const yes = (v: unknown) => (v === true ? "ja" : v === false ? "nej" : String(v ?? ""));

const words: Record<string, string> = {
  "data-processing": "Att Tillit sparar det du skriver och dina svar", "language-model": "Att en AI-tjänst får läsa dina meddelanden", messages: "Att få meddelanden (STOPP/START)",
  in: "Du", participant: "Du", bot: "Tillit", coordinator: "Personal", system: "Tillit (system)", sms: "sms", webchat: "webbchatt",
  "conversation.viewed": "öppnade samtalet", "participant.profile-viewed": "läste profilen", "participant.exported": "tog ut registerutdrag",
  "inbox.listed": "såg samtalet i inkorgens lista", "inbox.searched": "såg samtalet i en sökning", "conversation.taken-over": "tog över samtalet",
  "conversation.replied": "svarade dig", "conversation.note-added": "skrev en anteckning", "nudges.viewed": "såg påminnelserna",
  "participant.erasure-requested": "bad om att allt raderas", "participant.erasure-approved": "raderade allt", "participant.retention-held": "spärrade mot gallring",
  "conversation.handoff-requested": "bad att få prata med en människa", "conversation.crisis-flagged": "flaggades för kris", "participant.opted-out": "skrev STOPP",
  "participant.consent-recorded": "antecknade ditt svar om att spara",
  teamlead: "teamledare", admin: "administratör",
};
const word = (v: unknown) => words[String(v)] ?? String(v ?? "");
// How an answer was given, in the reader's words (a consent's method column).
const methods: Record<string, string> = {
  chat: "i chatten", keyword: "med STOPP eller START",
  "staff:in-person": "till personal, på plats", "staff:phone": "till personal, i telefon", "staff:chat": "till personal, i chatten",
};
const method = (v: unknown) => methods[String(v)] ?? String(v ?? "");

function table(caption: string, headers: string[], rows: unknown[][]): string {
  if (!rows.length) return `<section><h2>${escapeHtml(caption)}</h2><p class="none">Inget sparat.</p></section>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<section><h2>${escapeHtml(caption)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

function about(p: ParticipantExport["participant"]): string {
  const facts: [string, unknown][] = [
    ["Namn du vill bli kallad", p.preferredName ?? "(inget angivet)"], ["Telefonnummer", p.phone ?? "(inget)"], ["Språk", p.language === "en" ? "engelska" : "svenska"],
    ["Status", { new: "ny", active: "aktiv", paused: "pausad", "opted-out": "har skrivit STOPP", discharged: "avslutad" }[String(p.status)] ?? p.status],
    ["Team", p.team ?? "(inget)"], ["Din koordinator", p.coordinator ?? "(ingen utsedd)"], ["Första kontakt", when(p.createdAt)],
    ["Kontakten avslutades", when(p.dischargedAt) || "(pågår)"], ["STOPP skickat", when(p.optedOutAt) || "nej"], ["Tider som passar", p.preferredTimes ?? ""],
    // The facts kept for outcome reports (bot/outcomes/participant-facts.ts), each optional.
    ["Födelseår", p.birthYear ?? p.ageBand ?? "(inget angivet)"],
    ["Kön", { woman: "kvinna", man: "man", other: "annat", undisclosed: "vill inte uppge" }[String(p.gender)] ?? "(inget angivet)"],
    ["Inskriven", when(p.enrolledAt) || "(samma dag som första kontakt)"], ["Kom till oss via", { kaa: "KAA", "employment-service": "Arbetsförmedlingen", "social-services": "socialtjänsten", school: "skolan", "family-friend": "familj eller vän", self: "du själv", "outreach-list": "uppsökande lista" }[String(p.referralSource)] ?? "(inget angivet)"],
    ["Vårdnadshavares kontakt", p.guardianContact ?? "(ingen)"],
  ];
  return `<section><h2>Om dig</h2><dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl></section>`;
}

function reads(list: StaffRead[]): string {
  return table(
    "Vem i personalen har läst",
    ["Namn", "Roll", "Vad", "Antal gånger", "Första gången", "Senaste gången"],
    list.map((r) => [r.staff, r.role === "coordinator" ? "koordinator" : word(r.role), word(r.action), r.times, when(r.first), when(r.last)]),
  );
}

/** The rows of the tables that have their own section; the rest are listed generically. */
const curated = new Set(["Participant", "Consent", "Message", "CheckIn", "MappingAnswer", "SelfRating", "ActionPlan", "SubGoal", "SubGoalUpdate", "Meeting", "InternalNote", "AuditLog"]);

function otherTables(tables: Record<string, Row[]>): string {
  const parts = Object.entries(tables)
    .filter(([name, rows]) => !curated.has(name) && rows.length)
    .map(([name, rows]) => {
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      return table(`Tabell ${name}`, columns, rows.map((r) => columns.map((c) => (r[c] instanceof Date ? when(r[c]) : r[c] === null ? "" : typeof r[c] === "boolean" ? yes(r[c]) : r[c]))));
    });
  return parts.length ? `<h2>Övriga tekniska uppgifter</h2><p>Sådant Tillit behöver för att skicka meddelanden, påminnelser och koppla ihop webbchatt och sms.</p>${parts.join("\n")}` : "";
}

export function renderExportDocument(e: ParticipantExport): string {
  const t = e.tables;
  const plans = (t.ActionPlan ?? []).map((a) => [when(a.createdAt), a.mainActivity, a.weeklySchedule ?? "", a.status === "active" ? "gällande" : "avslutad"]);
  const goals = (t.SubGoal ?? []).map((g) => [g.text, g.status === "done" ? "klart" : "öppet", (t.SubGoalUpdate ?? []).filter((u) => u.subGoalId === g.id).map((u) => `${when(u.createdAt)}: ${String(u.progress)}`).join("; ")]);
  const sections = [
    about(e.participant),
    table("Samtycken", ["När", "Gäller", "Svar", "Hur"], (t.Consent ?? []).map((k) => [when(k.createdAt), word(k.kind), yes(k.granted), method(k.method)])),
    table("Meddelanden", ["När", "Från", "Kanal", "Text"], (t.Message ?? []).map((m) => [when(m.createdAt), m.direction === "in" ? "Du" : word(m.authorKind), word(m.channel), m.erasedAt ? `(texten raderades ${when(m.erasedAt)})` : m.body])),
    table("Incheckningar", ["När", "Mående 1-10", "Därför inte lägre", "Sömn", "Mat", "Rörelse", "Litet steg"], (t.CheckIn ?? []).map((c) => [when(c.createdAt), c.mood ?? "", c.betterBecause ?? "", c.sleep ?? "", c.food ?? "", c.movement ?? "", c.smallStep ?? ""])),
    table("Kartläggning", ["När", "Ämne", "Fråga", "Ditt svar"], (t.MappingAnswer ?? []).map((a) => [when(a.createdAt), a.topic, a.question, a.skipped ? "(hoppade över)" : a.answer])),
    table("Självskattningar", ["När", "Påstående", "Poäng 1-10"], (t.SelfRating ?? []).map((r) => [when(r.createdAt), r.statement, r.score ?? "(hoppade över)"])),
    table("Handlingsplaner", ["Gjord", "Huvudaktivitet", "Veckoschema", "Status"], plans),
    table("Delmål", ["Delmål", "Status", "Vad du sagt"], goals),
    table("Möten", ["Tid", "Plats", "Status", "Ditt önskemål"], (t.Meeting ?? []).map((m) => [when(m.startsAt), m.location ?? "", m.status, m.requestedTime ?? ""])),
    table("Personalens anteckningar", ["När", "Anteckning"], (t.InternalNote ?? []).map((n) => [when(n.createdAt), n.body])),
    reads(e.staffReads),
    table("Händelser i loggen", ["När", "Vad", "Av"], (t.AuditLog ?? []).map((a) => [when(a.at), word(a.action), a.actorKind === "staff" ? "personal" : a.actorKind === "participant" ? "du" : "Tillit"])),
    otherTables(t),
  ];
  const name = e.participant.preferredName ? String(e.participant.preferredName) : `deltagare ${String(e.participant.id)}`;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registerutdrag från Tillit: ${escapeHtml(name)}</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2a27; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d9d2c5; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ece6da; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } .none { color: #4d5b57; }
</style>
</head>
<body>
<main>
<h1>Registerutdrag från Tillit</h1>
<p>Det här är allt Tillit har sparat om ${escapeHtml(name)}, den ${escapeHtml(when(e.generatedAt))}. Utdraget togs ut av ${escapeHtml(e.generatedBy)}.</p>
<p>Tillit är en digital assistent som kommunens ungdomsteam använder. Teamets koordinatorer och teamledare läser. Inget skickas till socialtjänsten, föräldrar eller Arbetsförmedlingen, men personalen måste anmäla till socialtjänsten om någon under 18 kan fara illa. Vill du att allt raderas kan du skriva "radera mina uppgifter".</p>
${sections.join("\n")}
<section><h2>Tabeller utan uppgifter om dig</h2><ul>${Object.entries(e.tablesWithoutParticipantData).map(([k, v]) => `<li>${escapeHtml(k)}: ${escapeHtml(v)}</li>`).join("")}</ul></section>
</main>
</body>
</html>
`;
}
