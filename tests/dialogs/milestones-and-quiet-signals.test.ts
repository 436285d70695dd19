// The eighth young tester (texter15), findings 8, 12, 16 and 17: good news and milestones told in plain
// words ("det gick!!", "jag var i skolan en hel dag", "8!!"), quiet signals at night (an offer of a person
// closed on loneliness told, a hard word about oneself, the same line twice), a menu's "2" after an "ok",
// an interest told freely, emoji-only texting, and onboarding answered in their own words (finding 14).
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { notUnderstoodOr } from "../helpers/not-understood.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts).
const suite = transcriptSuite(731580000, { clock: "none", staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});

const DAY = 24 * 3_600_000;
// Each participant lives a week after the one before (the clock only goes forward).
let week = 0;

/** Onboarded on a Tuesday afternoon (on team Nord), then the clock set to `at` (hh:mm, the same week; "+Nd" days later). */
async function onTeam(at = "14:00", days = 0): Promise<Participant> {
  const base = Date.parse("2026-11-24T13:00:00+01:00") + week++ * 7 * DAY;
  h.clock.ms = base;
  const p = await onboardedParticipant(h, suite.phone());
  await p.received();
  const r = await p.record();
  await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA } });
  const [hh, mm] = at.split(":").map(Number);
  h.clock.ms = Date.parse(`2026-11-24T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00+01:00`) + (week - 1) * 7 * DAY + days * DAY;
  if (h.clock.ms < base + 60_000) h.clock.ms = base + 60_000;
  return p;
}

const NOT_UNDERSTOOD = notUnderstoodOr({ words: ["Jag är kvar här"] });

describe("good news and milestones in plain words (finding 8)", () => {
  it("'det gick!!' and 'jag va där' after a meeting: joy and effort, not 'förstår inte'", async () => {
    const p = await onTeam();
    const [worked] = await p.say("det gick!!");
    expect(worked).toMatch(/grattis|kul|Starkt|bra/);
    expect(worked).not.toMatch(NOT_UNDERSTOOD);
    const [there] = await p.say("jag va där");
    expect(there).toMatch(/Starkt|kul/);
    expect(there).not.toMatch(NOT_UNDERSTOOD);
  });

  it("a 15-year-old's 'jag var i skolan en hel dag', and a first walk in months: effort affirmed, what follows met warmly", async () => {
    const p = await onTeam("21:06");
    const [school] = await p.say("jag var i skolan en hel dag");
    expect(school).toMatch(/Starkt/);
    const q = await onTeam("23:30");
    const [walk] = await q.say("hej! har varit ute o gått idag för första gången på länge");
    expect(walk).toMatch(/Starkt|kul/);
    expect(walk).not.toMatch(NOT_UNDERSTOOD);
    const [only] = await q.say("tänkte bara säga det");
    expect(only).not.toMatch(NOT_UNDERSTOOD);
    expect(only).not.toBe(walk);
  });

  it("'det e bättre nu' is glad news, in bot mode and while a person is awaited; 'jag vill fortfarande ha jobb' is a wish met with the offer", async () => {
    const p = await onTeam();
    const [better] = await p.say("det e bättre nu");
    expect(better).toMatch(/Skönt att höra|bra att det är bättre/);
    const [job] = await p.say("jag vill fortfarande ha jobb");
    expect(job).toMatch(/Vad fint att du vill det|Så bra att du vill det/);
    expect(job).not.toMatch(NOT_UNDERSTOOD);
    const q = await onTeam("13:30");
    await q.say("prata med en människa");
    expect((await q.record()).conversations[0]!.status).toBe("waiting");
    const [waitingBetter] = await q.say("det e bättre nu");
    expect(waitingBetter).not.toMatch(/Uppfattat|Jag är kvar här|Tack, teamet får se/);
    expect(waitingBetter).toMatch(/bra|kul|Skönt/i);
  });

  it("'8!!' out of the blue, and '4' to a menu of two: how they are, told; the check-in begins with it", async () => {
    const p = await onTeam("21:06");
    const [eight] = await p.say("8!!");
    expect(eight).toMatch(/8:a och inte lägre/);
    await p.say("var i skolan");
    const q = await onTeam();
    const [meh] = await q.say("😐");
    expect(meh).toMatch(/1\. Kolla läget\s+2\. Prata med en människa/);
    const [four] = await q.say("4");
    expect(four).toMatch(/4:a och inte lägre/);
  });
});

