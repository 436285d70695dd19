// Concern told through everyday things (round 3's development half): not having showered or brushed
// one's teeth for days, rent months behind or a landlord's deadline, a laugh ("lol") after a sad line.
// The rules are in ../rules/everyday-concern-rules.ts. Read entries as described in people.ts.
export const everydayConcern = {
  /** Looking after oneself left undone. */
  NOT_WASHED: ["inte duschat", "inte borstat tänderna", "inte tvättat mig", "havent showered", "havent brushed my teeth", "not showered", "havent washed"],
  /** The rent, or whoever collects it. */
  RENT: ["hyran", "hyresvärden", "landlord", "the rent", "my rent"],
  /** Rent unpaid or late. */
  UNPAID: ["inte betalat", "havent paid", "obetald*", "behind on", "@few mån sen", "@few månader sen", "months late", "months behind"],
  /** A deadline to leave one's home. */
  OUT_BY: ["im out by", "out by the", "måste flytta ut", "move out"],
  /** Keeping out of the way at home. */
  AVOID_HOME: ["hålla mig på mitt rum", "håller mig på mitt rum", "stay in my room", "keep to my room", "undvika att vara hemma", "avoid being home"],
  /** A plain joke, without the "lol" that young people put after sad things too. */
  JOKE_PLAIN: ["haha*", "hehe*", "lmao", "=jk", "skämt*", "skoja*", "kidding", "joking", "😂", "🤣"],
};
