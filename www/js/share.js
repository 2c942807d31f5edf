// Share links: the text, deflate-compressed (CompressionStream) and base64url-encoded, in the
// URL fragment. Fragments are never sent to a server, so the text still stays on the device.

export const FRAGMENT_KEY = 'text=';
/** Longest link worth offering: many chat apps and mail clients cut longer URLs. */
export const MAX_LINK_CHARS = 32_000;

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s) {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** `{ url }` for the text, or `{ error }` when it is too long or compression is unavailable. */
export async function shareLink(text, baseUrl) {
  if (typeof CompressionStream === 'undefined') return { error: 'This browser cannot compress text for a link; export the text instead.' };
  const packed = toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
  const url = `${baseUrl.split('#')[0]}#${FRAGMENT_KEY}${packed}`;
  if (url.length > MAX_LINK_CHARS) {
    return { error: `This text is too long for a share link (${url.length.toLocaleString('en')} characters compressed; the limit is ${MAX_LINK_CHARS.toLocaleString('en')}). Export it as a file instead.` };
  }
  return { url };
}

/** The text in a share-link fragment, null if there is none; throws on a damaged link. */
export async function textFromFragment(hash, maxBytes) {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(FRAGMENT_KEY)) return null;
  const bytes = fromBase64Url(h.slice(FRAGMENT_KEY.length));
  // Read chunk by chunk and stop early: a crafted link must not inflate without bound.
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error('the text in this link is larger than the page accepts');
    }
    chunks.push(value);
  }
  const raw = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { raw.set(c, at); at += c.length; }
  return new TextDecoder('utf-8', { fatal: true }).decode(raw);
}
