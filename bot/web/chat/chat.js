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

  // Web Chat renders with its own bundled React; these elements are the plain objects React reads (the
  // page loads no second React just to draw an initial).
  const REACT_ELEMENT = Symbol.for("react.element");
  const h = (type, props, ...children) => ({
    $$typeof: REACT_ELEMENT, type, key: props?.key ?? null, ref: null, _owner: null,
    props: { ...props, key: undefined, children: children.length === 1 ? children[0] : children },
  });
  const fromPerson = (activity) => activity.channelData?.author === "coordinator";
  const isNotice = (activity) => activity.channelData?.author === "system";
  const speakerName = (activity) => (fromPerson(activity) ? copy("personLabel").replace("{name}", activity.from?.name || "") : copy("botLabel"));

  // Who says what, for screen readers: Web Chat reads "Bot T said" before every bot message; here it
  // reads the speaker's name instead ("Maja (personal): …", "Tillit (digital assistent): …").
  const createStore = () => window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === "DIRECT_LINE/INCOMING_ACTIVITY" && action.payload?.activity?.from?.role === "bot" && action.payload.activity.type === "message") {
      const activity = action.payload.activity;
      const said = isNotice(activity) ? activity.text : `${copy("said").replace("{who}", speakerName(activity))} ${activity.text ?? ""}`;
      action = { ...action, payload: { ...action.payload, activity: { ...activity, channelData: { ...activity.channelData, "webchat:fallback-text": said } } } };
    }
    return next(action);
  });
  const middleware = {
    // A person's initial on their messages; Tillit's "T" on the bot's.
    avatarMiddleware: () => (next) => (args) => {
      if (args.fromUser) return next(args);
      const person = fromPerson(args.activity);
      const letter = person ? (args.activity.from?.name || "?").slice(0, 1).toUpperCase() : "T";
      return () => h("div", { className: `tillit-avatar${person ? " person" : ""}`, "aria-hidden": "true" }, letter);
    },
    // The name beside the time.
    activityStatusMiddleware: () => (next) => (args) => {
      const status = next(args);
      if (args.activity?.from?.role !== "bot" || isNotice(args.activity)) return status;
      return h("span", {}, h("span", { className: "tillit-who" }, speakerName(args.activity)), status && !args.hideTimestamp ? " · " : "", status);
    },
    // A message group belongs to one writer (Web Chat groups by role, so Tillit and a person would share one avatar).
    groupActivitiesMiddleware: () => (next) => (args) => {
      const grouped = next(args);
      const sender = (grouped.sender || []).flatMap((group) =>
        group.reduce((runs, activity) => {
          const last = runs[runs.length - 1];
          if (last && last[0].from?.id === activity.from?.id) last.push(activity);
          else runs.push([activity]);
          return runs;
        }, []),
      );
      return { ...grouped, sender };
    },
    // "Maja (personal) is in the chat now" and "Tillit is answering again": one quiet line across the chat.
    activityMiddleware: () => (next) => (card, ...rest) => {
      if (card?.activity && isNotice(card.activity)) return () => h("p", { className: "tillit-notice" }, card.activity.text);
      return next(card, ...rest);
    },
  };

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
        store: createStore(),
        ...middleware,
        overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: " " },
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
          // Every message carries its writer's avatar: Tillit and a person can write within the same minute.
          showAvatarInGroup: true,
          // Contrast of at least 4.5:1 on the chat's background (axe-core checks it in the browser tests).
          timestampColor: "#55625d",
          subtle: "#55625d",
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
