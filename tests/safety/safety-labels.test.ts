// Learning from staff (issue 12.4): coordinators mark a participant's message as a missed signal or
// a false alarm; the labels are kept redacted, audited, bound to the team, and an admin exports them
// as JSONL that `npm run classify -- --evaluate` reads.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { parseLabelled } from "../../bot/safety/evaluate.js";

let h: Harness;
let w: StaffWorld;
let n = 754000000;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

async function say(from: string, body: string): Promise<number> {
  const stored = await h.tillit.core.receive({ channel: "sms", providerId: `SL-${n++}`, from, body, receivedAt: h.clock.now() });
  await h.tillit.core.idle();
  return stored.messageId;
}

describe("safety labels", () => {
  it("a coordinator marks a false alarm and a missed signal; the text is kept redacted, the action audited", async () => {
    const phone = `+46${n++}`;
    const { conversationId } = await w.participant("A", phone, "Alva Berg");
    const flagged = await say(phone, "dör av skratt asså, vill typ dö haha");
    const missed = await say(phone, "Alva här, allt är mörkt och jag vill inte vakna, ring 070-123 45 67");
    const maja = await w.client("coordA");
    const a = await maja.post(`/conversations/${conversationId}/messages/${flagged}/safety-label`, { label: "false-alarm" });
    // The answer also says whether the mark raised the conversation, and where it stands (the page says it in words).
    expect(await a.json()).toMatchObject({ messageId: flagged, label: "false-alarm", raised: null });
    await maja.post(`/conversations/${conversationId}/messages/${missed}/safety-label`, { label: "missed-crisis" });
    expect(await maja.json(`/conversations/${conversationId}/safety-labels`)).toMatchObject({
      labels: [
        { messageId: flagged, label: "false-alarm", screenLevel: "crisis" },
        { messageId: missed, label: "missed-crisis", screenLevel: expect.any(String) },
      ],
    });
    const kept = await h.tillit.db.safetyLabel.findUnique({ where: { messageId: missed } });
    expect(kept).toMatchObject({ redactedText: "[namn] här, allt är mörkt och jag vill inte vakna, ring [telefon]", teamId: w.teamA, staffId: w.accounts.coordA.id, language: "sv" });
    const audit = await h.tillit.db.auditLog.findMany({ where: { action: "safety-label.set", subjectId: String(conversationId) } });
    expect(audit.map((e) => JSON.parse(e.details!))).toEqual([{ messageId: flagged, label: "false-alarm" }, { messageId: missed, label: "missed-crisis" }]);
    expect(audit.map((e) => e.details).join()).not.toMatch(/Alva|mörkt|070/);
    // Changed, then cleared.
    await maja.post(`/conversations/${conversationId}/messages/${missed}/safety-label`, { label: "missed-concern" });
    expect((await h.tillit.db.safetyLabel.findUnique({ where: { messageId: missed } }))!.label).toBe("missed-concern");
    await maja.post(`/conversations/${conversationId}/messages/${missed}/safety-label`, { label: null });
    expect(await h.tillit.db.safetyLabel.findUnique({ where: { messageId: missed } })).toBeNull();
  });

  it("refuses bad input and other teams, and changes nothing", async () => {
    const phone = `+46${n++}`;
    const { conversationId } = await w.participant("A", phone);
    const inbound = await say(phone, "hej");
    const outbound = (await h.tillit.db.message.findFirst({ where: { conversationId, direction: "out" } }))!.id;
    const other = await w.participant("B", `+46${n++}`);
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    expect((await maja.post(`/conversations/${conversationId}/messages/${inbound}/safety-label`, { label: "maybe" })).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/messages/${inbound}/safety-label`, {})).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/messages/${outbound}/safety-label`, { label: "false-alarm" })).status).toBe(404);
    expect((await maja.post(`/conversations/${other.conversationId}/messages/${inbound}/safety-label`, { label: "false-alarm" })).status).toBe(404);
    expect((await olle.post(`/conversations/${conversationId}/messages/${inbound}/safety-label`, { label: "false-alarm" })).status).toBe(404);
    expect((await olle.get(`/conversations/${conversationId}/safety-labels`)).status).toBe(404);
    expect((await maja.post(`/conversations/${conversationId}/messages/${inbound}/safety-label`, { label: "false-alarm" }, { csrf: null })).status).toBe(403);
    expect(await h.tillit.db.safetyLabel.count({ where: { conversationId } })).toBe(0);
  });

  it("an admin exports the labelled set as JSONL in the corpus format, by team; coordinators cannot; the export is audited", async () => {
    const phone = `+46${n++}`;
    const { conversationId } = await w.participant("B", phone, "Sam");
    const missed = await say(phone, "känns som att allt är slut för mig");
    await (await w.client("coordB")).post(`/conversations/${conversationId}/messages/${missed}/safety-label`, { label: "missed-crisis" });
    expect((await (await w.client("coordA")).get("/admin/safety-labels")).status).toBe(403);
    const ada = await w.client("admin");
    const res = await ada.get(`/admin/safety-labels?teamId=${w.teamB}`);
    expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment/);
    const body = await res.text();
    const lines = body.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([{ text: "känns som att allt är slut för mig", crisis: true, concern: false, category: null, lang: "sv", label: "missed-crisis", screen: expect.any(String), teamId: w.teamB, at: expect.any(String) }]);
    expect(parseLabelled(body).errors).toEqual([]);
    const all = parseLabelled(await (await ada.get("/admin/safety-labels")).text());
    expect(all.rows.length).toBeGreaterThanOrEqual(2);
    const audit = await h.tillit.db.auditLog.findFirst({ where: { action: "safety-labels.exported", subjectId: String(w.teamB) } });
    expect(JSON.parse(audit!.details!)).toEqual({ lines: 1 });
    // The export is a corpus the evaluation reads as it is.
    const file = path.join(mkdtempSync(path.join(tmpdir(), "labels-")), "labels.jsonl");
    writeFileSync(file, body);
    const out = execFileSync("npm", ["run", "--silent", "classify", "--", "--evaluate", file], { cwd: path.resolve(import.meta.dirname, "../.."), encoding: "utf8" });
    expect(out).toContain("1 messages (1 Swedish, 0 English): 1 crisis, 0 concern, 0 neither");
  });
});
