// Staff's own templates, remembered for this user in the browser's storage (never uploaded).
// A template too large for that storage (about 5 MB in all) is kept for as long as the pane is
// open, and the pane says so: never silently dropped for the shipped one.

const key = language => `reportbuilder.template.${language}`;
const thisSession = new Map();

/** The chosen template of a language ({ name, bytes }), or null for the shipped one. */
export function rememberedTemplate(language) {
  if (thisSession.has(language)) return thisSession.get(language);
  const stored = localStorage.getItem(key(language));
  if (!stored) return null;
  const { name, base64 } = JSON.parse(stored);
  return { name, bytes: Uint8Array.from(atob(base64), c => c.charCodeAt(0)) };
}

/** Remembers the template; false when the browser's storage is full and it is kept for this session only. */
export function rememberTemplate(language, template) {
  let binary = '';
  for (let i = 0; i < template.bytes.length; i += 0x8000) binary += String.fromCharCode(...template.bytes.subarray(i, i + 0x8000));
  thisSession.delete(language);
  try {
    localStorage.setItem(key(language), JSON.stringify({ name: template.name, base64: btoa(binary) }));
    return true;
  } catch (e) {
    if (e?.name !== 'QuotaExceededError') throw e;
    localStorage.removeItem(key(language));
    thisSession.set(language, template);
    return false;
  }
}

export function forgetTemplate(language) {
  thisSession.delete(language);
  localStorage.removeItem(key(language));
}
