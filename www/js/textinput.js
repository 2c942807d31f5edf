// Getting text in: limits, HTML to plain text (parsed, never executed), files.

/**
 * Largest text the page annotates, in UTF-16 code units (about 3 MB of English). The engine
 * would take more, but the annotated article of 3 MB already holds some 300,000 elements.
 */
export const MAX_CHARS = 3_000_000;
/** Largest file read: HTML shrinks when turned into text, so allow some markup on top. */
export const MAX_FILE_BYTES = 4 * MAX_CHARS;
/** Largest HTML file: it is parsed on the page's own thread (workers have no DOMParser). */
export const MAX_HTML_BYTES = 5_000_000;

export function formatSize(chars) {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} million characters`;
  return `${chars.toLocaleString('en')} characters`;
}

export function tooLongMessage(chars) {
  return `This text has ${formatSize(chars)}; Sourcemark annotates up to ${formatSize(MAX_CHARS)} at a time. Nothing was added: paste or open a shorter piece.`;
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

/**
 * Plain text of an HTML document. DOMParser builds an inert document: scripts don't run and
 * images don't load. Block elements become line breaks; other whitespace collapses.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  const walk = (node, pre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(pre ? child.data : child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { out.push('\n'); continue; }
        const block = BLOCKS.has(tag);
        if (block) out.push('\n');
        walk(child, pre || tag === 'PRE');
        if (block) out.push('\n');
      }
    }
  };
  walk(doc.body, false);
  return out.join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isHtml(file) {
  return /html/i.test(file.type) || /\.x?html?$/i.test(file.name);
}

export function acceptedFile(file) {
  return /^text\//i.test(file.type) || /\.(txt|md|markdown|html?|xhtml)$/i.test(file.name);
}

/** Reads a .txt/.md/.html file to plain text; throws an Error with a message for people. */
export async function readTextFile(file) {
  if (!acceptedFile(file)) throw new Error(`“${file.name}” is not a text, Markdown or HTML file.`);
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`“${file.name}” is ${(file.size / 1_000_000).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1_000_000} MB can be opened.`);
  }
  if (isHtml(file) && file.size > MAX_HTML_BYTES) {
    throw new Error(`“${file.name}” is ${(file.size / 1_000_000).toFixed(1)} MB of HTML; HTML files up to ${MAX_HTML_BYTES / 1_000_000} MB can be opened. Save the article as text to open a longer one.`);
  }
  const raw = await file.text();
  const text = isHtml(file) ? htmlToText(raw) : raw;
  if (text.length > MAX_CHARS) throw new Error(tooLongMessage(text.length));
  return text;
}
