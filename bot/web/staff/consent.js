// Recording a consent the young person gave a coordinator outside the bot (in person, by phone, in
// the chat). The consent text is the bot's own, in the participant's language, shown so it can be
// read aloud: the checkbox that says it was read is required, because a yes must be an informed one.
// The server checks everything again (bot/staff/record-consent.ts); this only explains early.
import { t } from "./i18n.js";

const METHODS = ["in-person", "phone", "chat"];

export function mountConsent({ api, el, $, when, onSaved }) {
  const box = $("c-consent");

  function radios(name, legend, options) {
    const set = el("fieldset", { class: "goal" }, el("legend", { text: legend }));
    for (const [value, text] of options) {
      const input = el("input", { type: "radio", name, id: `consent-${name}-${value}`, value });
      set.append(el("span", { class: "check" }, input, el("label", { for: input.id, text })));
    }
    return set;
  }

  function form(conversationId, consentText) {
    const quote = el("blockquote", { id: "consent-text", class: "consent-text", lang: consentText.language, text: consentText.text });
    const read = el("input", { id: "consent-read", type: "checkbox", required: true });
    const error = el("p", { id: "consent-error", class: "error", role: "alert" });
    const f = el("form", { id: "consent-form", class: "compose", novalidate: true },
      el("p", { class: "muted", text: t("consent.read-aloud", { language: t(`c.lang.${consentText.language}`) }) }),
      quote,
      radios("granted", t("consent.answer"), [["yes", t("consent.yes")], ["no", t("consent.no")]]),
      radios("method", t("consent.how"), METHODS.map((m) => [m, t(`consent.method.${m}`)])),
      el("span", { class: "check" }, read, el("label", { for: read.id, text: t("consent.text-read") })),
      el("button", { type: "submit", class: "quiet", text: t("consent.save") }),
      error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      const granted = f.querySelector("input[name=granted]:checked")?.value;
      const method = f.querySelector("input[name=method]:checked")?.value;
      if (!granted) return (error.textContent = t("consent.pick-answer"));
      if (!method) return (error.textContent = t("consent.pick-how"));
      if (!read.checked) return (error.textContent = t("consent.must-read"));
      try {
        await api(`/conversations/${conversationId}/consent`, { method: "POST", body: { kind: "data-processing", granted: granted === "yes", method, textRead: true, textVersion: consentText.version } });
        await onSaved(conversationId);
        $("consent-note").textContent = granted === "yes" ? t("consent.saved-yes") : t("consent.saved-no");
      } catch (err) {
        error.textContent = err.message === "opted-out" ? t("consent.error.opted-out") : err.message === "consent-text-changed" ? t("consent.error.text-changed") : t("consent.error.failed");
      }
    });
    return f;
  }

  /** Drawn from the profile the page has just read (its latest consents and the consent text). */
  function show(conversationId, profile) {
    const latest = profile.consent["data-processing"];
    const now = latest ? t("consent.now", { answer: latest.granted ? t("c.yes") : t("c.no"), when: when(latest.at) }) : t("consent.never");
    box.replaceChildren(
      el("h3", { text: t("consent.title") }),
      el("p", { class: "muted", text: now }),
      el("details", { class: "plan-edit" }, el("summary", { text: t("consent.record") }), form(conversationId, profile.consentText)),
      el("p", { id: "consent-note", class: "muted", "aria-live": "polite" }),
    );
  }

  return { show };
}
