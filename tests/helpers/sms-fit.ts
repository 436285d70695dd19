// Two lines Tillit may send as one message (an answer and what follows it): every first with every second
// must fit two SMS segments in GSM-7, or the phone bill doubles and a young person gets the reply in pieces.
import { expect } from "vitest";
import { smsSize } from "../../bot/domain/sms-segments.js";

export function expectEachPairFits(pairs: [string[], string[]][]): void {
  for (const [firsts, seconds] of pairs) {
    for (const a of firsts) {
      for (const b of seconds) {
        const size = smsSize(`${a} ${b}`);
        expect(size.encoding, `${a} ${b}`).toBe("GSM-7");
        expect(size.units, `${a} ${b}`).toBeLessThanOrEqual(306);
      }
    }
  }
}
