// Twilio's webhooks: verify the signature, parse, hand over. Replies never go inline in TwiML; they
// leave through the outbox, so the webhook answers at once.
import express, { Router } from "express";
import type { ConversationCore } from "../core/conversation-core.js";
import type { Sql } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Logger } from "../infrastructure/log.js";
import { inboundSmsSchema, statusCallbackSchema, toDeliveryStatus, verifyTwilioSignature } from "../channels/twilio.js";
import { recordDeliveryStatus } from "../outbox/record-delivery-status.js";
import { flatParams, sendError } from "./errors.js";

export interface TwilioRouteDeps {
  authToken: string;
  accountSid: string;
  publicUrl: string;
  maxBodyBytes: number;
  core: ConversationCore;
  sql: Sql;
  events: EventBus;
  log: Logger;
  now: () => Date;
}

export const TWILIO_INBOUND_PATH = "/api/sms/twilio";
export const TWILIO_STATUS_PATH = "/api/sms/twilio/status";
const emptyTwiml = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

export function twilioRoutes(deps: TwilioRouteDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: deps.maxBodyBytes, parameterLimit: 200 });

  const verified: express.RequestHandler = (req, res, next) => {
    if (!req.is("application/x-www-form-urlencoded")) return sendError(res, 400, "malformed_body", "expected application/x-www-form-urlencoded");
    const params = flatParams(req.body);
    if (!params) return sendError(res, 400, "malformed_body", "repeated or nested parameters");
    const signature = req.get("x-twilio-signature");
    if (!verifyTwilioSignature(deps.authToken, signature, deps.publicUrl + req.originalUrl, params)) {
      deps.log.warn({ path: req.path, signed: Boolean(signature) }, "twilio webhook refused: bad signature");
      return sendError(res, 403, "invalid_signature");
    }
    res.locals.params = params;
    next();
  };

  router.post(TWILIO_INBOUND_PATH, form, verified, async (_req, res, next) => {
    const parsed = inboundSmsSchema.safeParse(res.locals.params);
    if (!parsed.success || parsed.data.AccountSid !== deps.accountSid) {
      return sendError(res, 400, "malformed_body", parsed.success ? "AccountSid does not match" : parsed.error.issues.map((i) => i.path.join(".")).join(", "));
    }
    try {
      const stored = await deps.core.receive({
        channel: "sms",
        providerId: parsed.data.MessageSid,
        from: parsed.data.From,
        body: parsed.data.Body,
        receivedAt: deps.now(),
      });
      deps.log.info({ messageId: stored.messageId, conversationId: stored.conversationId, duplicate: stored.duplicate }, "sms received");
      res.type("text/xml").send(emptyTwiml);
    } catch (err) {
      next(err);
    }
  });

  router.post(TWILIO_STATUS_PATH, form, verified, async (req, res, next) => {
    const parsed = statusCallbackSchema.safeParse(res.locals.params);
    if (!parsed.success || parsed.data.AccountSid !== deps.accountSid) return sendError(res, 400, "malformed_body");
    try {
      const outcome = await recordDeliveryStatus(deps.sql, deps.events, {
        channel: "sms",
        providerId: parsed.data.MessageSid,
        status: toDeliveryStatus(parsed.data.MessageStatus),
        errorCode: parsed.data.ErrorCode,
        optedOut: parsed.data.ErrorCode === "21610",
        outboxKey: typeof req.query.outbox === "string" ? req.query.outbox : undefined,
        at: deps.now(),
      });
      deps.log.info({ outcome, status: parsed.data.MessageStatus }, "sms status received");
      res.status(204).end();
    } catch (err) {
      next(err);
    }
  });
  return router;
}
