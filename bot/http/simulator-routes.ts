// The zero-config SMS simulator: a page where anyone on this machine can text Tillit as any phone
// number. Its messages take the same path as Twilio's (store → turn → outbox → transport). Only
// mounted when no SMS provider is configured, because it shows any number's conversation.
import express, { Router } from "express";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { ConversationCore } from "../conversation-core.js";
import type { Db } from "../db/client.js";
import type { EventBus } from "../events.js";
import { toE164 } from "../domain/phone.js";
import { sendError } from "./errors.js";

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
const visibleOutbound = new Set(["sent", "delivered"]);

export function simulatorRoutes(d: SimulatorDeps): Router {
  const router = Router();
  router.get("/simulator", (_req, res) => res.sendFile(pagePath));
  router.use("/simulator", express.static(webDir, { index: false }));

  router.post("/simulator/api/messages", express.json({ limit: d.maxBodyBytes }), async (req, res, next) => {
    const parsed = sendSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, "invalid_message", parsed.error.issues.map((i) => i.path.join(".")).join(", "));
    const from = toE164(parsed.data.from, d.defaultCountry);
    if (!from) return sendError(res, 400, "invalid_phone");
    try {
      const stored = await d.core.receive({
        channel: "sms",
        providerId: `SIM-${parsed.data.clientId ?? randomUUID()}`,
        from,
        body: parsed.data.body,
        receivedAt: d.now(),
      });
      res.status(202).json({ messageId: stored.messageId, duplicate: stored.duplicate, phone: from });
    } catch (err) {
      next(err);
    }
  });

  router.get("/simulator/api/history", async (req, res) => {
    const phone = toE164(String(req.query.phone ?? ""), d.defaultCountry);
    if (!phone) return sendError(res, 400, "invalid_phone");
    const participant = await d.db.participant.findUnique({ where: { phone } });
    if (!participant) return res.json({ phone, messages: [] });
    const messages = await d.db.message.findMany({ where: { participantId: participant.id }, orderBy: { id: "asc" }, take: 500 });
    res.json({ phone, messages: messages.filter((m) => m.direction === "in" || visibleOutbound.has(m.status)).map(view) });
  });

  router.get("/simulator/api/stream", async (req, res) => {
    const phone = toE164(String(req.query.phone ?? ""), d.defaultCountry);
    if (!phone) return sendError(res, 400, "invalid_phone");
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    const push = async (messageId: number) => {
      const m = await d.db.message.findUnique({ where: { id: messageId }, include: { participant: { select: { phone: true } } } });
      if (m?.participant.phone !== phone) return;
      if (m.direction === "out" && !visibleOutbound.has(m.status)) return;
      res.write(`event: message\ndata: ${JSON.stringify(view(m))}\n\n`);
    };
    const offStored = d.events.onShared("message.stored", (e) => e.direction === "in" && void push(e.messageId));
    const offStatus = d.events.onShared("message.status-changed", (e) => visibleOutbound.has(e.status) && void push(e.messageId));
    const keepAlive = setInterval(() => res.write(": ping\n\n"), 25_000);
    req.on("close", () => {
      offStored();
      offStatus();
      clearInterval(keepAlive);
    });
  });
  return router;
}

function view(m: { id: number; direction: string; authorKind: string; body: string; choices: string | null; createdAt: Date }) {
  return { id: m.id, direction: m.direction, author: m.authorKind, body: m.body, choices: m.choices ? JSON.parse(m.choices) : undefined, at: m.createdAt.toISOString() };
}
