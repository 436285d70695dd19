// Words for crisis said sideways, as the cross-validated misses and round 9's training writer said it:
// farewell acts told as chores (a pet rehomed, subscriptions cancelled, who gets the PS5, a letter
// "just in case", a message scheduled), a plan told by its date or logistics, being a cost that will
// soon be gone, not wanting to wake "or any day", the way down weighed in metres, and self-harm told by
// what it needs and leaves (plasters running out, blades kept "bara ifall", a cat that does not exist,
// thighs like a barcode, burns, day 0 again). Each means little alone; ../rules/round9-rules.ts says
// which combinations matter. Read entries as described in people.ts.
export const round9 = {
  /** Something of one's own handed over: given away, handed out, rehomed. */
  HANDED_OVER: [
    "gav bort", "gett bort", "ger bort", "gave away", "giving away", "gave my", "gave him my", "gave her my", "delade ut mina", "fick min", "fått min",
    "went to the neighbours kid", "went to my", "gett min", "gav min",
  ],
  /** A thing one owns and values: a console, a guitar, a pet, clothes. */
  OWN_THING: [
    "=ps", "playstation", "xbox", "switch", "guitar", "gitarr*", "hoodies", "kläder", "jacka", "jacket", "inventory", "skins", "katt", "katten", "hund",
    "hunden", "cat", "dog", "headphones", "hörlurar", "datorn", "telefon", "mobil", "gaming chair*", "det mesta",
  ],
  /** Not needing it any more. */
  WONT_NEED: [
    "behöver den inte längre", "behöver inte den", "wont need it", "wont be needing", "behöver inget av det",
  ],
  /** The cover story for a farewell act, or that the others do not know. */
  COVER_STORY: [
    "told her i was just", "told him i was just", "told them i was just", "sa att jag skulle rensa", "hon vet inte", "han vet inte", "dom vet inte",
    "doesnt need to know why", "dont need to know why", "hon tror jag ska", "han tror jag ska", "mamma tror", "told her its just", "its not",
    "de vet inte att", "om nån frågar så vet du", "just decluttering",
  ],
  /** Everything settled, nothing left to fix. */
  ALL_SETTLED: [
    "inget kvar att fixa", "allt är klart", "då är det ordnat", "nothing left to sort", "everything is sorted", "bättre så", "done now", "känns lugnt",
    "feels weirdly calm", "feels calm",
  ],
  /** Subscriptions, contracts and cards cancelled. */
  CANCELLED_SUBS: [
    "sagt upp abonnemanget", "sa upp abonnemanget", "sa upp mobilabonnemanget", "sagt upp mitt", "sa upp mitt", "avslutade spotify", "sagt upp gymkortet",
    "cancelled my phone contract", "cancelled my subscription*", "cancelled my gym", "lämnade nyckeln", "avslutade gymkortet",
  ],
  /** A pet found a new home. */
  PET_REHOMED: ["får ett nytt hem", "får bo hos", "nytt hem åt katten", "new home for my", "found a home for my"],
  /** Someone gets one's things later: who gets what. */
  GETS_MINE: [
    "får min", "får mitt", "ska få min", "ska få mitt", "ge min", "ge bort allt till", "ta hand om min hund",
    ],
  /** After the writer is gone: later, if something happens, when dead. */
  AFTER_ME: [
    "om något händer mig", "när jag är död", "if something happens to me", "if anything happens to me", "om jag inte hörs av",
    "om jag inte finns", "when im gone", "när jag är borta", "datum är satt", "är min sista dag",
  ],
  /** She has always wanted it. */
  ALWAYS_WANTED: ["alltid velat ha", "always wanted it", "always wanted my"],
  /** A code or password passed on. */
  PASSCODE: ["koden är", "lösenordet", "password is", "the code is", "han vet koden", "hon vet koden", "logga in på mitt"],
  /** A will, or the list of what happens to one's things. */
  WILL_LIST: ["my will", "who gets what", "vem som får vad", "vem som ska få"],
  /** One's own funeral, planned. */
  OWN_FUNERAL: ["min begravning", "my funeral", "mitt eget tal till begravningen", "min egen begravning", "heter begravning", "spelas på begravningen"],
  /** Chose, wrote, planned. */
  CHOSE: ["valt", "valde", "skrev", "skrivit", "listat", "planerat", "chose", "picked", "wrote", "planned"],
  /** All one's accounts deleted. */
  DELETED_ALL: [
    "raderat alla mina", "raderade alla mina", "deleted all my socials", "deleted all my accounts", "deleting all my accounts",
    "delete my data",
  ],
  /** Gone for good after a deletion: bye for good, only the rest left, moving out for good. */
  GONE_SIGNAL: [
    "hejdå för gott", "bye for good", "bye forever", "bara resten kvar", "only the rest left", "flyttar för gott", "do not plan to be alive",
    "dont plan to be alive", ],
  /** A letter or note written. */
  WROTE_LETTER: [
    "wrote letters", "wrote a letter", "wrote a note", "writing a note", "writing letters", "skrev brev", "skrivit brev", "skrev ett brev", "skrivit ett brev",
    "skriver brev",
  ],
  /** For everyone, for the family. */
  FOR_EVERYONE: ["for everyone", "to everyone", "till alla"],
  /** Just in case. */
  JUST_IN_CASE: ["just in case", "bara ifall", "för säkerhets skull", "in drafts", "idk if ill need it"],
  /** A message scheduled to go later. */
  SCHEDULED: ["schemalagt", "scheduled a message", "scheduled message", "scheduled text", "skickas imorgon"],
  /** They will understand later. */
  LATER_UNDERSTAND: ["kommer fatta sen", "kommer förstå sen", "will understand later", "theyll understand", "get it later"],
  /** A day set for it. */
  DECIDED_DAY: [
    "bestämt vilken dag", "bestämt ett datum", "decided on a date", "picked a date", "picked the day", "bestämt dag", "datum är satt", "bestämt mig för fredag",
    "bestämt att söndag", "har bestämt mig för",
  ],
  /** So that it is not a surprise. */
  NOT_SURPRISE: ["not a surprise", "inte en överraskning", "inte kommer som en chock", "not come as a shock"],
  /** When nobody is home. */
  WHEN_NOBODY: [
    "när alla är på jobbet", "när alla har gått", "tills mamma åkt", "när mamma åkt", "when everyone is at work", "when everyones at work",
    "when everyones asleep", "when nobody is home", "när ingen är hemma",
  ],
  /** It will all be over. */
  ALL_OVER: [
    "är det över", "är allt över", "allt är över", "it will all be over", "itll all be over", "game over irl", "är ändå över",
    "är det slut", "allt tar slut",
  ],
  /** A time by which: after the weekend, in a week, after Christmas. */
  BY_THEN: ["efter helgen", "om en vecka", "efter jul", "after christmas", "after the weekend", "in a week", "efter lördag", "snart", "imorgon", "imorn"],
  /** For my part, for me. */
  FOR_MY_PART: ["för min del", "for my part", "för mig"],
  /** A plan made, worked out. */
  PLAN_MADE: [
    "planned it out", "planerat allt", "min plan är klar", "i have a plan now", "tänkt ut hur", "nu känns det som en plan",
    "har en plan nu", "figured out how", "worked out how",
  ],
  /** Exams, school, work: what is over when a course ends. */
  STUDY_END: ["tentan", "tenta", "provet", "exam", "exams", "terminen", "plugget", "praktiken", "lovet", "sommarlovet"],
  /** No more meetings, no more checking in needed. */
  NO_MORE_NEED: [
    "inte kommer att behöva fler möten", "inte behöva fler möten", "wont need more meetings", "wont need any more meetings", "stop checking on me",
    "it wont be needed", "inte behöva nån plan", "ingen idé att du ringer",
  ],
  /** Sorry for being a mess, thanks for the patience: said on leaving. */
  BURDEN_SORRY: ["sorry for being such a mess", "sorry for being so much", "sorry för att jag alltid är så jobbig", "tack för ert tålamod", "thanks for your patience"],
  /** Arranged everything. */
  ARRANGED_ALL: ["ordnat allt", "arranged everything", "fixat allt"],
  /** Tonight is the night, the right moment. */
  THE_MOMENT: ["tonights the night", "waiting for the right moment", "väntar på rätt tillfälle", "väntar på rätt läge"],
  /** Everything needed, at hand. */
  ALL_I_NEED: ["got everything i need", "har allt jag behöver", "repe"],
  /** Measuring the way down: how high, how far down, how many floors. */
  FALL_MEASURE: [
    "hur hög", "hur långt det är ner", "hur långt ner", "how high", "how far down", "meter",
    "meters down", "våningar", "from like the",
  ],
  /** Enough for it to work. */
  WORKS_ENOUGH: ["för att det ska funka", "för att det ska fungera", "det räcker", "räcker väl", "borde räcka", "you need", "to work"],
  /** A place to fall from. */
  FALL_PLACE: [
    ],
  /** Asking whether a way of dying hurts or how long it takes. */
  HURT_OR_LONG: [
    "how long does it take to", "hur lång tid tar det att", "hur länge tar det att", "gör det ont", "does it hurt",
  ],
  /** A way of dying named as a verb. */
  DYING_VERB: [
    "drown", "drunkna", "jump from", "jump off", "hoppa från", "förblöda", "bleed out", "kvävas", "suffocate", "hang yourself", "hänga sig",
    "inte vaknar", "dont wake up", ],
  /** Standing or sitting there now: at the platform, the bridge, the tracks. */
  AT_PLACE_NOW: [
    "står här nu", "im here now", "at the bridge", "på perrongen", "vid spåret", "vid spåren", "by the tracks", "vid järnvägen",
    "uppe på silon", "på taket", "on the roof", "i bilen vid",
  ],
  /** Not stepping aside, staying too long, standing too close on purpose. */
  NOT_STEP_BACK: [
    "inte kliva undan", "not step back", "not step aside", "stod för nära", "jag för nära", "för nära med flit", "stood too close", "too close on purpose", "stod kvar för länge", "stayed too long", "kolla ner",
    "klättrar ner nästa gång", "sista tåget går", "kollat på det tre kvällar", "its so quiet here", "lyssnar på musik och väntar",
  ],
  /** Waiting for the train to ride it: late as usual. */
  WAIT_TRAIN: ["väntar på pendeln", "väntar på bussen", "sent som vanligt", "min sent", "försenat", "försenad", "delayed", "late again"],
  /** Looking up when the trains pass, not to catch one. */
  TRAIN_TIMES: [
    "train times", "när pendeln går förbi", "godståget går förbi", "tåget går förbi", "tågen går ganska tätt", "sista tåget går",
    "googling bridges", "bridges near me",
  ],
  /** Not to ride it. */
  NOT_TO_RIDE: [
    "not to catch one", "inte för att åka", "not to ride", "har stått där", "stood there", "instead of sleeping", "tre kvällar i rad",
  ],
  /** Stepping in front of a vehicle. */
  STEP_FRONT: ["stepping in front of", "step in front of", "stepped in front of", "kliva ut framför", "gå ut framför", "ställa mig framför", "kliva framför"],
  /** A bus, a train, a lorry. */
  VEHICLE: ["bus", "bussen", "train", "tåget", "truck", "lastbil*", "a car", "en bil"],
  /** Thought of jumping, stones in the pockets. */
  WATER_ACT: ["tänkte hoppa", "thought about jumping", "fickorna fulla av stenar", "pockets full of stones", "stenar i fickorna", "walk into the lake"],
  /** A hose taped to the exhaust. */
  HOSE: ["tejpat slangen", "taped the hose", "slangen från avgasröret", "hose to the exhaust", "slang till avgasröret"],
  /** Wishing to be run over. */
  RUN_OVER_ME: ["körde på mig", "kör på mig", "ran me over", "hit me"],
  /** A wish. */
  WISH: ["önskar", "wish", "hoppas att", "i hope"],
  /** The writer out of the way: if I were not here, if I went away. */
  IF_I_WERENT: [
    "om jag inte fanns", "om jag inte finns", "if i wasnt here", "if i was not here", "if i didnt exist", "if i go away", "if i disappeared", "om jag försvann",
    "om jag bara försvann", "utan mig", "without me", "if i just logged off for good", "om jag dog", "if i died", "om jag dör", "om ja dog",
    "om ja inte fanns", "if i was gone",
  ],
  /** Better off, cheaper, relieved, finally fine. */
  BETTER_OFF: [
    "billigare", "cheaper", "better off", "lättare", "easier", "klara sig bättre", "relieved", "save about", "spara", "goes away",
    "försvinner ju", "finally be ok", "ingen skulle märka", "ingen ens märka", "nobody would notice", "ingen skulle gråta", "ingen som märker", "slipper betala",
    // Round 14: fine without the writer, less stress for them.
    "would be fine", "be just fine", "less stress for them", "mindre stress för dom",
  ],
  /** Weighed as arithmetic. */
  MATHS: ["thats just maths", "simple maths", "the math works out", "the maths works out", "bara matte", "har räknat på det", "calculated that"],
  /** Soon no longer a problem: you will soon be rid of me. */
  SOON_RID: [
    "snart slipper ni", "wont be a problem much longer", "not be a problem much longer", "wont be a problem for much longer", "inte mitt problem längre",
    "one less problem", "en mindre mun att mätta", "en mindre att oroa sig för", "fix it for good", "sluta ta plats",
  ],
  /** Life insurance paid out. */
  INSURANCE: ["insurance money", "life insurance", "livförsäkring*", "försäkringspengarna"],
  /** Not wanting to wake, or sorry to have woken. */
  NO_WAKE_WISH: ["dont want to wake up"],
  /** Praying not to wake, sorry to have woken, hoping sleep is for good. */
  NO_WAKE_PRAYER: [
    "ber typ att jag inte ska vakna", "ber att jag inte ska vakna", "ledsen att jag vaknade", "ingen anledning att vakna", "whats the point of waking up",
    "hope its for good", "somnar och inte vakna", "somna och sen var det klart", "sleeping forever sounds", "ber varje kväll om att slippa",
    "i hope one day i just dont",
  ],
  /** Ever again, any day, for real. */
  EVER_AGAIN: [
    "or any day", ],
  /** Life as something to log out of, unsubscribe from, delete. */
  LIFE_EXIT: [
    "prenumerationen på livet", "radera mig själv", "radera sig själv", "bli av med sig själv", "bli av med mig själv", "uninstall myself",
    "unsubscribe from life", "logga ut permanent", "logged off for good", "press pause on everything", "quit game",
    ],
  /** Not the app, not the game: me. */
  NOT_THE_APP: ["inte från discord", "not the game", "like permanently", "inte från spelet", "typ radera sig", "inte ens skämt"],
  /** Not being here then: not in the future, not by Christmas. */
  NOT_THERE_THEN: [
    "ändå inte vara här", "ändå inte va här", "planerat att vara med i den", "planerat att va med i den", "inte kommer va med då", "inte kommer vara med då",
    "dont see me being here", "sista dag på jorden", "last day on earth", "finns med nästa år", "not be here by", "wont be here by",
    // Round 14: not there any more then, not around for it, gone by next week.
    "kommer int va kvar då", "wont be around for it", "då e ja inte här", "då är jag inte här", "finns int nästa vecka",
    "kommer inte till nåt mer", "or any after",
  ],
  /** Cat scratches, told as the cover story. */
  CAT_EXCUSE: [
    "cat scratches", "cat scratched me", "the cat scratched", "katten rev mig", "katten kliade mig", "kattrispor", "det var katten", "the cat did it",
  ],
  /** There is no cat. */
  NO_CAT: [
    "there is no cat", "it wasnt the cat", "har ingen katt", "inte katten", "we dont have a cat",
    "thats what i tell everyone",
  ],
  /** Sleeves in the heat. */
  HOT_TIME: ["i juli", "in july", "in june"],
  /** Why everyone knows: you know why, nobody asks, new ones. */
  KNOW_WHY: [
    "du vet varför", "if you know you know", "new ones", "kan inte säga",
  ],
  /** So that nobody would see. */
  SO_UNSEEN: ["så ingen skulle se", "så ingen ska se", "so no one would see", "so nobody would see", "så ingen märker"],
  /** Not able to wear shorts or swim. */
  NO_SHORTS: ["kan inte ha shorts", "kan ju inte ha shorts", "cant wear shorts", "cant wear a bikini", "kan inte bada"],
  /** Scars, old wounds. */
  SCARS: ["alla gamla ärr", "mina ärr", "läkande ärr", "märkena"],
  /** Substitutes that stopped working. */
  SUBSTITUTE: ["ice cubes", "isbitar", "is i handen", "gummiband", "rubber band", "red pen", "röd penna", "snapping the band"],
  /** Back to the real thing. */
  REAL_THING: ["the real thing", "det riktiga", "back to blades", "tillbaka till bladen"],
  /** Did it again: sh'd, cut again. */
  SH_AGAIN: ["shd", "cut agen"],
  /** Started again. */
  STARTED_AGAIN: ["började igen"],
  /** Lost count of the scars. */
  LOST_COUNT: ["slutat räkna ärren", "lost count of my scars", "stopped counting my scars", "slutat räkna såren"],
  /** Deeper this time. */
  DEEPER: ["djupare den här gången", "djupare än vanligt"],
  /** New ones, fresh ones. */
  NEW_ONES: ["fresh ones", "new ones"],
  /** Scratching oneself. */
  SCRATCH_SELF: [
    "klöser mig själv", "klöste mig", "scratched myself", "kliar mig", "nyper mig själv", "boxas mot väggen",
    "punch walls", "slår i väggen",
  ],
  /** Until the skin breaks or bleeds. */
  UNTIL_BROKEN: [
    "tills huden gick sönder", "tills huden går sönder", "until the skin breaks", "tills det blir blåmärken",
    "tills knogarna spricker", "till my knuckles split",
  ],
  /** Tell her that I love her; that it was not her fault. */
  TELL_HER: ["säg till mamma att", "säg t mamma att", "säg till farmor att", "säg till pappa att", "tell my mum", "tell my mom", "tell her that"],
  /** Love, or not her fault: the message passed on. */
  LOVE_MSG: ["älskar henne", "älskade henne", "älskar honom", "loved her", "love her", "inte var hennes fel", "inte va hennes fel", "not her fault", "sorry för allt"],
  /** If I go silent: whatever happens, if I don't text back. */
  IF_SILENT: [
    "vad som än händer", "whatever happens", "om jag inte svarar", "if i dont show up", "if you dont hear from me", "om ni inte hör",
    "om du inte hör",
    // Round 14: not texting, not heard from, in more words.
    "if i dont text", "om ja int hör av mej", "om jag inte hör av mig", "om ja int skriver", "om jag inte skriver",
  ],
  /** Don't look for me; thanks for trying. */
  DONT_LOOK: ["dont look for me", "leta inte efter mig", "its not a break", "thank you for trying", "thanks for trying", "tack för att ni försökte"],
  /** For real this time. */
  FOR_REAL_THIS: ["for real this time", "på riktigt den här gången", "för sista gången"],
  /** Plasters, dressings, strips. */
  PLASTERS: [
    "plåster", "plåstret", "band aids", "bandaids", "kompress*", "förband*", "steristrip*", "butterfly strips", "inlindad", "första hjälpen",
  ],
  /** Needed for cuts: the writer's reasons show. */
  SH_SIGN: [
    "you can guess why", "du vet varför", "kan inte sluta", "cant stop", "överallt", "mamma tror", "så mamma inte hittar", "under madrassen", "ingen vet",
    "djupare", "the pharmacy lady knows me", "för det här", "blodigt", "de nya",
  ],
  /** A blade, a sharp thing kept for it. */
  SH_BLADE: [
    "blad", "bladet", "bladen", "blades", "rakbladet", "rakbladen", "glasbit*", "vassa", "kniven", "saxen", "nagelsaxen", "passaren", "compass",
    "scissors", "razor", "with the glass", "tog en bit", "nålen",
  ],
  /** Where it is kept, just in case; bought new. */
  KEPT: [
    "bara ifall", "just in case", "i mobilskalet", "i fodralet", "i pennfacket", "pennfodral*", "i necessären", "under sängen", "under kudden", "in my phone case", "pencil case", "under my bed", "under my pillow", "tampongask*", "köpte nya", "bought new",
    "bought a new pack", "present till mig själv", "tog ut bladet", "ur hyveln", "skruvade isär", "in the bathroom", "sitter med", "found the blades",
  ],
  /** What gives it away: knowing better, nothing happened, not for cooking. */
  KNOWING: [
    "vet att jag inte borde", "du vet", "inte för att laga mat", "som om inget hänt", "as if nothing happened", "de gamla var slöa", "craft project",
    "for shaving haha", "its for shaving", "bättre än att gråta", "used the", "använde", "igen", "again", "when it gets",
    "när de blir för mycket", "när det blir för mycket",
  ],
  /** Relapsing, counting days. */
  RELAPSE_TALK: ["relapse", "relapsed", "counting days", "räknar dagar", "streak broken", "började jag igen", "varit clean i", "höll upp i"],
  /** Day zero again, the days lost. */
  DAY_ZERO: ["dag 0", "day 0", "days down the drain", "dagar clean", "after 200 days", "efter", "whatever", "igen", "again", "streak broken", "nu ba"],
  /** Thighs, arms, wrists, legs, belly: where it is done. */
  BODY_PART: [
    "armen", "armarna", "arm", "låret", "låren", "mina lår", "benet", "benen", "handleden", "handlederna", "handleder", "magen", "höften", "my arms", "wrist", "wrists", "thighs", "legs", "hip", "handen", "my hand",
  ],
  /** Like a barcode, a zebra. */
  BARCODE: ["streckkod", "zebra", "tiger stripes"],
  /** Lines drawn or carved on the skin. */
  DRAW_LINES: [
    "streck", "linjerna", "konstprojekt", ],
  /** More of them, the whole leg. */
  MORE_OF: ["fler", "more", "hela", "igen", "again", "ett steg längre"],
  /** A burn made: burning, pressing a cigarette, pouring. */
  BURN_ACT: [
    "bränna sig", "bränner", "brännsår", "tryckt", "hällde på", "brände in", "the thing with",
  ],
  /** What burns: a cigarette, the stove, a lighter, boiling water. */
  BURN_THING: [
    "cigg", "cigarett*", "spisplattan", "the stove", "lighter", "tändaren", "kokande vatten", "boiling water", "gem",
  ],
  /** Done on purpose, to feel something else. */
  MEANT_IT: [
    "ville känna", "för att känna", "det hjälper", "it helps", "vilja", "gjorde det", "gjort",
    "when everyones asleep", "2 gånger", "initialer", "initials",
  ],
  /** Put under for an operation. */
  SEDATED: ["narkos*", "sövd", "sövas", "put under"],
  /** Paper: a blad of a sketchbook. */
  PAPER: ["skissblock*", "block", "anteckningsblock*", "kollegieblock*", "papper", "sketchbook", "notebook", "pärm*", "ark", "kalender*"],
  /** Going to bed. */
  BEDTIME: ["going to bed", "go to bed", "off to bed", "heading to bed", "lägger mig", "ska sova", "gå och lägga mig"],
  /** A birthday or a mother's day. */
  BIRTHDAY: ["fyller år", "födelsedag*", "birthday", "grattis", "mors dag", "mothers day"],
  /** A fall off a bike. */
  FELL: ["ramlade", "ramlat", "fell off", "cykeln", "bike", "vurpa*"],
  /** Hurt at sport. */
  SPORT_HURT: ["fotbollen", "träningen", "soccer", "hockey", "practice", "handbollen", "innebandy*"],
  /** Texts and messages: being rid of them is no death. */
  THE_TEXTS: ["mina sms", "my texts", "mina meddelanden", "my messages", "spam"],
  /** Useful at last. */
  USEFUL: ["useful", "till nytta", "theyd get", "would get", "skulle få"],
  /** Mishaps: cooking, an accident. */
  MISHAP: ["råkade", "av misstag", "by accident", "accidentally", "lagade mat", "laga mat", "cooking", "bakade", "baking", "konservburk*", "ugnen", "hacka lök", "hackade", "i fingret",
    "ugnsplåt*", "oven rack", "brödkniv*", "tonfiskburk*", "making cookies", "gjorde pizza", "baka", "kastrullen", "kokar soppa",
    // Round 15: cooking and what is cut.
    "lagar mat", "matlagning*", "moroten", "löken", "tomaten", "grönsakerna", "stekte", "chopping onions", "the onion",
    // Round 21: plasters for blisters from new shoes ("fick skavsår av nya skorna, plåster överallt").
    "skavsår", "blisters", "nya skorna", "new shoes",
  ],
  /** Pulling hair out until it comes loose. */
  HAIR_PULL: ["drar i håret tills det lossnar", "drar ut håret", "rycker ut håret", "pull my hair out until", "pulling my hair out until", "kal fläck", "bald spot"],
  /** Opening the wounds again. */
  OPEN_UP: ["öppnade dom", "öppnade", "opening them", "keep opening", "pillat upp", "rev jag upp", "river jag upp", "gått upp", "picking at"],
  /** Hiding the marks. */
  HIDE_MARKS: [
    "hide scars", "hide the scars", "hide fresh cuts", "dölja märkena", "dölja ärren", "dölja på låren", "täcker ärren", "täckte resten", "ingen ser min arm",
    "cover the scars", "covers the scars",
  ],
  /** Where nobody looks. */
  WHERE_UNSEEN: ["där ser ingen", "where no one looks"],
  /** Sewing, knitting: a needle for its own use. */
  CRAFT: ["sy", "syr", "sydde", "sewing", "knitting", "stickar", "broderar", "embroidery", "vaccin*", "sprutan", "läkaren", "doctor"],
  /** Tired of existing. */
  TIRED_EXISTING: ["trött på att finnas", "tired of existing", "sick of existing", "trött på att existera"],
  /** Counting the pills. */
  COUNT_PILLS: ["räknar tabletterna", "räknade tabletterna", "counting my pills", "counting the pills", "räknar pillren", "räknat tabletterna"],
  /** The last game, the last evening with them. */
  LAST_WITH: ["sista matchen", "last match with", "last game with", "last night with", "va sista"],
  /** Out into the woods, the sea. */
  GO_AWAY_PLACE: ["ut i skogen", "into the woods", "into the forest", "ut i havet", "into the sea"],
  /** And not come back. */
  NOT_BACK: ["inte komma tillbaka", "not come back", "never come back", "aldrig komma tillbaka", "not coming back"],
  /** Swallowed or took all of it. */
  SWALLOWED_ALL: [
    "svalde allt", "svalde jag allt", "tog allt från", "tog allt jag hade kvar", "swallowed everything", "took everything in", "tog allt i", "svalt allt",
  ],
  /** Where pills are kept: the jar, the cabinet, the dosette, the prescription. */
  CONTAINER: ["i burken", "dosett*", "bathroom cabinet", "strip of", "sömnpillren", "från boendet", "på recept"],
  /** Not knowing how many. */
  UNKNOWN_AMOUNT: ["vet inte hur många", "idk how many", "dont know how many", "no idea how many", "ingen aning hur många"],
  /** Asking whether it is a lot. */
  IS_IT_MUCH: ["är det mycket", "is that a lot", "is that bad", "är det farligt"],
  /** Sleepy, floating away, after taking it. */
  SLEEPY_AFTER: [
    "so sleepy now", "just sleepy", "sover snart", "kan inte hålla ögonen öppna", "flyter iväg", "floating away", "cant keep my eyes open", "somnar snart",
  ],
  /** Something poisonous drunk or sniffed. */
  POISON: ["rengöringsmedel*", "bleach", "klorin", "proppløser", "avloppsrens*", "sniffade gas", "sniffar gas", "huffing", "lampolja"],
  /** Drank, swallowed. */
  DRANK: ["drack", "drank", "svalde", "swallowed", "druckit"],
  /** Beaten if: "får jag stryk". */
  BEATEN_IF: ["får jag stryk", "får vi stryk", "blir det slag", "får stryk", "i get beaten", "we get beaten", "ger mig stryk"],
  /** Pushed or thrown into a wall, down the stairs. */
  PUSHED_INTO: [
    "knuffade ner mig för trappan", "knuffat in mamma i", "knuffade in mig i", "threw me into", "kastade in mig i", "slängde in mig i",
    "knuffat in mig i", "knuffade in mamma i", "grabbed me by the neck", "grabbed my throat",
  ],
  /** What left the bruise: a belt, a remote, a slap. */
  IMPLEMENT: ["bältet", "the belt", "a belt", "fjärrkontroll*", "sladden", "the cord", "smäll av"],
  /** A bruise or a black eye. */
  MARK_LEFT: ["blåmärk*", "bruise*", "blåöga", "black eye"],
  /** Barricaded: a chair against the door, sleeping dressed. */
  BARRICADE: [
    "chair against the door", "stol mot dörren", "stol för dörren", "sover med kläderna på", "sleep with my clothes on", "locked myself in my room",
    ],
  /** Drinking, drunk, swinging. */
  DRINKING: ["dricker", "dricka", "drinking", "full", "drunk", "druckit", "swinging"],
  /** Lost outdoors with no way to call. */
  LOST_OUT: ["vilse", "lost on the", "vet inte var", "no signal", "ingen täckning", "ingen mottagning"],
  /** The battery almost gone. */
  BATTERY: ["batteri", "batteriet", "battery"],
  /** Gas smelled. */
  GAS_SMELL: ["luktar gas", "gas smell", "smells like gas", "lukt av gas", "gaslukt"],
  /** The ice cracking. */
  ICE_CRACK: ["knakar", "ice is cracking", "ice cracking", "gick igenom"],
  /** Stuck out on the ice. */
  ICE_DANGER: ["mitt på sjön", "kommer i land", "gick igenom", "gått ner", "went through", "far out", "vad gör jag", "what do i do", "kan inte ta mig"],
  /** Outdoors, away from people. */
  OUTDOORS: ["skogen", "fjällen", "fjället", "mountain", "trail", "woods", "forest", "på sjön", "till havs"],
  /** Asleep. */
  ASLEEP: ["somnade", "somnat", "asleep", "sover"],
  /** Cancelled to save money or for something else. */
  MONEY_REASON: ["sparar pengar", "spara pengar", "save money", "saving money", "billigare", "cheaper", "istället", "instead", "byter till", "switching to"],
  /** Asking whether it is normal. */
  IS_NORMAL: ["is that normal", "är det normalt", "in some families", "i andra familjer"],
  /** Someone breaking the door now. */
  // "försöker bryta sig in", "trying to break in": acute-danger.break-in's (indirect.ts BREAK_IN).
  BREAKING_NOW: ["bryta upp dörren", "bryta sig in genom", "breaking the door", "hör dom på låset"],
  /** Not moving after a fall or a crash. */
  NOT_MOVING: ["rör sig inte", "isnt moving", "not moving", "wont move"],
  /** Acknowledge fall, crash. */
  FALL_CRASH: ["ramlade", "föll", "fell", "flipped", "krockade", "crashed", "faller ner"],
  /** Acne and the like: scars of another kind. */
  OTHER_SCAR: ["akne", "acne", "finnar", "pimples", "henna", "operation*", "surgery", "tatuering*", "tattoo*"],
  /** Stitches, told with a cover story. */
  STITCHED: ["tejpa ihop mig själv", "patch myself up", "stygn", "fick sy", "need stitches", "ska sy", "behöver sys"],
  /** A wound that gapes or keeps bleeding. */
  WOUND_OPEN: ["gaping", "glipar", "cm öppet", "keeps opening", "slutar inte blöda", "wont stop bleeding"],
  /** The story told to the nurse or the mother. */
  TOLD_STORY: [
    "sa att jag ramlat", "sa att det var en olycka", "akuten är för pinsamt", "told them i fell", "hon trodde mig", "they believed me", "said it was an accident", "fråga inte varför",
    "asking for me", "dont ask why", "frågar för att",
  ],
  /** The only thing that helps. */
  SH_COPE: [
    "det enda som funkar", "enda som får tankarna att tystna", "only thing that shuts", "calms me down", "ville känna något annat", "hjälpte lite", "det hjälpte",
  ],
  /** Cut or injured, said plainly. */
  CUT_PLAIN: ["skär", "cut", "punch walls", "punched the mirror", "boxas mot väggen", "blod", "rött", "🩸"],
  /** Don't tell, don't ask. */
  DONT_TELL: ["dont tell anyone", "säg inget", "berätta inte", "fråga inte om", "dont ask about", "skäms", "ashamed"],
  /** Something stupid with the arm. */
  STUPID_WITH: ["something stupid to my arm", "nåt dumt m armen"],
  /** Cutting oneself, not the hair. */
  /** Cutting oneself (also a haircut). */
  CUT_SELF: ["klipper mig", "klippte mig", "cut myself"],
  NOT_HAIR: ["inte håret", "not my hair", "not the hair"],
  // Guards for everyday messages the older rules flagged as crisis (the cross-validated false flags).
  /** Self-harm long past, told with pride (read message-wide, like RECOVERED: the pride may be in the next sentence). */
  PROUD_PAST: [
    "felt proud of how far", "klarade 1 år", "wanted to share something good", "ville ba berätta att jag klarade", "how far ive come",
    "hur långt jag kommit", "hur långt ja kommit", "varit fri sen dess", "been fine for years", "its been years and", "känns bra att kunna säga",
  ],
  /** Coffee and energy drinks: an "overdose" of them. */
  CAFFEINE: ["kaffe", "coffee", "energy drink*", "energidryck*", "koppar", "cups", "red bull", "nocco"],
  /** Home alone and proud of it. */
  FIRST_TIME: ["så stolt", "super excited", "checks in every hour", "huge deal"],
  /** Schoolwork about a subject: a project, an essay, a source. */
  STUDY_TALK: [
    "projekt om", "mitt projekt", "redovisar", "redovisning", "sfi class", "class today", "grupparbete", "skolarbete", "arbete om", "uppgift om",
    "källa", "statistik", "läser om", "i svenskan", "i biologin", "i psykologin", "bokcirkel*", "a doc about",    // Round 12: a school assignment.
    "assignment", "any stats",
  ],
  /** Up on a roof or a bridge for a reason: sunbathing, ice cream, stars, snow, building work. */
  UP_THERE_FOR: [
    "solar", "sola", "käkar glass", "äter glass", "ice cream", "matar ankorna", "målade om", "skottade", "skotta", "bygget", "ett bygge", "takterrass*", "fireworks",
    "fyrverkeri*", "lekstugan", "signalfel", "kommer sent", "went for a walk",
  ],
  /** A small matter: burnt toast, a drill, a stolen bike, the music. */
  SMALL_MATTER: [
    "popcornen", "toasten", "my toast", "bara övning", "new recipe", "tasted great", "cykel blev stulen", "bike was stolen", "sänkte musiken",
    "lower the music",
  ],
  /** A group chat or a holiday: somewhere to disappear from or to. */
  CHAT_PLACE: ["group chat", "whatsapp", "chatten", "klassgruppen", "till thailand", "cabin", "vacation goals"],
  /** Sundays, lie-ins. */
  LAZY_DAY: ["på söndagar", "på helgerna", "on sundays", "on weekends", "så mycket begärt"],
  /** A new job, a move, the season ending: goodbyes of an ordinary kind. */
  JOB_CHANGE: ["nytt jobb", "new job", "min chef", "praktikplatsen", "slutade idag", "för säsongen", "moved into", "own flat",
    // Round 15: the last shift, the colleagues, the old phone.
    "last shift", "sista passet", "sista arbetsdagen", "gänget på jobbet", "kollegorna", "coworkers", "colleagues", "gamla mobil", "old phone",
  ],
  /** Medicines handed in or taken as prescribed. */
  MEDS_BENIGN: ["lämnat in", "lämnade in", "på apoteket", "to the pharmacy", "ätit frukost", "veckodagar"],
  /** A rope for a hammock, a tent or a boat. */
  ROPE_USE: ["hängmatt*", "hammock", "tent", "till sjön"],
  /** A team in a game. */
  TEAM: ["my team", "i laget", "teammates", "all game"],
  /** Hit with a pillow or a fork. */
  PLAY_OBJ: ["med en kudde", "with a pillow", "med gaffeln", "with a fork", "köttbulle"],
  /** A lock that jammed. */
  LOCK_STUCK: ["hakade upp sig", "lock got stuck", "låset gick sönder", "skruva loss"],
  /** Singing a song. */
  SINGING: ["singing", "sjunga", "sjöng", "nationaldagen"],
  /** Taking one's life into one's own hands. */
  OWN_HANDS: ["i egna händer", "into my own hands", "in my own hands"],
  /** Killed by boredom: a figure. */
  KILLED_ME_FIGURE: ["av tristess", "of boredom"],
  /** Smoke with a harmless source. */
  BENIGN_SMOKE: ["grillade på balkongen", "grillar på balkongen", "bara grannen som", "bbq", "bastun"],
  /** Stabbed in the back by a friend who told a secret. */
  BETRAYAL: ["berättade min hemlighet", "told my secret", "backstabbed", "läste att", "read that", "boxningen", "sparring*"],
  /** Crying like a baby. */
  LIKE_A_BABY: ["som en bebis"],
};
