// Every page and asset carries a Content-Security-Policy, frame-ancestors 'none' with X-Frame-Options,
// nosniff and (behind https) HSTS; the web chat's own policy is on every page and asset under /chat.
// In a real browser, the inbox login cannot be framed by another origin.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { browserAvailable, launchBrowser } from "../helpers/browser.js";

let https: Harness;
let plain: Harness;
beforeAll(async () => {
  https = await startHarness(); // PUBLIC_URL https://tillit.example.org
  plain = await startHarness({ PUBLIC_URL: "" }, { simulator: true });
});
afterAll(async () => {
  await https.stop();
  await plain.stop();
});

const paths = ["/staff", "/staff/assets/staff.js", "/staff/assets/staff.css", "/staff/api/me", "/healthz", "/no-such-page"];
const chatPaths = ["/chat", "/chat?lang=en", "/chat/assets/chat.js", "/chat/assets/chat.css", "/chat/assets/webchat.js"];

const policy = (res: Response) => Object.fromEntries((res.headers.get("content-security-policy") ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe("security headers", () => {
  it.each(paths)("%s: strict policy, no framing, nosniff, HSTS behind https", async (p) => {
    const res = await fetch(https.baseUrl + p);
    const csp = policy(res);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
  });

  it.each(chatPaths)("%s: the web chat's own policy", async (p) => {
    const res = await fetch(https.baseUrl + p);
    expect(res.status).toBe(200);
    const csp = policy(res);
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp["connect-src"]).toEqual(["'self'", "ws:", "wss:"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("served over plain http (zero configuration): the same headers without HSTS, the simulator included", async () => {
    for (const p of ["/simulator", "/staff", "/chat"]) {
      const res = await fetch(plain.baseUrl + p);
      expect(res.headers.get("content-security-policy"), p).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get("content-security-policy"), p).not.toMatch(/upgrade-insecure-requests/);
      expect(res.headers.get("strict-transport-security"), p).toBeNull();
    }
  });

  it.skipIf(!browserAvailable)("a page on another origin cannot show the inbox login in a frame", async () => {
    const framer: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(`<iframe src="${plain.baseUrl}/staff"></iframe>`));
    await new Promise<void>((r) => framer.listen(0, "127.0.0.1", r));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // localhost and 127.0.0.1 are different origins.
      await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const loginShown = frame ? await frame.locator("input[type=password]").count().catch(() => 0) : 0;
      expect(loginShown).toBe(0);
      // The same page opened directly does show it.
      await page.goto(`${plain.baseUrl}/staff`);
      expect(await page.locator("input[type=password]").count()).toBe(1);
    } finally {
      await browser.close();
      framer.close();
    }
  });
});
