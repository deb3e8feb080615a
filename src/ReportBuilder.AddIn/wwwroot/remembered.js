// Files staff choose once (their own templates, their settings file), remembered for this user
// in the browser's storage (never uploaded), each in its slot: template.en, template.ru,
// settings. A file too large for that storage (about 5 MB in all) is kept for as long as the
// pane is open, and the pane says so: never silently dropped for the shipped one.

const key = slot => `reportbuilder.${slot}`;
const thisSession = new Map();

/** The file chosen for a slot ({ name, bytes }), or null for the shipped one. */
export function rememberedFile(slot) {
  if (thisSession.has(slot)) return thisSession.get(slot);
  const stored = localStorage.getItem(key(slot));
  if (!stored) return null;
  const { name, base64 } = JSON.parse(stored);
  return { name, bytes: Uint8Array.from(atob(base64), c => c.charCodeAt(0)) };
}

/** Remembers the file; false when the browser's storage is full and it is kept for this session only. */
export function rememberFile(slot, file) {
  let binary = '';
  for (let i = 0; i < file.bytes.length; i += 0x8000) binary += String.fromCharCode(...file.bytes.subarray(i, i + 0x8000));
  thisSession.delete(slot);
  try {
    localStorage.setItem(key(slot), JSON.stringify({ name: file.name, base64: btoa(binary) }));
    return true;
  } catch (e) {
    if (e?.name !== 'QuotaExceededError') throw e;
    localStorage.removeItem(key(slot));
    thisSession.set(slot, file);
    return false;
  }
}

export function forgetFile(slot) {
  thisSession.delete(slot);
  localStorage.removeItem(key(slot));
}
