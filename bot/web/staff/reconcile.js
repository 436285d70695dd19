// Live updates change a list in place: an item whose key is still there keeps its element (and so
// keyboard focus and the screen reader's place); a changed item is patched, not replaced; only new
// items are added. Returns the keys that are new since the last update.
export function reconcile(list, items) {
  const existing = new Map([...list.children].map((node) => [node.dataset.key, node]));
  const focused = list.contains(document.activeElement) ? document.activeElement : null;
  const added = [];
  let cursor = list.firstElementChild;
  for (const { key, node, signature } of items) {
    let keep = existing.get(key);
    existing.delete(key);
    if (keep && keep.dataset.signature !== signature) {
      morph(keep, node);
      keep.dataset.signature = signature;
    } else if (!keep) {
      node.dataset.key = key;
      node.dataset.signature = signature;
      keep = node;
      added.push(key);
    }
    if (keep === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(keep, cursor);
  }
  for (const gone of existing.values()) gone.remove();
  // Moving an element can blur it: the focus goes back where it was.
  if (focused && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
  return added;
}

/** Makes `from` look like `to`, keeping every element whose tag matches (so focus inside stays). */
function morph(from, to) {
  for (const attr of [...from.attributes]) if (!to.hasAttribute(attr.name) && !attr.name.startsWith("data-")) from.removeAttribute(attr.name);
  for (const attr of [...to.attributes]) if (from.getAttribute(attr.name) !== attr.value) from.setAttribute(attr.name, attr.value);
  const a = [...from.childNodes];
  const b = [...to.childNodes];
  const same = a.length === b.length && a.every((n, i) => n.nodeType === b[i].nodeType && n.nodeName === b[i].nodeName);
  if (!same) return from.replaceChildren(...b);
  a.forEach((n, i) => {
    if (n.nodeType === Node.ELEMENT_NODE) morph(n, b[i]);
    else if (n.nodeValue !== b[i].nodeValue) n.nodeValue = b[i].nodeValue;
  });
}
