// What a fifth young tester found in small talk: a bad day met with the next form question, "orkar inte
// svara" and "sluta fråga" mid check-in met with the next question or the menu of how often to write,
// good news and effort met with "förstår inte" or silence, the program's own purpose (job search, CV,
// SFI, school, an AF kallelse, getting there) met with "jag förstår inte", and a nod, a wave or "nvm"
// each met with a different "jag förstår inte".
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { aboutProgram, asksOtherLanguage, toldBetter, feelsBad, nevermind, nods, stopsAsking, toldEffort, waves } from "../../dialogs/shared/understand-small-talk.js";
import { understandMood } from "../../dialogs/shared/understand-scale.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = officeHoursSuite(725100000);
const { onboarded, conversationOf } = suite;

describe("readings", () => {
  it("a bad day told, about oneself", () => {
    for (const t of ["mår inte så bra", "mar inte sa bra", "jag mår skit", "mår typ skit idag", "mår dåligt 😔", "har det jobbigt", "har sån ångest", "im not doing great tbh", "feeling like shit", "im struggling"]) {
      expect(feelsBad(t), t).toBe(true);
    }
    for (const t of ["mår bra", "jag mår inte dåligt", "min mamma mår inte bra", "hur mår du?", "mår sådär", "kolla läget", "not bad"]) expect(feelsBad(t), t).toBe(false);
  });

  it("asked to stop the questions", () => {
    for (const t of ["orkar inte svara", "orka", "sluta fråga", "sluta fraga mig", "inga fler frågor", "orkar inte mer", "stop asking me", "no more questions pls"]) expect(stopsAsking(t), t).toBe(true);
    for (const t of ["orkar inte gå upp ur sängen", "sluta fråga om min mamma då", "jag orkar träna"]) expect(stopsAsking(t), t).toBe(false);
  });

  it("nods, waves and never-minds", () => {
    for (const t of ["👍", "k", "ok", "mm", "aa", "okej", "👌", "👍🏽"]) expect(nods(t), t).toBe(true);
    for (const t of ["ok men när är mötet", "kk vad gör jag nu?", "😐"]) expect(nods(t), t).toBe(false);
    for (const t of ["👋", "👋🏼👋🏼"]) expect(waves(t), t).toBe(true);
    expect(waves("👋 kan jag avboka")).toBe(false);
    for (const t of ["nvm", "glöm det", "glom de", "strunta i det", "never mind", "forget it lol"]) expect(nevermind(t), t).toBe(true);
    expect(nevermind("glöm det inte till imorgon")).toBe(false);
  });

  it("effort and things getting better", () => {
    for (const t of ["jag gick faktiskt ut", "har börjat träna", "och sover bättre", "started working out"]) expect(toldEffort(t), t).toBe(true);
    // Feeling better is glad news passed on, but no effort to ask "hur kändes det?" about.
    for (const t of ["vill bara säga att jag har det bättre nu", "mår bättre nu", "feeling better"]) {
      expect(toldBetter(t), t).toBe(true);
      expect(toldEffort(t), t).toBe(false);
    }
    for (const t of ["sover inte bättre", "har inte börjat träna", "gick inte ut idag"]) expect(toldEffort(t), t).toBe(false);
  });

  it("what the team helps with", () => {
    for (const t of ["jag vill ha hjälp att söka jobb", "cv", "cv?", "kan ni hjälpa mig med mitt cv", "söker praktik", "jag vill lära svenska", "sfi?", "komvux", "jag e 15 och går inte i skolan", "vill ta körkort", "finns inga bussar här ute", "hjalp med jobb"]) {
      expect(aboutProgram(t), t).toBe("topic");
    }
    expect(aboutProgram("jag fick en kallelse från arbetsförmedlingen")).toBe("kallelse");
    for (const t of ["fick jobb på ica!!", "jobbet var tråkigt idag", "tog bussen hem", "min bror går i skolan"]) expect(aboutProgram(t), t).toBeUndefined();
  });

  it("anxiety said to the scale question is a heavy day, not a question asked again", () => {
    for (const t of ["har ångest", "ångest", "har så mycket ångest", "anxious af", "stressad"]) expect(understandMood(t), t).toBe(3);
    expect(understandMood("ångest för imorgon men annars bra")).toBeUndefined();
  });
});

