// The public set-password page: the one-time token is in the URL's fragment (never sent to a server in
// a request line or a Referer). It is read once, then removed from the address bar and history, and
// sent only in the two POST bodies. A wrong, expired or used link says so and changes nothing.
import { setLocale, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const token = location.hash.slice(1);
history.replaceState(null, "", location.pathname);

async function post(path, body) {
  const res = await fetch(`/staff/api/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  return { status: res.status, data };
}

function invalid() {
  $("sp-form").hidden = true;
  $("sp-error").textContent = t("password.invalid");
  $("sp-sign-in").hidden = false;
}

const check = await post("password-link", { token });
if (check.status !== 200) invalid();
else {
  // The account's own language (Swedish until they choose otherwise in the inbox).
  setLocale(check.data.locale);
  $("sp-who").textContent = t("password.for", { name: check.data.displayName, email: check.data.email });
  $("sp-email").value = check.data.email;
  $("sp-form").hidden = false;
  $("sp-password").focus();
}

$("sp-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("sp-error").textContent = "";
  const password = $("sp-password").value;
  if (password.length < 12) return void ($("sp-error").textContent = t("password.short"));
  if (password !== $("sp-repeat").value) return void ($("sp-error").textContent = t("password.mismatch"));
  const result = await post("password", { token, password }).catch(() => ({ status: 0, data: {} }));
  if (result.status === 200) {
    $("sp-form").hidden = true;
    $("sp-done").textContent = t("password.done", { email: result.data.email });
    $("sp-sign-in").hidden = false;
    $("sp-sign-in").focus();
  } else if (result.status === 410) invalid();
  else $("sp-error").textContent = result.status === 400 ? t("password.short") : t("password.error");
});
