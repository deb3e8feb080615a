// Staff's own templates, remembered for this user in the browser's storage (never uploaded).

const key = language => `reportbuilder.template.${language}`;

/** The remembered template of a language ({ name, bytes }), or null for the shipped one. */
export function rememberedTemplate(language) {
  const stored = localStorage.getItem(key(language));
  if (!stored) return null;
  const { name, base64 } = JSON.parse(stored);
  return { name, bytes: Uint8Array.from(atob(base64), c => c.charCodeAt(0)) };
}

export function rememberTemplate(language, template) {
  let binary = '';
  for (let i = 0; i < template.bytes.length; i += 0x8000) binary += String.fromCharCode(...template.bytes.subarray(i, i + 0x8000));
  localStorage.setItem(key(language), JSON.stringify({ name: template.name, base64: btoa(binary) }));
}

export function forgetTemplate(language) {
  localStorage.removeItem(key(language));
}
