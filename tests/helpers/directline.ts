// Microsoft's botframework-directlinejs, the real Direct Line client, running in Node against
// Tillit: XMLHttpRequest (for its rxjs ajax) and WebSocket come from xhr2 and ws, as a browser's would.
import XMLHttpRequestPolyfill from "xhr2";
import WebSocketImpl from "ws";
import { ConnectionStatus, DirectLine, type Activity } from "botframework-directlinejs";
import { eventually, type Harness } from "./harness.js";

const g = globalThis as unknown as { XMLHttpRequest?: unknown; WebSocket?: unknown };
g.XMLHttpRequest ??= XMLHttpRequestPolyfill;
g.WebSocket ??= WebSocketImpl;

export { ConnectionStatus, type Activity };

export interface ChatSession {
  conversationId: string;
  token: string;
  userId: string;
  resume?: string;
}

export async function chatSession(h: Harness, body: Record<string, unknown> = {}): Promise<ChatSession> {
  const res = await fetch(`${h.baseUrl}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`session → ${res.status} ${await res.text()}`);
  return (await res.json()) as ChatSession;
}

/** A connected client that records every activity it receives. */
export class ChatClient {
  readonly activities: Activity[] = [];
  readonly dl: DirectLine;
  private readonly sub: { unsubscribe(): void };

  constructor(h: Harness, s: ChatSession, opts: { webSocket?: boolean; watermark?: string; startNew?: boolean } = {}) {
    this.dl = new DirectLine({
      token: s.token,
      conversationId: opts.startNew ? undefined : s.conversationId,
      watermark: opts.watermark,
      domain: `${h.baseUrl}/v3/directline`,
      webSocket: opts.webSocket ?? true,
      pollingInterval: 200,
    });
    this.sub = this.dl.activity$.subscribe((a) => this.activities.push(a));
  }

  get messages(): Activity[] {
    return this.activities.filter((a) => a.type === "message");
  }

  texts(role?: "user" | "bot"): string[] {
    return this.messages.filter((a) => !role || a.from.role === role).map((a) => (a as { text?: string }).text ?? "");
  }

  async say(text: string, userId: string, clientActivityID?: string): Promise<string> {
    return new Promise((resolve, reject) =>
      this.dl.postActivity({ type: "message", text, from: { id: userId }, ...(clientActivityID ? { channelData: { clientActivityID } } : {}) } as Activity).subscribe({ next: resolve, error: reject }),
    );
  }

  async waitFor(check: (texts: string[]) => boolean, timeoutMs = 5000): Promise<void> {
    await eventually(() => check(this.texts()), timeoutMs);
  }

  async online(): Promise<void> {
    await eventually(() => this.dl.connectionStatus$.getValue() === ConnectionStatus.Online);
  }

  end(): void {
    this.sub.unsubscribe();
    this.dl.end();
  }
}
