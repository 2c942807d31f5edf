// Keeps the editor text across reloads in localStorage, unless the reader opts out.
// Storage can be missing or full (private windows, quotas): every call degrades to a no-op.

const TEXT_KEY = 'sourcemark.text';
const OPT_OUT_KEY = 'sourcemark.doNotRemember';

function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function rememberEnabled() {
  const s = store();
  return Boolean(s) && s.getItem(OPT_OUT_KEY) !== '1';
}

export function setRemember(on) {
  const s = store();
  if (!s) return;
  try {
    if (on) {
      s.removeItem(OPT_OUT_KEY);
    } else {
      s.setItem(OPT_OUT_KEY, '1');
      s.removeItem(TEXT_KEY);
    }
  } catch { /* storage refused: nothing to keep */ }
}

export function loadText() {
  const s = store();
  return s && rememberEnabled() ? s.getItem(TEXT_KEY) : null;
}

/** Returns false when the text could not be kept (quota). */
export function saveText(text) {
  const s = store();
  if (!s || !rememberEnabled()) return true;
  try {
    s.setItem(TEXT_KEY, text);
    return true;
  } catch {
    try { s.removeItem(TEXT_KEY); } catch { /* ignore */ }
    return false;
  }
}
