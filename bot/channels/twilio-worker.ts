// Runs the Twilio REST client in a worker thread: building and parsing HTTP requests (twilio SDK and
// axios) is a fifth of the service's CPU at load, and provider latency should never sit on the
// thread that answers webhooks. The main thread keeps the same SmsTransport interface.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { startModuleWorker } from "../infrastructure/module-worker.js";
import { createTwilioTransport, classifyTwilioFailure, describeTwilioError, type TwilioSettings } from "./twilio.js";
import type { OutboundSms, SendReceipt, SmsTransport } from "./sms-transport.js";

type Request = { id: number; op: "send"; sms: OutboundSms } | { id: number; op: "findSent"; sms: OutboundSms; since: number };
type Reply = { id: number; ok: true; receipt: SendReceipt | SendReceipt[] } | { id: number; ok: false; error: ReturnType<typeof describeTwilioError> };

export function createTwilioWorkerTransport(settings: TwilioSettings): SmsTransport & { close(): Promise<void> } {
  const worker = startModuleWorker(import.meta.url, settings);
  worker.unref();
  const pending = new Map<number, { resolve: (r: SendReceipt | SendReceipt[]) => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  worker.on("message", (reply: Reply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.receipt);
    else waiter?.reject(reply.error);
  });
  worker.on("error", (err) => {
    for (const w of pending.values()) w.reject({ kind: "network", code: `worker: ${err.message}` });
    pending.clear();
  });
  const call = (req: Omit<Request, "id">) =>
    new Promise<SendReceipt | SendReceipt[]>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id });
    });
  return {
    kind: "twilio",
    send: async (sms) => (await call({ op: "send", sms })) as SendReceipt,
    findSent: async (sms, since) => (await call({ op: "findSent", sms, since: since.getTime() } as Omit<Request, "id">)) as SendReceipt[],
    classifyError: (err) => classifyTwilioFailure(describeTwilioError(err)),
    close: async () => {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const transport = createTwilioTransport(workerData as TwilioSettings);
  port.on("message", async (req: Request) => {
    try {
      const receipt = req.op === "send" ? await transport.send(req.sms) : await transport.findSent(req.sms, new Date(req.since));
      port.postMessage({ id: req.id, ok: true, receipt } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: req.id, ok: false, error: describeTwilioError(err) } satisfies Reply);
    }
  });
}
