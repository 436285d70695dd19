// Who a message is about, and negation. How to read an entry (the same in every lexicon file): words
// are compared after folding (no åäö, lower case, doubled letters collapsed, so write them normally);
// "stem*" matches any ending ("tablett*" → tabletter, tabletterna); several words make a phrase that
// must appear in that order without gaps; "=word" turns typo tolerance off for a word that is easily
// confused; "@many" is any number of 5 or more, "@few" a number from 0 to 3. Words of six letters or
// more also match with one typo (ten or more: two).
export const people = {
  /** The writer as the one who does something. */
  SELF_SUBJ: ["jag", "jg", "ja", "i", "im", "ive", "id"],
  /** The writer as the one something is done to. */
  SELF_OBJ: ["mig", "me", "myself", "my self"],
  /** The writer's body, where self-harm is described ("skar upp armen"). */
  SELF_BODY: [
    "mig", "myself", "armen", "armarna", "låret", "låren", "benen", "magen", "huden", "wrist", "wrists", "my arm", "my arms", "my thigh",
    "my thighs", "my legs", "my skin", "handled*", "arms", "thighs",
  ],
  /** Someone other than the writer: then a wish or act is not the writer's own ("min kompis vill dö"). */
  OTHERS: ["familjehemspapp*", "familjehemsmamm*", "fosterpapp*", 
    "han", "hon", "hen", "de", "dom", "någon", "en kille", "killen", "killarna", "en tjej", "tjejen", "exet", "min kille",
    "pojkvännen", "min pojkvän", "kompisen", "min kompis", "en kompis", "min vän", "polaren", "he", "she", "they", "someone", "somebody", "a guy",
    "this guy", "the guy", "my boyfriend", "my friend", "a friend", "my mate", "theyll", "hes", "shes", "theyre", "vi", "we", "us",
    "tränaren", "läraren", "chefen", "coach", "my teacher", "my boss", "theyd", "ex", "expojkvän*", "min polare", "morbror", "farbror",
    "kusin", "kusinen", "uncle", "my cousin", "grannen", "my neighbour", "my neighbor", "morfar", "farfar", "grandpa", "this dude",
    "some guys", "ett gäng", "a gang",
    // Partners as they are texted: only control rules read them while they were PARTNER's, and "my bf hit me again" was
    // never read as someone doing something to the writer.
    "my bf", "my gf", "my girlfriend", "my partner", "min tjej", "min flickvän", "flickvännen", "min sambo", "sambon", "min partner",
  ],
  /** Parents, step-parents and siblings: violence from them is abuse at home. */
  FAMILY_HOME: [
    "mamma", "mamman", "morsan", "pappa", "pappan", "farsan", "styvpappa*", "styvfar*", "styvmamma*", "styvmor*", "bonuspappa*", "bonusmamma*",
    "föräldrar*", "brorsan", "storebror", "syrran", "mom", "mum", "mother", "dad", "father", "stepdad", "stepmom", "stepfather", "stepmother",
    "parents", "brother", "sister", "syster", "mammas kille", "mammas pojkvän", "mammas nya", "pappas tjej", "pappas flickvän", "mums boyfriend",
    "moms boyfriend", "dads girlfriend", "styvbror", "stepbrother", "stepmum", "bror",
    // Round 22: the aunts many young people live with instead of parents (kinship care): violence from them is
    // violence at home too. Not grandparents: "mormor" is mostly someone cared for, whose medicines and letters are
    // ordinary talk.
    "moster", "faster", "my aunt",
  ],
  /** The family as a group, where honour-related threats come from. */
  FAMILY: ["familjen", "min familj", "släkten", "bröderna", "mina bröder", "my family", "my brothers", "my relatives"],
  /** Someone a threat of violence is aimed at. */
  OTHER_OBJ: [
    "honom", "henne", "hen", "dem", "dom", "killen", "läraren", "någon", "him", "her", "them", "that guy", "someone", "everyone", "alla", "han",
    "hon",
  ],
  /** Younger children the writer may be responsible for. */
  SMALL_CHILD: [
    // Round 14: their children, the neighbours' baby.
    "sina tre barn", "sina barn", "their kids", "neighbours baby",
    // Round 13: little brother and small cousins in dialect and plural, the neighbours' kids, the kid downstairs.
    "småbror", "småkusiner", "neighbours kids", "the kid", "mina @few syskon", "little ones", "a little girl", "a little boy", "en liten kille", "en liten tjej", "liten flicka", "little siblings", "her baby","grannens ungar", "kid next door", "småbröder", "småsystrar", "grannens barn", "little brothers", "little sisters", 
    "lillebror", "lillasyster", "lillsyrran", "småsyskon*", "syskonen", "mina syskon", "barnen", "bebisen", "min dotter", "min son",
    "little brother", "little sister", "baby brother", "baby sister", "my siblings", "the kids", "the baby", "my daughter", "my son", "toddler",
    "små bröder", "små systrar", "småttingarna", "tvillingarna", "the twins", "lil bro", "lil sis", "lillen", "my brothers are", "@minor year old",
    "unge", "ungen", "småbarn", "bebis", "little kid", "a kid", "a child", "ett barn",
  ],
  /** Gangs and the people who run the writer's errands for them. */
  GANG: ["ligan", "killarna", "de", "dom", "they", "the older guys", "gäng*"],
  /** A negation: "vill inte dö", "i dont want to die". */
  NEG: [
    "inte", "inge", "ej", "icke", "aldrig", "ingen", "inga", "inget", "not", "dont", "never", "doesnt", "didnt", "wont", "wouldnt", "isnt",
    "arent", "havent", "hasnt",
  ],
  /** Negation words that negate nothing here: "vet inte, vill bara dö" is not "vill inte dö". */
  NOT_NEGATION: ["vet inte", "vet ej", "fattar inte", "dont know", "dont even know"],
};
