// Participant text is only ever inserted with textContent: markup in a message stays text.
const thread = document.getElementById("thread");
const statusLine = document.getElementById("status");
const phoneInput = document.getElementById("phone");
const bodyInput = document.getElementById("body");
const shown = new Set();
let stream;
let opening = 0; // only the latest open() may draw, however its requests race

function render(message) {
  if (shown.has(message.id)) return;
  shown.add(message.id);
  const bubble = document.createElement("div");
  bubble.className = `msg ${message.direction}`;
  bubble.dataset.author = message.author;
  bubble.dataset.id = String(message.id);
  const choices = message.choices ? "\n" + message.choices.map((c, i) => `${i + 1}. ${c}`).join("\n") : "";
  bubble.textContent = message.body + choices;
  // The stream and the history can deliver in either order: each message takes its place by id.
  const later = [...thread.children].find((b) => Number(b.dataset.id) > message.id);
  thread.insertBefore(bubble, later ?? null);
  if (!later) thread.scrollTop = thread.scrollHeight;
}

async function loadHistory(phone, mine) {
  const res = await fetch(`/simulator/api/history?phone=${encodeURIComponent(phone)}`);
  if (mine !== opening) return;
  if (!res.ok) { statusLine.textContent = "Ogiltigt nummer."; return; }
  const history = await res.json();
  if (mine !== opening) return;
  history.messages.forEach(render);
  statusLine.textContent = `Du skriver som ${history.phone}.`;
}

function open(phone) {
  const mine = ++opening;
  stream?.close();
  thread.replaceChildren();
  shown.clear();
  statusLine.textContent = "";
  // The stream is listening before the history is read, so a reply stored between the two is never
  // missed; after a reconnect the history is read again to fill whatever the gap held.
  stream = new EventSource(`/simulator/api/stream?phone=${encodeURIComponent(phone)}`);
  stream.addEventListener("message", (e) => { if (mine === opening) render(JSON.parse(e.data)); });
  stream.addEventListener("open", () => void loadHistory(phone, mine));
  stream.addEventListener("error", () => {
    if (stream.readyState === EventSource.CLOSED && mine === opening) statusLine.textContent = "Ogiltigt nummer.";
  });
  // Keep the number in the address, so a reload (or a shared link) opens the same conversation.
  window.history.replaceState(null, "", `?phone=${encodeURIComponent(phone)}`);
}

document.getElementById("number-form").addEventListener("submit", (e) => {
  e.preventDefault();
  open(phoneInput.value);
});

document.getElementById("compose").addEventListener("submit", async (e) => {
  e.preventDefault();
  const body = bodyInput.value.trim();
  if (!body) return;
  const res = await fetch("/simulator/api/messages", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ from: phoneInput.value, body, clientId: crypto.randomUUID() }),
  });
  if (res.ok) { bodyInput.value = ""; statusLine.textContent = ""; }
  else statusLine.textContent = "Kunde inte skicka. Försök igen.";
});

bodyInput.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); document.getElementById("compose").requestSubmit(); }
});

const fromAddress = new URLSearchParams(window.location.search).get("phone");
if (fromAddress) phoneInput.value = fromAddress;
open(phoneInput.value);
