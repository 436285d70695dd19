// One JSON error shape for every route, and the one place a refusal becomes an HTTP status: domain
// errors by their code, invalid input (zod), body-parser failures. Routes throw or reject; Express 5
// hands a rejected handler's error here.
import type { ErrorRequestHandler, Response } from "express";
import { ZodError } from "zod";
import { DomainError, type DomainErrorCode } from "../domain/domain-error.js";
import type { Logger } from "../infrastructure/log.js";

const statusOf: Record<DomainErrorCode, number> = {
  invalid: 400, forbidden: 403, "not-found": 404, conflict: 409, gone: 410, unprocessable: 422, "too-many": 429,
};

export function sendError(res: Response, status: number, error: string, detail?: string): void {
  res.status(status).json(detail ? { error, detail } : { error });
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof DomainError) return void res.status(statusOf[err.code]).json({ error: err.error, ...(err.options.detail ? { detail: err.options.detail } : {}), ...err.options.extra });
    if (err instanceof ZodError) return sendError(res, 400, "invalid_request", err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    // A row that vanished between the check and the write (Prisma P2025) is missing, not a server fault.
    if ((err as { code?: unknown }).code === "P2025") return sendError(res, 404, "not_found");
    const type = (err as { type?: string }).type;
    if (type === "entity.too.large") return sendError(res, 413, "body_too_large");
    if (type === "entity.parse.failed" || type === "encoding.unsupported" || type === "charset.unsupported") {
      return sendError(res, 400, "malformed_body");
    }
    if (typeof (err as { status?: number }).status === "number" && (err as { status: number }).status < 500) {
      return sendError(res, (err as { status: number }).status, "bad_request");
    }
    log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, "unhandled request error");
    return sendError(res, 500, "internal_error");
  };
}

/** Flat string params from a urlencoded body, or undefined when a key repeats or nests. */
export function flatParams(body: unknown): Record<string, string> | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v !== "string") return undefined;
    out[k] = v;
  }
  return out;
}
