// The tenth young tester's crisis waits (texter17 #1, #2): in a wait after a crisis, what a message says
// chooses the reply, not a rotation. Rasmus, 19, at 02:43, after giving his things away and writing a letter
// to his dad: "ska bara ta en promenad ner till bron nu" got "Jag hör dig. Allt du skriver ligger kvar åt
// teamet", and "glöm det" four minutes later got "Skriv gärna mer om du vill." Amanda, 15, locked out at
// 03:00: "jag e ute", "e kallt" got crisis tails and Självmordslinjen, and "svara då" got "Skriv gärna mer".
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(741700000, { clock: "none" });
const { onboarded, conversationOf } = suite;
const MIN = 60_000;

/** Wednesday 02:40 in Stockholm, the team asleep. */
const WEDNESDAY_NIGHT = Date.parse("2026-11-25T01:40:00Z");

async function inCrisisAtNight(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await onboarded(language, name);
  suite.h.clock.ms = WEDNESDAY_NIGHT;
  await p.say(language === "sv" ? "jag vill inte leva längre" : "i dont want to live anymore");
  expect((await conversationOf(p)).priority).toBe("crisis");
  suite.h.clock.advance(MIN);
  return p;
}

const URGENT_NOW = /(ring|call) 112 (nu|now)/i;
const STAY = /Stanna|stanna kvar|Stay|stay put/;

describe("a plan in motion in a crisis wait", () => {
  it("Rasmus's night: the bridge 'now' gets 112 now and to stay or go to people; 'glöm det' gets Tillit staying, with the numbers", async () => {
    suite.h.clock.ms = Date.parse("2026-11-23T18:00:00Z");
    const p = await onboarded("sv", "Rasmus");
    suite.h.clock.ms = WEDNESDAY_NIGHT;
    await p.say("har delat ut mina grejer till polarna idag");
    await p.say("behöver dom inte längre");
    expect((await conversationOf(p)).priority).toBe("crisis");
    await p.say("skrev ett brev till farsan också");
    const bridge = await p.say("ska bara ta en promenad ner till bron nu");
    expect(bridge).toHaveLength(1);
    expect(bridge[0]).toMatch(URGENT_NOW);
    expect(bridge[0]).toMatch(STAY);
    expect(bridge[0]).toMatch(/90101/);
    suite.h.clock.advance(4 * MIN);
    const forget = (await p.say("glöm det")).join(" ");
    expect(forget).not.toMatch(/Skriv gärna mer/);
    expect(forget).toMatch(/kvar här/);
    expect(forget).toMatch(/112/);
    expect(forget).toMatch(/90101/);
  });

  it("read as shapes: a place and now, being there, going out now, 'det e dags', a farewell, in Swedish and English, never the same line twice in a row", async () => {
    const sv = await inCrisisAtNight();
    let previous = "";
    for (const t of ["ska gå ner till bron nu", "står på taket", "går till spåret nu", "går ut nu", "drar nu", "det e dags", "ses aldrig mer", "sista gången jag skriver", "hejdå för alltid"]) {
      const reply = (await sv.say(t)).join(" ");
      expect(reply, t).toMatch(/112/);
      expect(reply, t).not.toMatch(/Skriv gärna mer|Jag hör dig\. Allt du skriver/);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await inCrisisAtNight("en");
    for (const t of ["heading to the bridge now", "im on the roof", "going out now", "its time", "this is goodbye", "you wont hear from me again"]) {
      const reply = (await en.say(t)).join(" ");
      expect(reply, t).toMatch(/112/);
      expect(reply, t).not.toMatch(/Write more if you like|I hear you\. Everything you write/);
    }
  });

  it("an ordinary plan or a walk told afterwards is no emergency: no 'call 112 now'", async () => {
    const p = await inCrisisAtNight();
    for (const t of ["tog en promenad till sjön igår", "det e dags att sova", "ska ut med hunden sen"]) {
      expect((await p.say(t)).join(" "), t).not.toMatch(URGENT_NOW);
    }
  });

  it("closing off right after the crisis, said in other words and in English: Tillit stays, and the numbers are there now", async () => {
    const sv = await inCrisisAtNight();
    let previous = "";
    for (const t of ["spelar ingen roll", "asså glöm det", "skit samma"]) {
      const reply = (await sv.say(t)).join(" ");
      expect(reply, t).not.toMatch(/Skriv gärna mer/);
      expect(reply, t).toMatch(/kvar här/);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await inCrisisAtNight("en");
    for (const t of ["forget it", "nvm", "whatever"]) {
      const reply = (await en.say(t)).join(" ");
      expect(reply, t).not.toMatch(/Write more if you like/);
      expect(reply, t).toMatch(/still here/);
      expect(reply, t).toMatch(/112/);
    }
  });
});

describe("outdoors at night in a crisis wait, and a plea to answer", () => {
  it("a fifteen-year-old locked out at 03:15: practical help now (112 and socialjouren, a neighbour or relative, BRIS), and 'svara då' / 'hallå' get presence", async () => {
    suite.h.clock.ms = Date.parse("2026-11-26T12:00:00Z");
    const p = await onboarded("sv", "Mandy");
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear: 2011 } });
    suite.h.clock.ms = Date.parse("2026-12-03T02:15:00Z"); // Thursday 03:15
    await p.say("pappa e full igen");
    await p.say("han har låst dörren");
    if ((await conversationOf(p)).priority !== "crisis") await p.say("pappa slår mig");
    expect((await conversationOf(p)).priority).toBe("crisis");
    const out = (await p.say("jag e ute")).join(" ");
    expect(out).toMatch(/socialjouren/);
    expect(out).toMatch(/granne|släkting/);
    expect(out).toMatch(/BRIS 116 111/);
    expect(out).not.toMatch(/Självmordslinjen/);
    const cold = (await p.say("e kallt")).join(" ");
    expect(cold).toMatch(/socialjouren/);
    expect(cold).not.toBe(out);
    const answer = (await p.say("svara då")).join(" ");
    expect(answer).toMatch(/^Jag (är här|finns kvar här)/);
    expect(answer).toMatch(/läser det i dag från kl 08:00/);
    expect(answer).toMatch(/socialjouren/);
    expect(answer).not.toMatch(/Skriv gärna mer|Självmordslinjen/);
    suite.h.clock.advance(5 * MIN);
    const hello = (await p.say("hallå")).join(" ");
    expect(hello).toMatch(/^Jag (är här|finns kvar här)/);
    expect(hello).not.toBe(answer);
    expect(hello).not.toMatch(/Självmordslinjen|Jourhavande/);
  });

  it("locked out, cold, and pleas in other words and in English", async () => {
    const p = await inCrisisAtNight("en");
    expect((await p.say("im locked out")).join(" ")).toMatch(/socialjouren/);
    expect((await p.say("so cold")).join(" ")).toMatch(/socialjouren/);
    for (const t of ["answer me", "please answer", "hello??"]) {
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(/^I('m| am) (still )?here/);
      expect(reply, t).not.toMatch(/Write more if you like/);
    }
    const q = await inCrisisAtNight();
    for (const t of ["snälla svara", "svara nu"]) {
      const reply = (await q.say(t)).join(" ");
      expect(reply, t).toMatch(/^Jag (är här|finns kvar här)/);
      expect(reply, t).toMatch(/90101/);
    }
  });
});
