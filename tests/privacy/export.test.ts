// Registerutdrag: one participant's data as JSON (complete: every table represented) and as a
// readable Swedish document, with who on the staff has read the record; for the team lead or admin of
// the participant's team only, and audited either way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { richParticipant, type RichParticipant } from "../helpers/privacy.js";
import { Prisma } from "../../bot/db/generated/client.js";
import { TABLES_WITHOUT_PARTICIPANT_DATA } from "../../bot/privacy/export-participant.js";

let h: Harness;
let w: StaffWorld;
let rich: RichParticipant;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
  rich = await richParticipant(h, w, { phone: "+46738000001", name: "Mirabel", tag: "Exp" });
  await rich.p.say("<b>fet</b> & <script>window.pwned=1</script>");
});
afterAll(async () => h.stop());

const exportPath = (format: string) => `/participants/${rich.participantId}/export.${format}`;

describe("export (registerutdrag)", () => {
  it("is complete: every table holds its rows for the participant or is listed as holding none", async () => {
    const lead = await w.client("leadA");
    const res = await lead.get(exportPath("json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="registerutdrag-\d+\.json"/);
    const data = await res.json();
    const models = Object.values(Prisma.ModelName) as string[];
    const represented = [...Object.keys(data.tables), ...Object.keys(data.tablesWithoutParticipantData)].sort();
    expect(represented).toEqual([...models].sort());
    expect(Object.keys(data.tables).filter((t) => t in TABLES_WITHOUT_PARTICIPANT_DATA)).toEqual([]);
    // The participant's things are there, table by table.
    const text = JSON.stringify(data);
    for (const needle of rich.needles.filter((x) => !x.startsWith("radera"))) expect(text, needle).toContain(needle);
    for (const table of ["Message", "CheckIn", "MappingAnswer", "SelfRating", "ActionPlan", "SubGoal", "SubGoalUpdate", "Meeting", "InternalNote", "Nudge", "NudgeSchedule", "WebConversation", "WebInvite", "PhoneLinkRequest", "Consent", "ErasureRequest", "AuditLog", "OutboxItem", "DialogState", "SafetyLabel"]) {
      expect(data.tables[table].length, table).toBeGreaterThan(0);
    }
    expect(data.participant).toMatchObject({ id: rich.participantId, phone: rich.phone, preferredName: "Mirabel", team: "Team Nord" });
    // Secrets that would be of no use to them never leave.
    expect(text).not.toMatch(/resumeHash|tokenHash|codeHash/);
    // Who on the staff read the record: Maja opened the conversation and the profile.
    expect(data.staffReads).toContainEqual(expect.objectContaining({ staff: "Maja Lind", role: "coordinator", action: "conversation.viewed" }));
    expect(data.staffReads).toContainEqual(expect.objectContaining({ staff: "Maja Lind", action: "participant.profile-viewed" }));
    expect(data.staffReads).toContainEqual(expect.objectContaining({ staff: "Lena Ek", action: "participant.exported", times: 1 }));
  });

  it("only a team lead or admin of the participant's team; every attempt is audited", async () => {
    const audits = () => h.tillit.db.auditLog.findMany({ where: { subjectType: "participant", subjectId: String(rich.participantId), action: { startsWith: "participant.exported" } }, orderBy: { id: "asc" } });
    const before = (await audits()).length;
    expect((await (await w.client("coordA")).get(exportPath("json"))).status).toBe(403);
    expect((await (await w.client("coordB")).get(exportPath("json"))).status).toBe(404);
    expect((await (await w.client("admin")).get(exportPath("html"))).status).toBe(200);
    expect((await (await w.client("leadA")).get("/participants/987654/export.json")).status).toBe(404);
    expect((await (await w.client("leadA")).get("/participants/abc/export.json")).status).toBe(400);
    const anonymous = await fetch(`${h.baseUrl}/staff/api${exportPath("json")}`);
    expect(anonymous.status).toBe(401);
    const entries = (await audits()).slice(before);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["participant.exported.denied", w.accounts.coordA.id],
      ["participant.exported.denied", w.accounts.coordB.id],
      ["participant.exported", w.accounts.admin.id],
    ]);
    expect(JSON.parse(entries[2]!.details!)).toEqual({ format: "html" });
  });

  it("the readable document is Swedish, self-contained and shows what a participant wrote as text", async () => {
    const res = await (await w.client("leadA")).get(exportPath("html"));
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    for (const heading of ["Registerutdrag från Tillit", "Om dig", "Samtycken", "Meddelanden", "Incheckningar", "Kartläggning", "Självskattningar", "Handlingsplaner", "Möten", "Personalens anteckningar", "Vem i personalen har läst"]) {
      expect(html).toContain(heading);
    }
    // How each consent was given, in words rather than the stored code ("chat").
    const consents = html.slice(html.indexOf("Samtycken"), html.indexOf("</section>", html.indexOf("Samtycken")));
    expect(consents).toContain("<td>i chatten</td>");
    expect(consents).not.toContain("<td>chat</td>");
    expect(html).toContain("&lt;b&gt;fet&lt;/b&gt; &amp; &lt;script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/https?:\/\//);
  });
});
