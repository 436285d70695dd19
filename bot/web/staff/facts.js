// Facts for follow-up on a participant's page: birth year (or only an age band), gender, enrolment
// date, how they came to the team, and a guardian's contact where the team's routine asks for it for
// a minor. All optional, entered by staff; the discharge date and outcome are shown, not edited here.
import { lookup, t } from "./i18n.js";
const choices = (group, codes) => codes.map((c) => [c, t(`facts.${group}.${c || "none"}`)]);
const GENDERS = () => choices("gender", ["", "woman", "man", "other", "undisclosed"]);
const BANDS = () => choices("band", ["", "u18", "18-20", "21-24", "25+"]);
const SOURCES = () => choices("source", ["", "kaa", "employment-service", "social-services", "school", "family-friend", "self", "outreach-list"]);

export function mountFacts({ api, el, $, when }) {
  let conversationId = null;
  const box = $("c-facts");

  const select = (id, options, value) => {
    const s = el("select", { id }, ...options.map(([v, l]) => el("option", { value: v, text: l })));
    s.value = value ?? "";
    return s;
  };

  function render(f) {
    const year = el("input", { id: "facts-birth-year", type: "number", inputmode: "numeric", min: 1900, max: 2100, value: f.birthYear ?? "" });
    const band = select("facts-age-band", BANDS(), f.ageBand);
    const gender = select("facts-gender", GENDERS(), f.gender);
    const enrolled = el("input", { id: "facts-enrolled", type: "date", value: f.enrolledOn ?? "" });
    const source = select("facts-source", SOURCES(), f.referralSource);
    const guardian = el("input", { id: "facts-guardian", maxlength: 200, value: f.guardianContact ?? "" });
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const showGuardian = f.guardianContactAsked || Boolean(f.guardianContact);
    const form = el("form", { id: "facts-form", class: "compose" },
      el("label", { for: year.id, text: t("facts.birth-year") }), year,
      el("label", { for: band.id, text: t("facts.age-band") }), band,
      el("label", { for: gender.id, text: t("facts.gender") }), gender,
      el("label", { for: enrolled.id, text: t("facts.enrolled", { date: f.enrolledOnDefault }) }), enrolled,
      el("label", { for: source.id, text: t("facts.source") }), source,
      showGuardian ? el("label", { for: guardian.id, text: f.guardianContactAsked ? t("facts.guardian-asked") : t("facts.guardian") }) : null,
      showGuardian ? guardian : null,
      el("button", { type: "submit", class: "quiet", text: t("facts.save") }), note);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = {
        birthYear: year.value ? Number(year.value) : null,
        ageBand: band.value || null,
        gender: gender.value || null,
        enrolledOn: enrolled.value || null,
        referralSource: source.value || null,
        ...(showGuardian ? { guardianContact: guardian.value.trim() || null } : {}),
      };
      try {
        render(await api(`/conversations/${conversationId}/facts`, { method: "PUT", body }));
        box.querySelector("p[aria-live]").textContent = t("facts.saved");
      } catch (err) {
        note.textContent = err.message === "birth-year-out-of-range" ? t("facts.bad-year") : err.message === "in-the-future" ? t("facts.future") : t("facts.failed");
      }
    });
    const ended = f.dischargedAt ? `${t("facts.ended", { when: when(f.dischargedAt) })}${f.dischargeOutcome ? ` (${lookup(`reminders.outcome.${f.dischargeOutcome}`) ?? f.dischargeOutcome})` : ""}` : t("facts.not-ended");
    box.replaceChildren(el("h3", { text: t("page.uppgifter-for-uppfoljning") }),
      el("p", { class: "muted", text: t("facts.help") }),
      form, el("p", { class: "muted", text: ended }));
  }

  async function show(id) {
    conversationId = id;
    const facts = await api(`/conversations/${id}/facts`);
    if (conversationId === id) render(facts);
  }
  return { show };
}
