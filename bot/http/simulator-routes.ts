// The zero-config SMS simulator: a page where anyone on this machine can text Tillit as any phone
// number. Its messages take the same path as Twilio's (store → turn → outbox → transport). Only
// mounted when no SMS provider is configured, because it shows any number's conversation.
import express, { Router } from "express";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { ConversationCore } from "../core/conversation-core.js";
import type { Db } from "../db/client.js";
import type { EventBus } from "../infrastructure/events.js";
import { toE164 } from "../domain/phone.js";
import { sendError } from "./errors.js";
import { messageOnPhone, phoneHistory, reachesPhone } from "../channels/simulator-history.js";

export interface SimulatorDeps {
  core: ConversationCore;
  db: Db;
  events: EventBus;
  defaultCountry: string;
  maxBodyBytes: number;
  now: () => Date;
}

const sendSchema = z.object({
  from: z.string().min(3).max(32),
  body: z.string().min(1).max(1600),
  clientId: z.uuid().optional(),
});

const webDir = path.resolve(import.meta.dirname, "../web");
const pagePath = path.join(webDir, "simulator.html");

export function simulatorRoutes(deps: SimulatorDeps): Router {
  const router = Router();
  router.get("/simulator", (_req, res) => res.sendFile(pagePath));
  router.use("/simulator", express.static(webDir, { index: false }));

  router.post("/simulator/api/messages", express.json({ limit: deps.maxBodyBytes }), async (req, res) => {
    const parsed = sendSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, "invalid_message", parsed.error.issues.map((i) => i.path.join(".")).join(", "));
    const from = toE164(parsed.data.from, deps.defaultCountry);
    if (!from) return sendError(res, 400, "invalid_phone");
    const stored = await deps.core.receive({
      channel: "sms",
      providerId: `SIM-${parsed.data.clientId ?? randomUUID()}`,
      from,
      body: parsed.data.body,
      receivedAt: deps.now(),
    });
    res.status(202).json({ messageId: stored.messageId, duplicate: stored.duplicate, phone: from });
  });

  router.get("/simulator/api/history", async (req, res) => {
    const phone = toE164(String(req.query.phone ?? ""), deps.defaultCountry);
    if (!phone) return sendError(res, 400, "invalid_phone");
    res.json({ phone, messages: await phoneHistory(deps.db, phone) });
  });

  router.get("/simulator/api/stream", async (req, res) => {
    const phone = toE164(String(req.query.phone ?? ""), deps.defaultCountry);
    if (!phone) return sendError(res, 400, "invalid_phone");
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    const push = async (messageId: number) => {
      const m = await messageOnPhone(deps.db, phone, messageId);
      if (m) res.write(`event: message\ndata: ${JSON.stringify(m)}\n\n`);
    };
    const offStored = deps.events.onShared("message.stored", (e) => e.direction === "in" && void push(e.messageId));
    const offStatus = deps.events.onShared("message.status-changed", (e) => reachesPhone(e.status) && void push(e.messageId));
    const keepAlive = setInterval(() => res.write(": ping\n\n"), 25_000);
    req.on("close", () => {
      offStored();
      offStatus();
      clearInterval(keepAlive);
    });
  });
  return router;
}
