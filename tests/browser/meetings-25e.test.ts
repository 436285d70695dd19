// Session 25's meeting leftovers (fix25e) in a real browser (Debian's Chromium), from tester24's findings 6 and 7:
// a refused row keeps only the buttons that close it and shows the young person's wish; proposing the refused time again is asked about
// first (Cancel changes nothing, OK sends it).
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { browserAvailable } from "../helpers/browser.js";
import { onboardedParticipant } from "../helpers/conversation.js";

describe.skipIf(!browserAvailable)("meetings in the staff inbox (fix25e)", () => {
  const inbox = inboxInBrowser("2026-11-30T09:00:00Z", 701742600);
  const staffPage = (id: number) => inbox.staffPage(id, { waitFor: "#meeting-form" });

  it("a refused Tuesday: only the buttons that close its row, the wish shown; proposing it again asks first", async () => {
    const malin = await onboardedParticipant(inbox.h, "+46725590001", "sv", "Malin");
    const record = await malin.record();
    const id = record.conversations[0]!.id;
    const page = await staffPage(id);
    const meetings = page.locator("#c-meetings");
    const propose = async () => {
      await meetings.getByLabel("Nytt möte, när").fill("2026-12-08T14:00");
      await meetings.getByRole("button", { name: "Föreslå mötet" }).click();
    };
    await propose();
    await meetings.getByText("Förslaget är skickat; svaret syns här.").waitFor();
    await malin.received();
    await malin.say("funkar inte tisdag, kan vi ta torsdag?");
    await page.reload();
    const row = meetings.locator("#meeting-list li").first();
    await row.getByText("kan vi ta torsdag?").waitFor();
    // Only what closes it (fix25h: an old wish to move could otherwise never be closed), nothing that agrees to it.
    expect((await row.locator("button").allTextContents()).map((t) => t.trim()).sort()).toEqual(["Ungdomen ställde in", "Vi ställde in"]);
    const asked: string[] = [];
    page.once("dialog", (d) => { asked.push(d.message()); void d.dismiss(); });
    await propose();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("redan sagt nej till tisdag");
    expect(await inbox.h.tillit.db.meeting.count({ where: { participantId: record.id } })).toBe(1);
    page.once("dialog", (d) => void d.accept());
    await propose();
    await expect.poll(() => inbox.h.tillit.db.meeting.count({ where: { participantId: record.id } })).toBe(2);
  });
});
