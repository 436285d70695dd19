// What the crisis screen looks for, in Swedish and English, written as people text it. Each phrase
// is normalised like the message (lower case, åäö folded, repeated letters collapsed), so "dööö",
// "do" and "dö" all match "dö". A `*` stands for up to two words ("vill bara dö", "want to just die").
// Reviewed with the team's crisis routine; add phrases here, never remove one without a human decision.
export const crisisCategories = [
  "suicide", "self-harm", "overdose", "violence", "sexual-abuse", "abuse-at-home", "crime-coercion", "child-alone", "acute-danger",
] as const;
export type CrisisCategory = (typeof crisisCategories)[number];

export const crisisPhrases: Record<CrisisCategory, string[]> = {
  suicide: [
    "självmord", "sjävlmord", "självmor", "suicid", "ta livet av mig", "tar livet av mig", "ta mitt liv", "ta mitt eget liv",
    "vill * dö", "vill inte leva", "orkar inte leva", "vill inte finnas", "vill inte vara med längre", "orkar inte mer med livet",
    "bättre om jag var död", "bättre om jag inte fanns", "hänga mig", "hoppa framför tåget", "hoppa från bron", "sista gången ni hör av mig",
    "kill myself", "killing myself", "want to * die", "wanna die", "dont want to live", "do not want to live", "dont want to be alive",
    "end my life", "ending my life", "end it all", "ending it all", "suicide", "suicidal", "kms", "better off dead", "no reason to live", "take my own life", "hang myself",
  ],
  "self-harm": [
    "skära mig", "skär mig", "skurit mig", "skadar mig själv", "skada mig själv", "skadat mig själv", "bränner mig", "självskada", "självskadar",
    "cut myself", "cutting myself", "hurt myself", "hurting myself", "self harm", "selfharm", "burn myself",
  ],
  overdose: [
    "överdos", "tagit alla tabletter", "tog alla tabletter", "tagit en massa tabletter", "tog en massa tabletter", "svalt tabletter",
    "tagit för mycket tabletter", "tagit hela burken", "overdose", "overdosed", "took all my pills", "took too many pills", "swallowed pills", "took the whole bottle",
  ],
  violence: [
    "slå ihjäl", "döda honom", "döda henne", "döda dig", "ska döda", "knivhugga", "hugga honom", "skjuta honom", "har en kniv", "har ett vapen", "hotade att döda",
    "hotar att döda", "kill him", "kill her", "kill you", "going to kill", "stab him", "stab her", "shoot him", "shoot her", "has a gun", "has a knife", "threatened to kill",
  ],
  "sexual-abuse": [
    "våldtog", "våldtagen", "våldtäkt", "våldtäkten", "tvingade mig att ha sex", "tvingad att ha sex", "sexuellt övergrepp", "utnyttjade mig sexuellt",
    "rape", "raped", "sexual abuse", "sexually abused", "sexually assaulted", "molested", "forced me to have sex",
  ],
  "abuse-at-home": [
    "pappa slår mig", "mamma slår mig", "slår mig hemma", "blir slagen", "misshandlar mig", "misshandlade mig", "vågar inte gå hem", "rädd att gå hem",
    "hits me", "beats me", "abusing me", "scared to go home", "afraid to go home", "my dad hits", "my mom hits",
  ],
  "crime-coercion": [
    "tvingar mig sälja", "tvingar mig att sälja", "tvingar mig att langa", "tvingar mig att göra", "vill att jag ska sälja", "rekryterad av gänget",
    "gänget tvingar", "skuld till gänget", "hotar mig om jag inte",
    "forced to sell", "forcing me to sell", "make me sell drugs", "gang wants me", "threaten me if i dont",
  ],
  "child-alone": [
    "lillebror är ensam", "lillasyster är ensam", "småsyskonen är ensamma", "barnen är ensamma", "ingen vuxen hemma", "mamma har inte kommit hem på",
    "pappa har inte kommit hem på", "my little brother is alone", "my little sister is alone", "no adult at home", "havent come home for days",
  ],
  "acute-danger": [
    "ring polisen", "ring 112", "jag är i fara", "är i fara", "någon förföljer mig", "följer efter mig", "någon bryter sig in", "vågar inte gå ut ur rummet",
    "call the police", "call 112", "im in danger", "i am in danger", "someone is following me", "someone is breaking in",
  ],
};

// Figures of speech that contain crisis words but are not about danger. Removed before screening.
export const figuresOfSpeech: string[] = [
  "dö av tristess", "dör av tristess", "dör av skratt", "dog av skratt", "döde av skratt", "skrattar ihjäl", "skrattade ihjäl", "dödstrött", "dödstråkigt", "dödsskönt", "död trött",
  "is killing me", "are killing me", "game is killing me", "this is killing me", "youre killing me", "you are killing me", "its killing me",
  "dying to", "dead tired", "could kill for", "killed it", "kill time", "killing time", "lol dead", "im dead lol",
];
