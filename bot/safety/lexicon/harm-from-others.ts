// Words of harm from others: threats, weapons, violence at home, sexual violence, being used by a
// gang, a child left alone, acute danger. Read entries as described in people.ts.
export const harmFromOthers = {
  /** To threaten. */
  THREAT: ["hotar", "hotade", "hotat", "hota", "threaten*"],
  /** To kill or badly hurt someone. */
  KILL_OTHER: [
    "döda", "dödar", "dödade", "mörda", "mördar", "slå ihjäl", "knivhugga", "hugga", "skjuta", "skjuter", "skada", "=kill", "kills", "murder",
    "stab", "shoot", "hurt", "sticka ner", "hugga ner", "slå ner", "skjuta ner", "strypa",
  ],
  /** To be going to, to intend. */
  INTEND: ["ska", "skall", "tänker", "kommer", "going to", "gonna", "will", "planning to", "about to"],
  /** To hit, beat, kick, choke. */
  HIT: [
    "slår", "slog", "slagit", "slå", "sparkar", "sparkade", "örfilar", "örfilade", "knivhögg", "knivhuggit", "högg", "sköt",
    "=hits", "=hit", "stabbed", "hitting", "beats", "beat", "beating", "kicks", "kicked", "slaps", "slapped", "misshandla*", "punch*",
    "jumped", "attacked", "mugged", "robbed", "rånade", "spöade", "överföll",
    // Round 22: burning someone (a cigarette, a lighter, hot water) is violence when another does it.
    "burns me", "burned me", "burnt me", "bränner mig", "brände mig", "bränt mig",
  ],
  /** Choking and strangling: the violence most often before a killing. */
  CHOKE: [
    "stryper", "strypt", "strypgrepp", "stryptag", "choke*", "choking", "strangl*", "händerna runt halsen", "hands around my neck",
    "grabbed my throat", "tog mig i halsen", "tog mig om halsen",
  ],
  /** To throw. */
  THROW: ["kastar", "kastade", "kasta", "throws", "threw", "throwing"],
  /** At the writer. */
  AT_ME: ["på mig", "at me", "mot mig"],
  /** Locked out at night. */
  LOCK_OUT: ["låser ute mig", "låste ute mig", "låst mig ute", "låste mig ute", "låser mig ute", "stänger ute mig", "locks me out", "locked me out", "får sova ute", "sleep outside"],
  /** Having been attacked, said by the person it happened to. */
  VICTIM_TALK: [
    "blev knivhuggen", "blev misshandlad", "blev slagen", "blir slagen", "blir misshandlad", "blir hotad", "blev rånad", "blev överfallen", "blev skjuten", "got jumped", "got stabbed", "got beat up", "got attacked", "was attacked", "was assaulted",
    "was stabbed", "got shot", "got robbed", "fick stryk", "fick spö", "got beaten", "got punched", "blev attackerad", "nerslagen",
  ],
  /** Weapons. */
  WEAPON: ["ett järn", "järnet", 
    "kniv", "kniven", "knivar", "vapen", "vapnet", "pistol", "pistolen", "puffra", "gevär", "machete", "yxa", "=gun", "guns", "knife", "knives",
    "weapon", "axe", "🔪", "🔫", "knogjärn", "brass knuckles", "batong", "baseballträ", "bat",
    // Round 22: firearms and other weapons by the names they are texted with: shotguns and rifles a family keeps,
    // handguns, automatic weapons, explosives. ("jaktgevär" is left out: its "jakt" reads as the hunt, a tool's use.)
    "rifle", "hunting rifle", "shotgun", "handgun", "pistol", "glock", "revolver", "hagelgevär*",
    "kalasjnikov", "automatkarbin*", "kpist", "handgranat*", "granat", "grenade", "springkniv*", "switchblade",
    "fällkniv*", "stilett*", "slagträ*", "taser", "elpistol",
  ],
  /** Having, showing or pulling a weapon. */
  HAVE_WEAPON: [
    "har", "hade", "viftade med", "viftar med", "hotade med", "pekade med", "drog", "=has", "=had", "carries", "pulled",
    "pointed", "waved", "came at me with", "got", "fått tag på",
  ],
  /** Carrying a weapon oneself. */
  CARRY: [
    "bär", "bära", "går med", "carry", "carrying", "bringing", "bring", "ta med", "tar med", "har med", "i jackan", "i fickan", "i väskan",
    "in my bag", "in my pocket", "on me", "under sängen", "under my bed", "under kudden",
  ],
  /** In case they come: a weapon kept for a fight that is expected. */
  IN_CASE: ["ifall", "in case", "för skydd", "for protection", "för säkerhets skull", "om dom kommer", "if they come"],
  /** Someone waiting for or coming after the writer. */
  WAITING: [
    "väntar", "waiting", "utanför", "outside", "porten", "coming for me", "kommer hit", "after me",
    "efter mig",
  ],
  /** A former partner: threats from an ex are among the most dangerous. */
  EX: ["exet", "mitt ex", "my ex", "expojkvän*", "ex bf", "exkille*", "ex boyfriend", "ex girlfriend"],
  /** Revenge. */
  REVENGE: ["hämnas", "hämnd", "revenge", "get back at"],
  /** Telling someone: what threats to keep quiet are about. */
  SNITCH: [
    "säger något", "talar om", "snitchar", "går till polisen", "talk", "tell anyone", "tell someone", "snitch", "go to the police", "berätta*",
  ],
  /** Angry or drunk. */
  ANGRY: ["arg", "förbannad", "angry", "mad"],
  /** Bruises. */
  BRUISES: ["blåmärk*", "bruise*"],
  /** Pictures and films of someone. */
  PICTURES: ["bilder", "bild", "pics", "pictures", "video", "videon", "videos"],
  /** Gangs by name, not a mere "they". */
  GANG_NAMED: ["gäng*", "ligan", "nätverket", "langaren", "dealer*"],
  /** Away from home. */
  AWAY: ["varit borta", "är borta", "been gone", "is gone"],
  /** Being afraid. */
  AFRAID: ["rädd", "skraj", "scared", "afraid", "terrified"],
  /** Daring (to go home). */
  DARE: ["vågar", "törs", "vågade"],
  /** Going home or being at home. */
  GO_HOME: ["gå hem", "åka hem", "komma hem", "vara hemma", "sova hemma", "go home", "going home", "be home", "be at home"],
  /** Being hit where one lives. */
  HIT_AT_HOME: [
    "blir slagen hemma", "blev slagen hemma", "blir misshandlad hemma", "get hit at home", "gets beaten at home", "getting beaten at home",
  ],
  /** Being locked in. */
  LOCK_IN: ["låser in mig", "låste in mig", "stänger in mig", "locks me in", "locked me in", "inlåst", "keeps me locked"],
  /** Honour-related control. */
  HONOR_TALK: [
    "gifta bort mig", "giftas bort", "tvinga mig att gifta mig", "tvingar mig att gifta mig", "hedersvåld", "hedersförtryck", "forced to marry",
    "forced marriage", "arranged marriage", "marry me off", "skicka mig till hemlandet", "skicka tillbaka mig till", "send me back to",
    // Round 22: a marriage to a cousin or in the parents' country, said as decided for the writer.
    "gifta mig med min kusin", "gifta mig med kusin", "marry my cousin", "gifta mig i hemlandet", "get married back home",
    "skickar mig till hemlandet", "sending me back to",
  ],
  /** What honour-related threats are about. */
  HONOR: ["pojkvän*", "flickvän*", "gifta", "heder*", "skam", "boyfriend", "girlfriend", "honour", "honor"],
  /** Sexual violence named as such. */
  RAPE_TALK: [
    "våldt*", "=rape", "=raped", "raping", "rapist", "övergrepp", "förgrep sig", "förgripit sig", "sexually assaulted", "sexual assault",
    "sexually abused", "sexual abuse", "molested", "molesting", "tafsa*", "groped", "groping", "tvingade sig på mig", "forced himself on me",
    "forced herself on me", "forced themselves on me", "utnyttjade mig", "took advantage of me", "gick över min gräns", "did things to me",
    "did stuff to me", "gjorde saker med mig", "gjorde saker mot mig",
  ],
  /** Forcing or pressing someone. */
  FORCE: [
    "pressade", "pressar", "forced", "forcing", "force", "forces", "made me", "makes me", "make me", "making me", "pressured", "pressuring",
    "tvinga*",
  ],
  /** Forced, said of what was done to the writer. */
  FORCE_ME: ["tvingade mig", "tvingar mig", "tvingat mig", "forced me", "forces me", "forcing me"],
  /** Everyday things parents and teachers make young people do. */
  CHORE: [
    "städa", "plugga", "läxor", "läxorna", "äta upp", "gå till skolan", "gå upp", "träna", "clean", "homework", "study", "eat my", "go to school",
  ],
  /** Sexual acts. */
  SEX_ACT: [
    "=sex", "ligga med", "suga", "ta på honom", "skicka nakenbilder", "skicka bilder", "sleep with", "suck", "touch him", "send nudes", "göra saker",
    "do stuff", "do things",
  ],
  /** Clothes: "tar på mig jackan" is getting dressed. */
  CLOTHES: ["jackan", "jacka", "kläder", "kläderna", "skorna", "mössan", "tröjan", "byxorna", "jacket", "coat", "shoes", "clothes"],
  /** A grown-up where a young person is concerned. */
  ADULT: ["vuxen man", "vuxen kille", "gubbe", "gubben", "äldre man", "äldre kille", "grown man", "older guy", "old man", "adult man"],
  /** Spreading pictures. */
  SPREAD: [
    "sprida", "sprider", "lägga ut", "lägger ut", "la ut", "lagt ut", "send", "sends", "sending", "sent", "dela", "publicera", "leak", "post", "share", "spread",
    "skicka*",
  ],
  /** Nude pictures. */
  NUDES: ["på cam", "on cam", 
    "nakenbilder*", "nakenbild", "nudes", "utan kläder", "without clothes", "naken", "nakna", "naked", "nude", "nudez", "dick pic*", "kukbild*", "snuskiga bilder",
    "sexiga bilder", "sexy pics",
  ],
  /** Crimes a young person is made to commit. */
  CRIME_ACT: ["package", 
    "sälja", "säljer", "langa", "paket", "gömma", "förvara", "springa åt", "hålla i", "knark", "droger", "råna", "spränga", "skjuta", "=sell",
    "selling", "deal", "dealing", "hold", "drugs", "weed", "rob", "shoot", "stash", "deliver", "leverera", "föra in", "carry stuff",
  ],
  /** For them: the errand is someone else's. */
  FOR_THEM: ["åt dem", "åt dom", "för dom", "åt gänget", "for them", "for the gang"],
  /** Wanting the writer to do something. */
  WANT_ME: ["vill att jag", "säger att jag måste", "want me to", "wants me to", "told me to"],
  /** Being recruited. */
  RECRUIT: ["rekryter*", "värva*", "recruit*"],
  /** Owing. */
  DEBT: ["my debt", "skyldig", "skuld", "skulden", "owe", "in debt", "lån i mitt namn", "loans in my name"],
  /** Harm threatened to the writer. */
  HURT_ME: ["skadar mig", "hotar mig", "hotade mig", "threatened me", "threatening me"],
  /** "If I don't". */
  IF_I_DONT: ["om jag inte", "ifall jag inte", "if i dont", "unless", "annars", "or else"],
  /** Alone. */
  ALONE: ["ensam", "ensamma", "själv hemma", "hemma själv", "är själv", "alone", "by himself", "by herself", "by themselves"],
  /** No grown-up there. */
  NO_ADULT: ["ingen vuxen", "inga vuxna", "no adult", "no adults", "no grown up", "no grownups"],
  /** Coming or being home. */
  COME_HOME: ["varit hemma", "kommit tillbaka", "=hem", "been home", "come home", "came home"],
  /** Lengths of time that make an absence serious. */
  DAYS: ["dagar", "dygn", "igår", "i går", "inatt", "i natt", "sen i", "hela natten", "days", "yesterday", "last night", "all night"],
  /** Asking for emergency help, or being in danger now. */
  DANGER_TALK: ["trying to open my front door", "trying to open my door", "försöker öppna min dörr", 
    "ring polisen", "ringa polisen", "ring snuten", "ringa snuten", "call cops", "ring 112", "ringa 112", "ring ambulans", "ringa ambulans", "call the police", "call the cops", "call 112", "call 911", "call an ambulance", "i fara", "in danger",
    "bryter sig in", "breaking in", "breaking into", "det brinner", "on fire", "släpper inte ut mig", "wont let me leave", "kidnappad", "kidnapped",
    "rädd för mitt liv", "scared for my life", "fear for my life", "ta sig in", "tar sig in", "försöker komma in", "trying to get in",
    "trying to get into", "someone is in my house", "someone in my house", "någon är i lägenheten", "någon är i huset",
    "luktar rök", "brandlarmet", "fire alarm", "smells like smoke", "försöker öppna dörren", "trying to open the door",
    "bankar på dörren", "banging on the door", "sparkar på dörren", "blir förföljd", "stalked", "broke into", "bröt sig in", "brutit sig in",
  ],
  /** Following or stalking. */
  FOLLOW: ["följa efter", "circling", "följer efter", "följde efter", "följt efter", "förföljer", "förföljde", "stalkar", "stalkade", "following", "stalking", "followed"],
  /** A stranger. */
  STRANGER: ["en man", "en främling", "a man", "a stranger", "some guy", "en okänd"],
  /** Someone at the door. */
  AT_DOOR: [
    "utanför dörren", "utanför min dörr", "outside my door", "outside the door", "at my door", "outside my window", "utanför fönstret",
    "utanför mitt fönster",
  ],
};
