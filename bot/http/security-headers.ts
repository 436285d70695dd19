// Security headers on every response, through helmet: a Content-Security-Policy (only Tillit's own
// scripts, styles and connections; no framing by anyone), X-Frame-Options, nosniff, no referrer, and
// HSTS when Tillit is served over https. The web chat gets its own policy on every page and asset
// under /chat: Microsoft's Web Chat bundle needs eval, inline styles (it injects them at run time),
// image blobs and a WebSocket to Tillit's Direct Line endpoint.
import type { RequestHandler } from "express";
import helmet from "helmet";

const common = {
  "default-src": ["'self'"],
  "base-uri": ["'none'"],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

export const appPolicy = {
  ...common,
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
};

export const chatPolicy = {
  ...common,
  "script-src": ["'self'", "'unsafe-eval'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'", "ws:", "wss:"],
};

export function securityHeaders(publicUrl: string): RequestHandler {
  const https = publicUrl.startsWith("https:");
  const withPolicy = (directives: Record<string, string[]>) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { ...directives, ...(https ? { "upgrade-insecure-requests": [] } : {}) } },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "no-referrer" },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      // The Direct Line API may be called from a site's own origin (CORS); resources stay same-site.
      crossOriginResourcePolicy: { policy: "same-site" },
    });
  const app = withPolicy(appPolicy);
  const chat = withPolicy(chatPolicy);
  return (req, res, next) => (req.path === "/chat" || req.path.startsWith("/chat/") ? chat : app)(req, res, next);
}
