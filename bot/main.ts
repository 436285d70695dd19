// `npm start`: run Tillit with the configuration in the environment (zero configuration works).
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createTillit } from "./app.js";

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const tillit = createTillit(config);
const { url, port, demoLogin } = await tillit.start();
const urls = {
  webChat: `${url}/chat`,
  staffInbox: `${url}/staff`,
  health: `${url}/healthz`,
  ...(config.simulatorEnabled ? { simulator: `${url}/simulator` } : {}),
  ...(config.sms.kind === "twilio" ? { twilioWebhook: `${config.publicUrl}/api/sms/twilio` } : {}),
};
tillit.log.info({ urls, port, sms: config.sms.kind }, "Tillit is running");
process.stderr.write(`\nTillit is running (listening on port ${port}).\n${Object.entries(urls).map(([k, v]) => `  ${k.padEnd(14)} ${v}`).join("\n")}\n`);
if (demoLogin) {
  // Shown once, when the demo is created; a configured deployment never gets a demo or a printed password.
  process.stderr.write(`\n  Demo staff inbox login (shown only now): ${demoLogin.email} / ${demoLogin.password}\n`);
}
process.stderr.write("\n");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    tillit.log.info({ signal }, "stopping");
    await tillit.stop();
    process.exit(0);
  });
}
