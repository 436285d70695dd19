// The participant's chat page: gets a Direct Line token from Tillit (personal link, an earlier visit
// in this browser, or a new anonymous chat) and renders Microsoft's Web Chat against Tillit's own
// Direct Line endpoint. No third-party service is contacted.
(function () {
  const lang = document.documentElement.lang === "en" ? "en" : "sv";
  const copy = (key) => document.getElementById("copy").content.querySelector(`[data-key="${key}"]`).textContent;
  const other = document.getElementById("other-language");
  other.href = lang === "en" ? "/chat" : "/chat?lang=en";
  other.hreflang = lang === "en" ? "sv" : "en";
  other.lang = lang === "en" ? "sv" : "en";

  const RESUME_KEY = "tillit.chat.resume";
  const params = new URLSearchParams(location.search);
  const invite = params.get("invite");
  // The invitation leaves the address bar (and the history) at once.
  if (invite) history.replaceState(null, "", lang === "en" ? "/chat?lang=en" : "/chat");

  function problem(key) {
    const box = document.getElementById("problem");
    box.textContent = copy(key);
    box.hidden = false;
  }

  async function session() {
    const resume = localStorage.getItem(RESUME_KEY);
    const ask = (body) => fetch("/chat/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    let res = await ask(invite ? { invite, language: lang } : resume ? { resume, language: lang } : { language: lang });
    // A resume key this server no longer knows: start afresh rather than fail.
    if (!invite && resume && res.status === 404) {
      localStorage.removeItem(RESUME_KEY);
      res = await ask({ language: lang });
    }
    if (!res.ok) {
      const { error } = await res.json().catch(() => ({}));
      throw new Error(error || "unavailable");
    }
    const s = await res.json();
    if (s.resume) localStorage.setItem(RESUME_KEY, s.resume);
    return s;
  }

  async function start() {
    let s;
    try {
      s = await session();
    } catch (err) {
      return problem({ "invite-used": "inviteUsed", "invalid-invite": "inviteInvalid", "anonymous-off": "closed" }[err.message] || "unavailable");
    }
    const directLine = window.WebChat.createDirectLine({ token: s.token, conversationId: s.conversationId, domain: location.origin + s.domain, webSocket: true });
    window.WebChat.renderWebChat(
      {
        directLine,
        userID: s.userId,
        locale: lang === "en" ? "en-US" : "sv-SE",
        styleOptions: {
          accent: "#2f6b5e",
          backgroundColor: "#fbf9f5",
          bubbleBackground: "#ffffff",
          bubbleBorderColor: "#e4ddd1",
          bubbleBorderRadius: 16,
          bubbleFromUserBackground: "#2f6b5e",
          bubbleFromUserTextColor: "#ffffff",
          bubbleFromUserBorderRadius: 16,
          bubbleFromUserBorderColor: "#2f6b5e",
          botAvatarInitials: "T",
          hideUploadButton: true,
          primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          rootHeight: "100%",
          sendBoxBackground: "#ffffff",
          suggestedActionBorderRadius: 18,
          suggestedActionLayout: "flow",
        },
      },
      document.getElementById("webchat"),
    );
    window.tillitDirectLine = directLine; // lets the browser tests watch the connection
    const phone = document.getElementById("phone");
    phone.hidden = s.hasPhone === true;
    // The number first; then the one-time code the phone got by SMS proves it is theirs.
    const post = (path, body) =>
      fetch(path, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${directLine.token || s.token}` }, body: JSON.stringify(body) });
    const codeForm = document.getElementById("code-form");
    document.getElementById("phone-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const res = await post("/chat/api/phone", { phone: document.getElementById("phone-number").value });
      document.getElementById("phone-result").textContent = copy(res.ok ? "phoneCodeSent" : res.status === 429 ? "tooMany" : "phoneInvalid");
      codeForm.hidden = !res.ok;
      codeForm.querySelector("button").disabled = false;
      document.getElementById("code-result").textContent = "";
      if (res.ok) document.getElementById("phone-code").focus();
    });
    codeForm.addEventListener("submit", async (e) => {
      e.preventDefault();
      const res = await post("/chat/api/phone/verify", { code: document.getElementById("phone-code").value.trim() });
      const { error } = res.ok ? {} : await res.json().catch(() => ({}));
      document.getElementById("code-result").textContent = copy(res.ok ? "phoneThanks" : { code_expired: "codeExpired", no_code: "codeExpired", too_many_attempts: "tooMany" }[error] || "codeWrong");
      if (res.ok || error === "too_many_attempts" || error === "code_expired") codeForm.querySelector("button").disabled = true;
    });
  }

  if (window.WebChat) start();
  else window.addEventListener("load", start);
})();
