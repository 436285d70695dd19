// Facts for follow-up on a participant's page: birth year (or only an age band), gender, enrolment
// date, how they came to the team, and a guardian's contact where the team's routine asks for it for
// a minor. All optional, entered by staff; the discharge date and outcome are shown, not edited here.
const GENDERS = [["", "Ej angivet"], ["woman", "Kvinna"], ["man", "Man"], ["other", "Annat"], ["undisclosed", "Vill inte uppge"]];
const BANDS = [["", "Ej angiven"], ["u18", "Under 18"], ["18-20", "18–20"], ["21-24", "21–24"], ["25+", "25 och äldre"]];
const SOURCES = [["", "Ej angivet"], ["kaa", "KAA"], ["employment-service", "Arbetsförmedlingen"], ["social-services", "Socialtjänsten"], ["school", "Skolan"], ["family-friend", "Tips från familj eller vän"], ["self", "Hörde av sig själv"], ["outreach-list", "Uppsökande lista"]];
const OUTCOMES = { work: "arbete", studies: "studier", "other-activity": "annan aktivitet", moved: "flyttat", "no-contact": "ingen kontakt", unknown: "okänt" };

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
    const band = select("facts-age-band", BANDS, f.ageBand);
    const gender = select("facts-gender", GENDERS, f.gender);
    const enrolled = el("input", { id: "facts-enrolled", type: "date", value: f.enrolledOn ?? "" });
    const source = select("facts-source", SOURCES, f.referralSource);
    const guardian = el("input", { id: "facts-guardian", maxlength: 200, value: f.guardianContact ?? "" });
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const showGuardian = f.guardianContactAsked || Boolean(f.guardianContact);
    const form = el("form", { id: "facts-form", class: "compose" },
      el("label", { for: year.id, text: "Födelseår" }), year,
      el("label", { for: band.id, text: "Åldersgrupp (om födelseår saknas)" }), band,
      el("label", { for: gender.id, text: "Kön" }), gender,
      el("label", { for: enrolled.id, text: `Inskriven (tomt = ${f.enrolledOnDefault})` }), enrolled,
      el("label", { for: source.id, text: "Kom till oss via" }), source,
      showGuardian ? el("label", { for: guardian.id, text: f.guardianContactAsked ? "Vårdnadshavares kontakt (teamets rutin för under 18)" : "Vårdnadshavares kontakt" }) : null,
      showGuardian ? guardian : null,
      el("button", { type: "submit", class: "quiet", text: "Spara uppgifterna" }), note);
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
        box.querySelector("p[aria-live]").textContent = "Sparat.";
      } catch (err) {
        note.textContent = err.message === "birth-year-out-of-range" ? "Födelseåret ser inte rätt ut." : err.message === "in-the-future" ? "Inskrivningen kan inte ligga framåt i tiden." : "Uppgifterna kunde inte sparas.";
      }
    });
    const ended = f.dischargedAt ? `Avslutad ${when(f.dischargedAt)}${f.dischargeOutcome ? ` (${OUTCOMES[f.dischargeOutcome] ?? f.dischargeOutcome})` : ""}` : "Inte avslutad.";
    box.replaceChildren(el("h3", { text: "Uppgifter för uppföljning" }),
      el("p", { class: "muted", text: "Frivilliga. Fråga bara när det känns naturligt; deltagaren kan avstå från allt. Boten frågar aldrig om dem." }),
      form, el("p", { class: "muted", text: ended }));
  }

  async function show(id) {
    conversationId = id;
    const facts = await api(`/conversations/${id}/facts`);
    if (conversationId === id) render(facts);
  }
  return { show };
}
