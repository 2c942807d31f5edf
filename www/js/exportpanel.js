// The export and share buttons: files are made in the page and saved through a blob link; the
// share link is shown in a field (and copied when the browser allows).

import { exportJson, exportCsv, exportJsonLd, exportHtml } from './exporters.js';
import { shareLink } from './share.js';
import { loadEngine } from './engine.js';

function download(name, type, body, announce) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce(`Saved ${name}.`);
}

/**
 * `current()` returns `{ text, view }` when the shown annotations belong to the current
 * text, else null; `text()` is the current text; `article` is the rendered article (cloned into the HTML export).
 */
export function bindExports({ current, text, article, shareOut, shareMessage, announce, showError }) {
  const $ = (id) => document.getElementById(id);
  const ready = () => {
    const shown = current();
    if (!shown) {
      announce('Nothing to export yet: the annotations are not ready.');
      showError('Nothing to export yet: wait for the annotations to appear.');
    }
    return shown;
  };
  $('export-json').addEventListener('click', () => {
    const s = ready();
    if (s) download('sourcemark.json', 'application/json', exportJson(s.text, s.view.ann), announce);
  });
  $('export-csv').addEventListener('click', async () => {
    const s = ready();
    if (s) download('sourcemark-claims.csv', 'text/csv;charset=utf-8', exportCsv(s.text, s.view, await loadEngine()), announce);
  });
  $('export-jsonld').addEventListener('click', async () => {
    const s = ready();
    if (s) download('sourcemark.jsonld', 'application/ld+json', await exportJsonLd(s.text, s.view.ann, await loadEngine()), announce);
  });
  $('export-html').addEventListener('click', async () => {
    const s = ready();
    if (!s) return;
    let css = '';
    try {
      css = await (await fetch(new URL('../css/app.css', import.meta.url))).text();
    } catch { /* the page still reads without its stylesheet */ }
    download('sourcemark.html', 'text/html;charset=utf-8', exportHtml(s.text, s.view, article, css), announce);
  });
  $('share').addEventListener('click', async () => {
    const result = await shareLink(text(), location.href);
    if (result.error) {
      shareOut.hidden = true;
      shareMessage.textContent = result.error;
      announce(result.error);
      return;
    }
    shareOut.hidden = false;
    shareOut.value = result.url;
    shareOut.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(result.url);
      copied = true;
    } catch { /* clipboard not allowed: the link is selected in the field */ }
    shareMessage.textContent = copied ? 'Link copied. The text travels inside the link, after the #.'
      : 'Copy the link from the field. The text travels inside the link, after the #.';
    announce(shareMessage.textContent);
  });
}