describe("emoji-only texting (finding 17)", () => {
  it("at night: '😴' sleepy, '🫠' so-so, '💯' a nod, '👋' mid-talk a goodbye (not the menu again)", async () => {
    const p = await onTeam("01:12", 1);
    const [sleepy] = await p.say("😴");
    expect(sleepy).toMatch(/Trött|Sömnig/);
    const [melting] = await p.say("🫠");
    expect(melting).toMatch(/Sådär|En sån dag/);
    const [hundred] = await p.say("💯");
    expect(hundred).toMatch(/^(Okej!|Schysst!)$/);
    const [wave] = await p.say("👋");
    expect(wave).toMatch(/Hej då|Ha det bra|Hörs/);
    expect(wave).not.toMatch(/Vad vill du göra/);
    for (const said of [sleepy, melting, hundred, wave]) expect(said).not.toMatch(NOT_UNDERSTOOD);
  });

  it("'👋' as the first thing after days away is still a hello", async () => {
    const p = await onTeam("16:00", 3);
    const [hello] = await p.say("👋");
    expect(hello).toMatch(/Hej Sara|Kul att du hör av dig/);
  });
});

describe("a menu two messages back, and interests told freely (finding 16)", () => {
  it("'vad kan du göra', 'ok', '2': the menu's second choice (telling about oneself) begins", async () => {
    const p = await onTeam();
    await p.say("vad kan du göra");
    const [nod] = await p.say("ok");
    expect(nod).toMatch(/^(Okej!|Schysst!)$/);
    const two = await p.say("2");
    expect(two.join(" ")).toMatch(/Vad tycker du om att göra\?/);
  });

  it("'gillar att rita', then 'typ manga': met warmly and kept as what she likes", async () => {
    const p = await onTeam();
    const [draw] = await p.say("gillar att rita");
    expect(draw).toMatch(/Vad kul|Kul att veta/);
    const [manga] = await p.say("typ manga");
    expect(manga).toMatch(/Schysst|Nice/);
    for (const said of [draw, manga]) expect(said).not.toMatch(NOT_UNDERSTOOD);
    const likes = (await p.record()).mapping.filter((m) => m.topic === "interests" && m.question === "likes").map((m) => m.answer);
    expect(likes.at(-1)).toBe("gillar att rita, typ manga");
  });
});

describe("quiet signals at night (finding 12)", () => {
  it("loneliness told to the offer of a person is not a no: the offer stays open", async () => {
    const p = await onTeam("22:18");
    const [offer] = await p.say("honestly vet inte ens varför jag är här");
    expect(offer).toMatch(/hör av sig/);
    const [lonely] = await p.say("like jag har inte pratat med nån irl på typ två veckor");
    expect(lonely).not.toMatch(/Okej, helt okej/);
    // Heard, and the offer said to stand, not put again (leftovers-18: never two offers at once).
    expect(lonely).toMatch(/ensam/);
    expect(lonely).toMatch(/står kvar|går inte ut/);
  });

  it("'ibland känns det som att jag e en dålig mamma' at 03:20 gets a human word, in bot mode and while a person is awaited", async () => {
    const p = await onTeam("03:20", 1);
    const [bot] = await p.say("ibland känns det som att jag e en dålig mamma");
    expect(bot).not.toMatch(NOT_UNDERSTOOD);
    expect(bot).toMatch(/Tråkigt att höra|tungt/);
    const q = await onTeam("03:15", 1);
    await q.say("prata med en människa");
    const [waiting] = await q.say("ibland känns det som att jag e en dålig mamma");
    expect(waiting).not.toMatch(/^(Jag är kvar här|Uppfattat|Tack, teamet får se)/);
    expect(waiting).toMatch(/tungt|hör dig/);
  });

  it("'cant sleep again', 'typ 4h per natt hela veckan' after the offer was declined: never the same line twice in a row", async () => {
    const p = await onTeam("03:40", 1);
    await p.say("kan inte sova, har inte sovit på flera nätter");
    await p.say("nej");
    const [again = ""] = await p.say("cant sleep again");
    const [hours = ""] = await p.say("typ 4h per natt hela veckan");
    expect(hours).not.toBe(again);
    const last = (t: string) => t.split(/(?<=[.!?])\s+/).at(-1);
    expect(last(hours)).not.toBe(last(again));
  });
});

