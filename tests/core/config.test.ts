import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../bot/config.js";

describe("configuration", () => {
  it("runs with zero configuration on the embedded defaults and the simulator", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3978, DATABASE_URL: "file:./data/tillit.db", publicUrl: "http://localhost:3978", sms: { kind: "simulator" }, simulatorEnabled: true });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TRUST_PROXY: "everyone; rm -rf" }, "TRUST_PROXY"],
    [{ TWILIO_ACCOUNT_SID: "AC123", TWILIO_AUTH_TOKEN: "x", TWILIO_FROM_NUMBER: "+46700000000" }, "TWILIO_ACCOUNT_SID"],
    [{ TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000" }, "TWILIO_AUTH_TOKEN"],
    [{ TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000", TWILIO_AUTH_TOKEN: "t" }, "TWILIO_FROM_NUMBER"],
    [{ TWILIO_FROM_NUMBER: "0701234567" }, "TWILIO_FROM_NUMBER"],
    [{ SIMULATOR_ENABLED: "maybe" }, "SIMULATOR_ENABLED"],
    [{ SLACK_BOT_TOKEN: "xoxp-user-token" }, "SLACK_BOT_TOKEN"],
    [{ SLACK_SIGNING_SECRET: "s" }, "SLACK_BOT_TOKEN"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET"],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }, "SLACK_APP_TOKEN"],
    [{ DEFAULT_TEAM: "Team Nord" }, "DEFAULT_TEAM"],
    [{ TAKEOVER_IDLE_HOURS: "0" }, "TAKEOVER_IDLE_HOURS"],
  ])("a wrong value stops start-up naming the variable: %j", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it("takes a SQLite file or a PostgreSQL server as DATABASE_URL", () => {
    for (const url of ["file:/var/lib/tillit/tillit.db", "postgresql://tillit:secret@db.kommun.se:5432/tillit", "postgres://tillit@localhost/tillit?schema=tillit"]) {
      expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
    expect(() => loadConfig({ DATABASE_URL: "tillit.db" })).toThrow(/DATABASE_URL/);
  });

  it("believes X-Forwarded-For from loopback unless told which proxies to trust", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe("loopback");
    expect(loadConfig({ TRUST_PROXY: "uniquelocal, 203.0.113.0/24" }).TRUST_PROXY).toBe("uniquelocal, 203.0.113.0/24");
  });

  it("turns Slack on over HTTP with a signing secret, or in Socket Mode with an app token; off without a bot token", () => {
    expect(loadConfig({}).slack).toEqual({ kind: "off" });
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack).toMatchObject({ kind: "http", signingSecret: "s" });
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack).toMatchObject({ kind: "socket", appToken: "xapp-1" });
  });

  it("selects Twilio when credentials are given, and then turns the simulator off", () => {
    const c = loadConfig({ TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000", TWILIO_AUTH_TOKEN: "t", TWILIO_MESSAGING_SERVICE_SID: "MG00000000000000000000000000000000", PUBLIC_URL: "https://tillit.kommun.se/" });
    expect(c.sms).toMatchObject({ kind: "twilio", messagingServiceSid: "MG00000000000000000000000000000000" });
    expect(c.simulatorEnabled).toBe(false);
    expect(c.publicUrl).toBe("https://tillit.kommun.se");
  });
});