describe("a bad day, out of the blue or in a check-in", () => {
  it("is met first, with the choice of telling more, checking in or a person; what is told next is heard", async () => {
    const p = await onboarded();
    const first = (await p.say("mår inte så bra")).join(" ");
    expect(first).toMatch(/^Tråkigt att höra/);
    expect(first).not.toMatch(/skala|1-10/);
    expect(first).toMatch(/Kolla läget[\s\S]*Prata med en människa/);
    const told = (await p.say("har ångest")).join(" ");
    expect(told).not.toMatch(NOT_UNDERSTOOD);
    expect(told).toMatch(/låter (jobbigt|tungt).*hör av sig/);
    expect((await p.say("ja")).join(" ")).toMatch(/säger till teamet/);
    expect((await conversationOf(p)).status).toBe("waiting");
  });

  it("in English, 'im not doing great tbh' is not 'I'm not quite following'", async () => {
    const p = await onboarded("en");
    const reply = (await p.say("im not doing great tbh")).join(" ");
    expect(reply).toMatch(/^Sorry to hear/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
  });

  it("'har ångest' to the scale question is acknowledged, not asked for a number again", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    const reply = (await p.say("har ångest")).join(" ");
    expect(reply).toMatch(/tung dag/);
    expect(reply).not.toMatch(/Svara gärna med en siffra/);
  });

  it("'orkar inte svara' or 'sluta fråga' mid check-in stops it kindly, with no next question", async () => {
    for (const stop of ["orkar inte svara", "sluta fråga", "orka"]) {
      const p = await onboarded();
      await p.say("kolla läget");
      await p.say("2");
      await p.say("allt");
      const reply = (await p.say(stop)).join(" ");
      expect(reply, stop).toMatch(/hoppar över resten/);
      expect(reply, stop).not.toMatch(/\?|En gång i veckan/);
      const next = (await p.say("ok")).join(" ");
      expect(next, stop).not.toMatch(/ätit|Hur har du sovit/);
    }
  });

  it("'sluta fråga' out of the blue is still the wish for fewer messages", async () => {
    const p = await onboarded();
    expect((await p.say("sluta fråga")).join(" ")).toMatch(/En gång i veckan/);
  });
});

describe("good news and effort", () => {
  it("what follows good news gets a warm word, nerves a word for the nerves", async () => {
    const p = await onboarded();
    expect((await p.say("FICK JOBB!!!!")).join(" ")).toMatch(/grattis|kul|bra att höra/i);
    for (const more of ["på ica", "börjar på måndag 😭😭"]) expect((await p.say(more)).join(" "), more).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.say("jag e så nervös")).join(" ")).toMatch(/nervös/);
  });

  it("'äntligen' after good news in a check-in is no 'förstod inte'", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("10");
    await p.say("jag fick lägenhet idag!!!");
    const reply = (await p.say("äntligen")).join(" ");
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).toMatch(/Hur har du sovit/);
  });

  it("good news passed on is glad news, and what follows is answered", async () => {
    const p = await onboarded();
    expect((await p.say("vill bara säga att jag har det bättre nu")).join(" ")).toMatch(/^Vad kul att höra!.*vidare till teamet/);
    expect((await p.say("har börjat träna")).join(" ")).toMatch(/Starkt|kul/);
  });

  it("effort is celebrated", async () => {
    for (const t of ["jag gick faktiskt ut", "har börjat träna", "sover bättre"]) {
      const p = await onboarded();
      expect((await p.say(t)).join(" "), t).toMatch(/^(Starkt! Hur kändes det\?|Vad kul att höra!)/);
    }
  });
});

describe("what the team helps with", () => {
  it("is said to be just that, with the offer that someone gets in touch; yes asks for a person", async () => {
    const p = await onboarded();
    expect((await p.say("jag vill ha hjälp att söka jobb")).join(" ")).toMatch(/teamet hjälper till med.*hör av sig/);
    expect((await p.say("cv")).join(" ")).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.say("ja")).join(" ")).toMatch(/säger till teamet/);
    expect((await conversationOf(p)).status).toBe("waiting");
  });

  it("a kallelse: whether to go is answered honestly, fear gets a word, no is fine", async () => {
    const p = await onboarded();
    expect((await p.say("jag fick en kallelse från arbetsförmedlingen")).join(" ")).toMatch(/kallelsen/);
    expect((await p.say("måste jag gå")).join(" ")).toMatch(/(kan inte jag avgöra|kan jag inte bestämma).*boka om/);
    expect((await p.say("jag vågar inte")).join(" ")).toMatch(/läskigt/);
    expect((await p.say("nej")).join(" ")).toMatch(/inga problem/);
    expect((await conversationOf(p)).status).not.toBe("waiting");
  });

  it("school, SFI and getting there are no 'jag förstår inte'", async () => {
    for (const t of ["jag e 15 och går inte i skolan", "jag vill lära svenska", "sfi?", "finns inga bussar här ute"]) {
      const p = await onboarded();
      expect((await p.say(t)).join(" "), t).toMatch(/hjälper till med.*hör av sig/);
    }
  });
});

