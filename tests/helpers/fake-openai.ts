// A local OpenAI-compatible server for the real `openai` SDK: it checks the bearer key, records every
// request body, and answers as each test scripts it (content, slow answers, errors, invalid JSON).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
}

export type Scripted = { content: string; delayMs?: number } | { status: number; delayMs?: number };

export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  /** Requests whose answer has been sent, in the order the answers went out. */
  readonly answered: ChatRequest[] = [];
  respond: (req: ChatRequest) => Scripted = () => ({ status: 500 });
  private server?: Server;
  url = "";

  constructor(readonly apiKey: string) {}

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "bad key", type: "invalid_request_error" } }));
        return;
      }
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
      this.requests.push(body);
      const scripted = this.respond(body);
      if (scripted.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs));
      this.answered.push(body);
      if ("status" in scripted) {
        res.writeHead(scripted.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "scripted", type: "server_error" } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: `chatcmpl-${this.requests.length}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: scripted.content, refusal: null }, finish_reason: "stop", logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The last request's text from the participant (the user message). */
  lastUserText(): string | undefined {
    return this.requests.at(-1)?.messages.find((m) => m.role === "user")?.content;
  }
}

export const classification = (c: { crisis: boolean; concern?: boolean; categories?: string[]; intent?: string }) =>
  JSON.stringify({ crisis: c.crisis, concern: c.concern ?? false, categories: c.categories ?? [], intent: c.intent ?? "none" });
