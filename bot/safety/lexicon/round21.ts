// Words for round 21: guards for the rules' flags on ordinary messages (everyday*.jsonl, training data). Every
// ordinary line the rules flag uses up the screen's false-positive budget for ordinary messages, which is what
// holds the trained screen's thresholds up: a rule's false alarm on "min mobil har 3% batteri" costs crises the
// model could have caught. Read entries as described in people.ts.
export const round21 = {
  /**
   * The phone's own battery, not the writer's energy ("min mobil har 3% batteri så skriver sen"): cancels
   * exhaustion.drained. "känner mig som en mobil på 1%" names no phone of the writer's and is still read.
   */
  DEVICE_BATTERY: ["min mobil", "mobilen", "min telefon", "telefonen", "min lur", "luren", "laddare*", "my phone", "the phone", "charger"],
  /**
   * A meeting or an appointment moved ("kan vi flytta torsdagens möte till fredag?"): moving a time, not a home.
   * Cancels housing.rough-for-now.
   */
  APPOINTMENT: [
    "möte", "mötet", "mötes*", "träffen", "vår träff", "tandläkar*", "läkartid*", "tid hos", "tiden hos", "appointment*", "meeting",
  ],
};
