import { Router } from "express";
import { isDatabaseReachable, type Db } from "../db/client.js";

export function healthRoutes(db: Db, smsKind: string): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const ok = await isDatabaseReachable(db);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable", sms: smsKind });
  });
  return router;
}
