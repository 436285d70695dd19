// Short-lived Direct Line tokens, each bound to one web conversation, and coordinators' invitation
// links. Both are HMAC-signed with a key only the service knows (WEBCHAT_TOKEN_SECRET, or one the
// service made and keeps in the database so that every instance shares it). Never logged.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const TOKEN_LIFETIME_S = 30 * 60;

const claims = z.object({
  k: z.enum(["dl", "invite"]),
  /** dl: the web conversation id; invite: the participant id. */
  s: z.union([z.string().min(8).max(64), z.number().int().positive()]),
  exp: z.number().int(),
  /** Makes every token distinct (an invite's nonce is what the database remembers). */
  n: z.string().min(8).max(64),
  /** dl: an anonymous visitor who has not written yet (nothing is stored for them), and their language. */
  l: z.enum(["sv", "en"]).optional(),
});
export type TokenClaims = z.infer<typeof claims>;

const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64url");

export class TokenSigner {
  constructor(private readonly key: Buffer) {}

  sign(c: Omit<TokenClaims, "n">): string {
    const body = b64(JSON.stringify({ ...c, n: randomBytes(12).toString("base64url") }));
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a genuine, unexpired token of the given kind; undefined otherwise (no reason leaks). */
  verify(token: string, kind: TokenClaims["k"], now: Date): TokenClaims | undefined {
    if (token.length > 600) return undefined;
    const [body, mac, extra] = token.split(".");
    if (!body || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let parsed: TokenClaims;
    try {
      parsed = claims.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    } catch {
      return undefined;
    }
    if (parsed.k !== kind || parsed.exp * 1000 <= now.getTime()) return undefined;
    return parsed;
  }

  /** A secret only this key can make, the same every time for the same label (a visitor's resume key before they exist). */
  derive(label: string): string {
    return createHmac("sha256", this.key).update(`derive:${label}`).digest("base64url");
  }

  private mac(body: string): string {
    return createHmac("sha256", this.key).update(body).digest("base64url");
  }
}

/** What the database keeps of a secret handed to a browser or a participant: never the secret itself. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export const newSecret = (bytes = 24) => randomBytes(bytes).toString("base64url");
