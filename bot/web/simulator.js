// Participant text is only ever inserted with textContent: markup in a message stays text.
const thread = document.getElementById("thread");
const statusLine = document.getElementById("status");
const phoneInput = document.getElementById("phone");
const bodyInput = document.getElementById("body");
const shown = new Set();
let stream;

function render(message) {
  if (shown.has(message.id)) return;
  shown.add(message.id);
  const bubble = document.createElement("div");
  bubble.className = `msg ${message.direction}`;
  bubble.dataset.author = message.author;
  const choices = message.choices ? "\n" + message.choices.map((c, i) => `${i + 1}. ${c}`).join("\n") : "";
  bubble.textContent = message.body + choices;
  thread.appendChild(bubble);
  thread.scrollTop = thread.scrollHeight;
}

async function open(phone) {
  stream?.close();
  thread.replaceChildren();
  shown.clear();
  const res = await fetch(`/simulator/api/history?phone=${encodeURIComponent(phone)}`);
  if (!res.ok) { statusLine.textContent = "Ogiltigt nummer."; return; }
  const history = await res.json();
  history.messages.forEach(render);
  stream = new EventSource(`/simulator/api/stream?phone=${encodeURIComponent(phone)}`);
  stream.addEventListener("message", (e) => render(JSON.parse(e.data)));
  statusLine.textContent = `Du skriver som ${history.phone}.`;
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

open(phoneInput.value);
