import { Router } from "express";
import type { DatabaseHealth } from "../db/write-probe.js";

/** 200 while a write can commit; 503 otherwise (a locked database, a full disk, a missing file). */
export function healthRoutes(databaseHealth: () => Promise<DatabaseHealth>, smsKind: string): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const database = await databaseHealth();
    const ok = database === "ok";
    res.status(ok ? 200 : 503).set("cache-control", "no-store").json({ status: ok ? "ok" : "unavailable", database, sms: smsKind });
  });
  return router;
}
