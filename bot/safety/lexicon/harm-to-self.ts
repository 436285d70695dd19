// Words of suicide, self-harm and overdose: wishes, acts, means, places, farewells. Read entries as
// described in people.ts. A concept here means nothing alone; the rules (../rules/) say which
// combinations matter.
export const harmToSelf = {
  /** Words and phrases that on their own speak of suicide. */
  SUICIDE_TALK: [
    "självmord*", "suicid*", "kms", "unalive*", "sewerslide", "kill myself", "killing myself", "end my life", "ending my life", "end it", "hang myself", "hanging myself", "shoot myself", "drown myself", "gonna off myself", "to off myself", "wanna off myself", "hänga mig", "hänger mig", "dränka mig",
    "skjuta mig", "göra slut på allt", "gör slut på allt", "göra slut på mig", "avsluta mitt liv", "avsluta allt", "ingen mening att leva",
    "inget att leva för", "inget kvar att leva för", "nothing to live for", "no point living", "trött på livet", "trött på att leva",
    "less på livet", "orkar inte med livet", "orkar inte mer med livet", "klar med livet", "färdig med livet", "tired of living", "tired of life",
    "sick of living", "sick of life", "done with life", "done with living", "ingen annan utväg", "enda utvägen", "only way out", "no other way out",
    "better off dead", "bättre död", "borde inte finnas", "borde inte leva", "shouldnt be alive", "shouldnt exist", "should not be alive",
    "ger upp på livet", "gett upp på livet", "give up on life", "given up on life", "giving up on life", "aldrig blivit född", "aldrig ha fötts",
    "aldrig fötts", "never been born", "was never born", "ending things", "end things", "end everything", "slut på mitt liv", "slut på livet",
    "ending it", "göra slut på det", "avsluta livet", "ctb",
    // Round 22: methods said as acts that have no everyday reading: a car driven into a tree or off the road, an engine
    // left running in a closed garage, a ligature round the neck.
    "köra in i ett träd", "köra in i en bergvägg", "köra av vägen med flit", "krascha bilen med flit", "drive into a tree",
    "drive off the road", "drive off a bridge", "crash my car on purpose",
    "engine on in the garage", "in the garage with the engine", "bältet runt halsen", "skärpet runt halsen", "sladden runt halsen",
    "belt around my neck", "cord around my neck", "strypa mig själv", "strangle myself",
  ],
  /** A reason to live, almost always said in the negative ("life isnt worth living"). */
  REASON_TO_LIVE: [
    "point in living", "point of living", "worth living", "reason to live", "reason to be alive", "mening med att leva", "anledning att leva",
    "värt att leva",
  ],
  /** At hand, ready. */
  AT_HAND: ["lined up", "uppradade", "framlagda", "laid out", "next to me", "bredvid mig", "framför mig", "in front of me", "in my hand", "i handen", "redo", "ready"],
  /** Tonight, now, soon. */
  TIME_SOON: [
    "ikväll", "i kväll", "inatt", "i natt", "nu", "snart", "idag", "imorgon", "imorn", "tonight", "now", "today", "soon", "tomorrow", "rn",
  ],
  /** Wanting, wishing, hoping (Swedish). */
  WANT_SV: ["vill", "ville", "velat", "önskar", "önskade", "hoppas", "längtar", "känner för att"],
  /** Wanting, wishing, hoping (English). */
  WANT_EN: ["want", "wanna", "wish", "wished", "hope", "feel like", "would rather", "id rather", "rather"],
  /** To die, dead (Swedish; "do" is "dö" without its dots). */
  DIE_SV: ["=dö", "=död"],
  /** To die, dead (English). */
  DIE_EN: ["=die", "=dead"],
  /** To live or exist (Swedish). */
  LIVE_SV: ["leva", "lever", "finnas", "existera", "vara vid liv"],
  /** Should, deserve to. */
  SHOULD: ["borde", "should", "deserve to", "förtjänar att", "ought to"],
  /** Nice, a relief: "skulle va skönt att slippa vakna". */
  NICE: ["skönt", "gött", "nice", "a relief", "enklare", "easier"],
  /** To live or exist (English). */
  LIVE_EN: ["live", "living", "alive", "exist", "existing", "be here", "be around"],
  /** To still be here ("vill inte vara med längre"). */
  STAY_LONGER: [
    "vara med längre", "vara med mer", "vara kvar längre", "vara här längre", "vara här mer", "va här längre", "va med längre", "va kvar längre",
    "finnas kvar", "be here anymore", "be around anymore",
  ],
  /** Cannot bear, cannot manage. */
  /** Able, managing (before a negation: "orkar fan inte leva"). */
  ABLE: ["orkar", "orka", "pallar", "palla", "klarar", "kan", "can"],
  CANT_BEAR: [
    "orkar inte", "orkar ej", "pallar inte", "pallar ej", "klarar inte", "kan inte", "cant",
    "can not", "cannot", "orka",
  ],
  /** To be gone, to not wake up (Swedish). */
  GONE_SV: ["borta för alltid", "aldrig hade fötts", 
    "försvinna", "inte vakna*", "aldrig vakna*", "slippa leva", "slippa finnas", "somna för alltid", "somna in", "inte finnas",
    "slippa vakna",],
  /** To be gone, to not wake up (English). */
  GONE_EN: ["gone forever", "never born", "disappear", "vanish", "not exist", "be gone", "not be here", "sleep forever", "never wake up", "not wake up"],
  /** Better, easier (for the others). */
  BETTER: ["klarar sig bra", "be fine", "bättre", "better", "lättare", "easier", "happier", "lyckligare", "gladare", "glada"],
  /** Without me. */
  WITHOUT_ME: ["utan mig", "without me"],
  /** If. */
  IF: ["om", "ifall", "if"],
  /** Being gone, said of oneself after "if" ("om jag inte fanns", "if i was gone"). */
  GONE_PAST: [
    "inte fanns", "försvann", "var död", "dog", "inte var här", "wasnt here", "was gone", "was dead", "died", "disappeared", "didnt exist",
    "wasnt around", "were gone", "var borta", "were dead", "försvinner", "dör", "inte finns", "disappear", "die", "am gone",
  ],
  /** Nobody. */
  NOBODY: ["ingen", "inga", "no one", "nobody", "noone"],
  /** Would miss or notice (not "care": "ingen bryr sig" is loneliness, a concern). */
  MISS: ["sakna", "saknar", "märka", "märker", "miss", "notice"],
  /** Would care (only about one's death: "ingen bryr sig om mig" alone is loneliness). */
  CARE: ["bry sig", "bryr sig", "care", "cares"],
  /** Being a burden. */
  BURDEN: [
    "börda", "belastning", "i vägen för alla", "till besvär för alla", "burden", "in everyones way", "bara i vägen", "alltid i vägen",
    "just in the way", "always in the way",
  ],
  /** To take (a life). */
  TAKE: ["ta", "tar", "tog", "tagit", "take", "taking", "took"],
  /** "…livet av" in "ta livet av mig", also with the subject in between ("tar jag livet av mig"). */
  LIFE_OF: ["live av", "livet av"],
  /** One's own life. */
  MY_LIFE: ["mitt liv", "mitt eget liv", "my life", "my own life"],
  /** Thinking about. */
  THINK: ["tänker", "tänkt", "tankar", "thinking", "think about", "thoughts"],
  /** Death itself. */
  DEATH: ["döden", "att dö", "death", "dying", "being dead"],
  /** Farewell acts and last words. */
  FAREWELL: ["its a goodbye", "it was a goodbye", "det är ett hejdå", 
    "goodbye letter*", "goodbye note*", "goodbye forever", "hejdå för alltid", "farväl", "this is goodbye", "my last message", "kommer inte höra av mig mer",
    "kommer inte höra av mig igen", "wont hear from me again", "ifall jag inte finns", "om jag inte finns imorgon", "om jag inte finns imorn",
    "if im not here tomorrow", "brev till alla", "brev till familjen", "letters to everyone", "letter to my family", "letters to my family",
    "kommer slippa mig", "slipper mig snart", "ni slipper mig", "wont have to deal with me", "sista meddelandet",
    "my last text", "sista kvällen", "sista natten", "is my last night", "inte finnas imorgon", "inte finnas imorn", "finns inte imorgon",
    "sagt hejdå till alla", "säger hejdå till alla", "said goodbye to everyone", "saying goodbye to everyone", "avskedsbrev",
    // Not existing tomorrow (not "inte va här imorn", which is as often a trip to mormor's). Not being here or around by
    // tomorrow or for much longer is suicide.gone-soon's (NOT_STILL_HERE), which knows an errand or a place named with it.
    "finns inte imorn"],
  /** All of it, one's life ("vill att allt ska ta slut"). */
  IT_ALL: ["allt", "livet", "everything", "it all", "all of it"],
  /** Coming to an end. */
  TO_END: ["ta slut", "tar slut", "vara över", "va över", "end", "be over", "stop"],
  /** "Något dumt": a known way of naming harm to oneself without naming it. */
  SOMETHING_STUPID: ["något dumt", "something stupid", "something dumb", "smth stupid", "sth stupid"],
  /** About to do it (future or intent). */
  WILL_DO: [
    "kommer göra", "kmr göra", "kommer att göra", "ska göra", "tänker göra", "vill göra", "kan göra", "rädd att jag gör",
    "gonna do", "going to do", "will do", "might do", "about to do", "scared ill do", "afraid ill do",
  ],
  /** A letter written (a farewell when it is "in case something happens"). */
  LETTER: ["brev", "letter", "letters", "note"],
  /** In case something happens to the writer. */
  IF_HAPPENS: ["ifall han undrar", "ifall hon undrar", "get them after", "får dom sen", "om något händer", "ifall nåt händer", "in case something happens", "if something happens", "if anything happens"],
  /** After I am gone (a farewell when it comes with care for what is left behind). */
  WHEN_GONE: ["när jag är borta", "när jag inte finns", "when im gone", "when im dead"],
  /** Asking someone to pass a last word to family. */
  TELL_FAMILY: [
    "säg till mamma", "säg till pappa", "säg till min familj", "hälsa mamma", "tell my mom", "tell my dad", "tell my family", "tell my mum",
  ],
  /** Love and sorry, as last words. */
  LOVE_SORRY: ["att jag älskar", "att jag är ledsen", "förlåt", "i love", "im sorry", "i am sorry"],
  /** An urge. */
  URGE: ["sugen på", "urge to", "urges", "craving", "längtar efter att"],
  /** Having decided. */
  DECIDED: ["bestämt", "decided", "made up my mind", "planerar att"],
  /** Blades. */
  BLADE: ["rakblad*", "=blade", "blades", "razor"],
  /** A knife, dagger or razor told in emoji. */
  BLADE_EMOJI: ["🔪", "🗡", "🪒"],
  /** Blood told in emoji. */
  BLOOD_EMOJI: ["🩸"],
  /** Taking care of someone or something. */
  CARE_FOR: ["ta hand om", "tar hand om", "take care of", "look after"],
  /** Against oneself ("a knife … on myself"). */
  ON_MYSELF: ["på mig själv", "mot mig själv", "on myself", "against myself"],
  /** Giving one's things away. */
  GIVE_AWAY: ["ger bort", "gett bort", "gav bort", "ge bort", "delat ut", "delade ut", "giving away", "gave away", "give away", "gave my cat", "gave my dog", "rehomed my"],
  /** One's belongings. */
  MY_THINGS: ["mina saker", "mina grejer", "mina kläder", "allt jag äger", "my stuff", "my things", "everything i own", "my clothes"],
  /** Pills and medicines, by kind and by name (Swedish and international), and the pill emoji. */
  PILLS: ["lugnande", "tabbar", "mina vita", "xanor", "=oxy", 
    "tablett*", "piller", "pillren", "=pills", "=pill", "pillerna", "meds", "medicin*", "sömntablett*", "sömnpiller", "sömnmedel", "värktablett*",
    "💊", "benso*", "benzos", "xanax", "stesolid", "sobril", "oxascand", "imovane", "zopiklon", "propavan", "lergigan", "theralen", "atarax",
    "sertralin", "fluoxetin", "citalopram", "elvanse", "concerta", "alvedon", "panodil", "paracetamol", "pamol", "ipren", "ibuprofen", "ibumetin",
    "treo", "tramadol", "oxycodon*", "oxycontin", "morfin", "kodein", "citodon", "fentanyl", "acetaminophen", "tylenol", "advil", "motrin",
    "excedrin", "aspirin", "nyquil", "benadryl", "melatonin", "lyrica", "pregabalin", "seroquel", "quetiapin", "painkillers",
    // Round 22: medicines young people are prescribed (depression, sleep, ADHD, anxiety, pain, epilepsy, mood), by
    // generic and Swedish brand name, and English brand names ("antidepp*" is read squeezed: antidepressiva, antidepressants). Only their amount or their being
    // saved or taken all at once makes a rule; the name alone flags nothing.
    "antidepp*", "lyckopiller", "ssri", "sömnmedicin*", "lithium", "lamotrigin", "lamictal",
    "cipralex", "zoloft", "prozac", "fontex", "venlafaxin", "efexor", "duloxetin", "cymbalta", "mirtazapin", "remeron",
    "bupropion", "voxra", "wellbutrin", "amitriptylin", "saroten", "olanzapin", "zyprexa", "aripiprazol", "abilify", "oxazepam",
    "diazepam", "alprazolam", "klonazepam", "rivotril", "iktorivil", "zolpidem", "stilnoct", "propiomazin", "hydroxizin", "metylfenidat",
    "ritalin", "medikinet", "strattera", "atomoxetin", "oxikodon", "oxynorm", "metadon", "subutex", "gabapentin", "neurontin", "naproxen",
    "diklofenak", "voltaren", "magnecyl", "lexapro", "adderall", "vyvanse", "ambien", "klonopin", "valium", "ativan", "percocet",
    "vicodin", "codeine", "opioids", "prescription",
  ],
  /** Put aside, gathered, hidden: means kept for later. */
  SAVED: [
    "gömt", "gömmer", "gömd", "gömda", "hamstrat", "tillräckligt", "så det räcker", "enough", "saved", "saving", "stockpiling", "stockpiled",
    "hoarding", "hoarded", "stashed", "hidden", "spara*", "samla*",
  ],
  /** A rope or noose. */
  ROPE: ["=rep", "repet", "snara", "snaran", "=rope", "noose", "🪢"],
  /** Having or getting hold of something. */
  GOT_HOLD: ["har", "köpt", "köpte", "fixat", "skaffat", "have", "got", "bought"],
  /** Being somewhere, or on the way there. */
  LOCATED: [
    "står", "stod", "sitter", "satt", "är", "ligger", "uppe på", "ute på", "går till", "går mot", "på väg till", "på väg mot", "standing",
    "sitting", "im", "i am", "on my way to", "walking to", "heading to",
  ],
  /** Places where people fall or are hit: bridges, tracks, roofs, edges. */
  EDGE_PLACE: [
    "bron", "=bro", "spåret", "spåren", "tågspåret", "tågspåren", "rälsen", "järnvägen", "perrongkanten", "taket", "kanten", "stupet", "klippan",
    "balkongräcket", "bridge", "edge", "tracks", "railway", "rails", "roof", "rooftop", "ledge", "cliff",
    // Round 22: high bridges by name, the ones a young person in the cities and along the coast would stand on.
    "västerbron", "tranebergsbron", "liljeholmsbron", "skanstullsbron", "essingebron", "danvikbron", "älvsborgsbron", "götaälvbron",
    "hisingsbron", "tingstadsbron", "öresundsbron", "ölandsbron", "tjörnbron", "almöbron", "högakustenbron", "sundsvallsbron",
    "uddevallabron", "svinesundsbron", "gångbron", "viadukten", "overpass",
  ],
  /** To jump, without a place ("i'm going to jump"). */
  LEAP: ["hoppa", "jump"],
  /** To jump or throw oneself. */
  JUMP: [
    "hoppar", "kasta mig", "slänga mig", "ställa mig framför", "gå", "springa ut", "jumping", "throw myself", "walk", "step", "run",
  ],
  /** Where one would jump from or in front of. */
  JUMP_PLACE: [
    "framför tåget", "framför ett tåg", "framför tunnelbanan", "framför bussen", "framför en bil", "framför en lastbil", "från balkongen",
    "från fönstret", "ut genom fönstret", "off a building", "in front of a train", "in front of the train", "in front of a bus", "in front of a car",
    "out the window",
  ],
  /** To cut or burn (oneself). */
  CUT: [
    "skär", "skära", "skurit", "skuri", "skärit", "slit", "slitting", "bränner", "bränna", "brände", "bränt", "=cut", "cutting", "cuts", "burn",
    "burned", "burnt", "burning", "scratch", "scratching", "rispa*", "rista*",
  ],
  /** Self-harm named as such, including slang. */
  SELF_HARM_TALK: ["skada kroppen", "skada min kropp", "hurt my body", 
    "självskad*", "self harm*", "selfharm*", "cuttar", "cuttade", "cuttat", "cutta", "skada mig själv", "skadade mig själv", "skadar mig",
    "börjat skada mig", "vill skada mig", "sh ar", "sh at", "sh ade", "slår mig själv", "slog mig själv", "hurt myself",
    "hurting myself", "harm myself", "harming myself", "hit myself", "slår huvudet i väggen", "dunkar huvudet", "bang my head", "banging my head",
    "tills det blöder", "until it bleeds", "until i bleed", "tills det blödde", "until it bled", "till it bled", "barcode", "slog huvudet i väggen",
    "punched the wall until", "slår mig tills",
  ],
  /** Self-harm's abbreviation, which only counts next to words of relapse or of doing it. */
  SH: ["=sh"],
  /** Doing (it): what comes right before "sh" when someone says they did it ("gjorde sh igår"). */
  SH_DO: ["gjorde", "gjort", "=did", "=doing", "=done"],
  /** Again, a relapse, being clean from it. */
  RELAPSE: ["igen", "again", "återfall*", "relapse*", "clean"],
  /** What follows an urge ("i want to cut so bad rn"). */
  URGE_TAIL: ["so bad", "so badly", "rn", "right now", "tonight"],
  /** Swallowed, taken. */
  TOOK: ["tömt", "tömde", "emptied", "downed", 
    "tog", "tagit", "tar", "svalde", "svalt", "käkade", "käkat", "knaprade", "knaprat", "åt", "ätit", "tryckte i mig", "ta", "take", "took", "taken",
    "swallowed", "popped", "ate", "downed", "chugged",
  ],
  /** Many, all, too many: an amount no one takes by mistake. */
  MANY: ["mycket av", 
    "@many", "massa", "många", "alla", "hela", "karta", "burk*", "förpackning*", "bottle", "box", "pack", "för mycket", "fem", "tio", "femton",
    "tjugo", "trettio", "fyrtio", "femtio", "bunch", "all", "whole", "too many", "too much", "handful", "loads", "ten", "fifteen", "twenty",
    "thirty", "forty", "fifty", "dozen",
  ],
  /** A whole pack taken at once. */
  WHOLE_PACK: [
    "hela burken", "hela kartan", "hela förpackningen", "hela asken", "the whole bottle", "the whole pack", "the whole box", "en hel karta", "hel förpackning",
    "a whole pack", "a whole bottle", "whole packet",
  ],
  /** A whole pack said without "the" (other forms are read already): of what is said after it ("en hel ask choklad" is no overdose). */
  A_WHOLE_PACK: ["hel kartong", "hel ask"],
  /** Overdose named as such. */
  OVERDOSE_TALK: ["överdos*", "odat", "odade", "i od", "od on", "oded", "od ing", "just od"],
};