describe("onboarding answered in one's own words (finding 14)", () => {
  const newcomer = () => {
    h.clock.ms = Date.parse("2026-11-24T13:00:00+01:00") + week++ * 7 * DAY;
    return new Participant(h, suite.phone());
  };

  it("'Hej jag heter Samir jag fick detta nummer…' gives the name; 'efter skolan alltså eftermiddag' is the afternoon; 'svenska men jag är inte så bra' is heard", async () => {
    const p = newcomer();
    await p.say("Hej jag heter Samir jag fick detta nummer från arbetsförmedlingen");
    const [afterYes] = await p.say("ja");
    expect(afterYes).not.toMatch(/Vad vill du att jag ska kalla dig/);
    expect(afterYes).toMatch(/Samir/);
    const [times] = await p.say("efter skolan alltså eftermiddag");
    expect(times).toMatch(/Vilket språk/);
    expect((await p.record()).preferredTimes).toContain("afternoon");
    const done = (await p.say("svenska men jag är inte så bra")).join(" ");
    expect(done).toMatch(/Din svenska räcker gott/);
    expect(done).toMatch(/Vad vill du göra\?/);
  });

  it("'e' is no name to call someone by: the question is asked again", async () => {
    const p = newcomer();
    await p.say("hej");
    await p.say("ja");
    const [e] = await p.say("e");
    expect(e).not.toMatch(/Kul, E!/);
    expect(e).toMatch(/kalla dig/);
  });

  it("an age told ('jag e 17 btw' at the consent, 'jag e 16' later) is heard, not 'förstår inte'", async () => {
    const p = newcomer();
    await p.say("hej");
    const [age] = await p.say("jag e 17 btw");
    expect(age).toMatch(/bra att veta|tack för att du säger det/i);
    expect(age).toMatch(/1\. Ja/);
    const q = await onTeam();
    const [sixteen] = await q.say("jag e 16");
    expect(sixteen).toMatch(/bra att veta|tack för att du säger det/i);
    expect(sixteen).not.toMatch(NOT_UNDERSTOOD);
  });
});

describe("what the tester's own runs still showed (findings 8, 12, 14)", () => {
  it("'its fine tho' right after heavy things were met is heard, the door left open", async () => {
    const p = await onTeam("22:18");
    await p.say("honestly vet inte ens varför jag är här");
    await p.say("like jag har inte pratat med nån irl på typ två veckor");
    await p.say("kylskåpet e tomt och jag har 43 kr kvar");
    const [fine] = await p.say("its fine tho");
    expect(fine).not.toMatch(NOT_UNDERSTOOD);
    expect(fine).toMatch(/prata med en människa/);
  });

  it("'e', then 'kväll' to the name question: no one is called Kväll", async () => {
    h.clock.ms = Date.parse("2026-11-24T13:00:00+01:00") + week++ * 7 * DAY;
    const p = new Participant(h, suite.phone());
    await p.say("hej");
    await p.say("ja");
    await p.say("e");
    const [kvall] = await p.say("kväll");
    expect(kvall).not.toMatch(/Kul, Kväll/);
  });

  it("'jag var i skolan en hel dag' as what makes it an 8: met with joy", async () => {
    const p = await onTeam("21:06");
    await p.say("8!!");
    const [school] = await p.say("jag var i skolan en hel dag");
    expect(school).toMatch(/grattis|kul att höra/i);
  });
});

describe("a wave in the middle of a check-in (finding 17)", () => {
  it("'😐', '4', 'nä', '👋': the 4 begins the check-in, the wave ends it with a goodbye and the 4 is kept", async () => {
    const p = await onTeam("16:43", 2);
    await p.say("😐");
    const [four] = await p.say("4");
    expect(four).toMatch(/4:a och inte lägre/);
    await p.say("nä");
    const [bye] = await p.say("👋");
    expect(bye).toMatch(/Hej då|Ha det bra|Hörs/);
    expect(bye).not.toMatch(/förstod inte|Hur har du sovit/);
    expect((await p.record()).checkIns.at(-1)?.mood).toBe(4);
  });
});

describe("'its fine tho' to the offer itself (finding 12)", () => {
  it("played down, not 'Jag förstod inte riktigt': the offer stays open in other words", async () => {
    const p = await onTeam("02:13", 2);
    await p.say("jag har inte pratat med nån irl på två veckor");
    const [fine] = await p.say("its fine tho");
    expect(fine).not.toMatch(/förstod inte/);
    expect(fine).toMatch(/Det behöver inte vara värre än så|Erbjudandet står kvar/);
  });
});

describe("what follows an interest (finding 16)", () => {
  it("'gillar att rita', then 'jag är hemma' or 'har ingen tid': not taken as more of what she likes", async () => {
    const p = await onTeam();
    await p.say("gillar att rita");
    const [home] = await p.say("jag är hemma");
    const [time] = await p.say("har ingen tid");
    for (const said of [home, time]) expect(said).not.toMatch(/Schysst, det låter kul|Nice! Det låter som/);
    const likes = (await p.record()).mapping.filter((m) => m.topic === "interests").map((m) => m.answer);
    expect(likes).toEqual(["gillar att rita"]);
  });
});
