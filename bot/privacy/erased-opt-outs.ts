// Numbers that said STOPP and were then erased. Only a keyed hash of each is kept, so that a message
// from that number is still treated as opted out and an outreach list never reaches it again,
// without Tillit keeping the number itself.
import type { SqlExecutor } from "../db/sql.js";
import { deleteErasedOptOut, erasedOptOutExists, insertErasedOptOut } from "../db/erased-opt-outs.js";
import type { PrivacyKey } from "./service-key.js";

export class ErasedOptOuts {
  /** `key` is read when needed: it is loaded at start-up, after this object is made. */
  constructor(private readonly key: () => PrivacyKey) {}

  private hash(phone: string): string {
    return this.key().hash("opt-out", phone);
  }

  async has(tx: SqlExecutor, phone: string): Promise<boolean> {
    return erasedOptOutExists(tx, this.hash(phone));
  }

  async remember(tx: SqlExecutor, phone: string, now: Date): Promise<void> {
    await insertErasedOptOut(tx, this.hash(phone), now);
  }

  /** The number wrote START: it is an ordinary number again. */
  async forget(tx: SqlExecutor, phone: string): Promise<void> {
    await deleteErasedOptOut(tx, this.hash(phone));
  }
}
