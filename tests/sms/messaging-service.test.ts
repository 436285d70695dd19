import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_URL, eventually, startHarness, type Harness } from "../helpers/harness.js";

const SERVICE = "MG0a1b2c3d4e5f60718293a4b5c6d7e8f9";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TWILIO_FROM_NUMBER: "", TWILIO_MESSAGING_SERVICE_SID: SERVICE });
});
afterAll(async () => h.stop());

describe("sending through a Twilio messaging service", () => {
  it("sends with MessagingServiceSid instead of From", async () => {
    await h.sendSms({ From: "+46708880001", Body: "Hej" });
    const sent = await eventually(() => h.fake.sentTo("+46708880001")[0]);
    expect(sent.messagingServiceSid).toBe(SERVICE);
    const create = h.fake.creates.find((r) => r.form.To === "+46708880001")!;
    expect(create.form).toEqual({ To: "+46708880001", MessagingServiceSid: SERVICE, Body: sent.body, StatusCallback: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/api/sms/twilio/status\\?outbox=\\d+$`)) });
  });
});