describe("emoji and fillers", () => {
  it("a wave is a greeting, a nod gets a nod, 'nvm' gets 'inga problem', never 'förstår inte'", async () => {
    const p = await onboarded();
    expect((await p.say("👋")).join(" ")).toMatch(/^Hej Sara!/);
    const nodsBack: string[] = [];
    for (const t of ["👍", "k", "mm"]) {
      const reply = await p.say(t);
      expect(reply, t).toHaveLength(1);
      expect(reply[0], t).toMatch(/^(Okej!|Schysst!)$/);
      nodsBack.push(reply[0]!);
    }
    expect(nodsBack[0]).not.toBe(nodsBack[1]);
    expect((await p.say("nvm")).join(" ")).toMatch(/^Okej, inga problem/);
  });
});

describe("less contact", () => {
  it("'vill inte ha mer sms från er' is the wish for fewer messages (the screen's concern still flagged for the team)", async () => {
    const p = await onboarded();
    await p.say("orka");
    expect((await p.say("vill inte ha mer sms från er")).join(" ")).toMatch(/En gång i veckan[\s\S]*Bara när jag skriver/);
    expect((await conversationOf(p)).priority).toBe("concern");
    // More said with it is still met as heavy first.
    const q = await onboarded();
    expect((await q.say("vill inte ha mer sms från er. orkar inte med nåt längre")).join(" ")).toMatch(/hör av sig till dig\?/);
  });

  it("'orka svara på frågor' to the choice is 'only when I write'; not understood, it is asked in other words", async () => {
    for (const t of ["orka svara på frågor", "orka svara på frågorna asså", "inga frågor tack", "orkar inte svara på fler frågor", "no more questions"]) {
      const p = await onboarded();
      await p.say("orkar inte fler sms");
      expect((await p.say(t)).join(" "), t).toMatch(/jag svarar bara när du skriver|I only answer when you write/);
      expect((await p.record()).remindersOff, t).toBe(true);
    }
    const p = await onboarded();
    const menu = (await p.say("orkar inte fler sms")).join(" ");
    const again = (await p.say("hmm vet ej")).join(" ");
    expect(again).toMatch(/^Jag menar: hur ofta/);
    expect(again).not.toBe(menu);
  });

  it("'ja' to the soft stop's 'Ville du bara att jag tjatar mindre?' is acted on; other words after a stop stay unanswered", async () => {
    for (const yes of ["ja", "ja precis", "jaa"]) {
      const p = await onboarded();
      expect((await p.say("avsluta")).join(" ")).toMatch(/tjatar mindre\?/);
      expect((await p.say(yes)).join(" "), yes).toMatch(/tillbaka, men utan påminnelser/);
      const r = await p.record();
      expect(r.status, yes).not.toBe("opted-out");
      expect(r.remindersOff, yes).toBe(true);
    }
    const q = await onboarded();
    await q.say("avsluta");
    expect(await q.say("hej")).toEqual([]);
    expect((await q.record()).status).toBe("opted-out");
    // A hard STOPP asked nothing: a yes after it is not taken.
    const hard = await onboarded();
    await hard.say("STOPP");
    expect(await hard.say("ja")).toEqual([]);
    expect((await hard.record()).status).toBe("opted-out");
  });
});

describe("another language asked for", () => {
  it("reads requests for other languages and Swedish not understood, not talk about a language", () => {
    for (const t of ["arabiska?", "kan du arabiska", "somali pls", "på dari?", "jag inte forsta bra svenska", "min svenska är dålig", "arabic?", "kurdiska finns?"]) expect(asksOtherLanguage(t), t).toBe(true);
    for (const t of ["jag pluggar arabiska", "arabiska är svårt", "min kompis pratar somaliska hemma", "svenska?"]) expect(asksOtherLanguage(t), t).toBe(false);
  });

  it("during the consent: honestly Swedish and English, a person offered, the consent again in simpler words, never 'vi hoppar över den'", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    const said = (await p.say("jag inte forsta bra svenska")).join(" ");
    expect(said).toMatch(/bara skriva på svenska och engelska/);
    expect(said).toMatch(/människa/);
    expect(said).toMatch(/Med enkla ord: får jag spara/);
    const arabic = (await p.say("arabiska?")).join(" ");
    expect(arabic).not.toMatch(/hoppar över/);
    expect((await p.say("ja")).join(" ")).toMatch(/kalla dig/);
    expect((await p.record()).consents.at(-1)?.granted).toBe(true);
  });

  it("not understood twice, the consent is not said to be skipped (it comes back)", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    // ("hmm" is unsure, and gets the choices explained without a try used up: consent-and-leaving.test.ts.)
    await p.say("öhh");
    const reply = (await p.say("vad")).join(" ");
    expect(reply).not.toMatch(/hoppar över|tar nästa/);
    expect(reply).toMatch(/Ingen brådska/);
  });

  it("in English, and out of the blue", async () => {
    const p = await onboarded("en");
    expect((await p.say("arabic?")).join(" ")).toMatch(/only write in Swedish and English[\s\S]*talk to a person/);
    const q = await onboarded();
    expect((await q.say("arabiska?")).join(" ")).toMatch(/bara skriva på svenska och engelska/);
  });
});
