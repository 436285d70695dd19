import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

const send = (from: string, body: string, clientId: string = randomUUID()) =>
  fetch(`${h.baseUrl}/simulator/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ from, body, clientId }) });

const history = async (phone: string) => (await (await fetch(`${h.baseUrl}/simulator/api/history?phone=${encodeURIComponent(phone)}`)).json()) as { phone: string; messages: { direction: string; body: string }[] };

describe("zero-config SMS simulator", () => {
  it("is what / opens, and serves the page with its script", async () => {
    const root = await fetch(h.baseUrl, { redirect: "manual" });
    expect(root.headers.get("location")).toBe("/simulator");
    const page = await (await fetch(`${h.baseUrl}/simulator`)).text();
    expect(page).toContain("SMS-simulator");
    expect((await fetch(`${h.baseUrl}/simulator/simulator.js`)).status).toBe(200);
    expect((await fetch(`${h.baseUrl}/healthz`).then((r) => r.json())).sms).toBe("simulator");
    // No Twilio configured: its webhook does not exist.
    expect((await fetch(`${h.baseUrl}/api/sms/twilio`, { method: "POST" })).status).toBe(404);
  });

  it("takes the same path as SMS: a local number is normalised, the welcome arrives, and a resend is stored once", async () => {
    const clientId = randomUUID();
    const res = await send("070-123 45 67", "Hej", clientId);
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ phone: "+46701234567", duplicate: false });
    expect((await (await send("0701234567", "Hej", clientId)).json()).duplicate).toBe(true);
    const { messages } = await eventually(async () => {
      const hist = await history("0701234567");
      return hist.messages.length === 3 && hist;
    });
    expect(messages.map((m) => m.direction)).toEqual(["in", "out", "out"]);
    expect(messages[1]!.body).toMatch(/digital assistent/);
    expect(await h.tillit.db.message.count({ where: { providerId: `SIM-${clientId}` } })).toBe(1);
  });

  it("pushes replies live over server-sent events, as text", async () => {
    const phone = "+46709876543";
    const controller = new AbortController();
    const stream = await fetch(`${h.baseUrl}/simulator/api/stream?phone=${encodeURIComponent(phone)}`, { signal: controller.signal });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    const reader = stream.body!.getReader();
    await send(phone, "<b>hej</b>");
    let text = "";
    while (!text.includes("om du ber om det. Okej?")) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('"body":"<b>hej</b>"');
    expect(text).toContain("event: message");
  });

  it("refuses bad input with a clear error", async () => {
    expect((await send("not a phone", "Hej")).status).toBe(400);
    expect(await (await send("not a phone", "Hej")).json()).toEqual({ error: "invalid_phone" });
    const empty = await send("0701111111", "");
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toBe("invalid_message");
    const malformed = await fetch(`${h.baseUrl}/simulator/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "malformed_body" });
    expect((await fetch(`${h.baseUrl}/simulator/api/history?phone=abc`)).status).toBe(400);
  });
});
