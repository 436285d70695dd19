// One JSON error shape for every route, and translation of body-parser failures into it.
import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "../log.js";

export function sendError(res: Response, status: number, error: string, detail?: string): void {
  res.status(status).json(detail ? { error, detail } : { error });
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
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
