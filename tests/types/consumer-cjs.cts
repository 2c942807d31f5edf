// CommonJS TypeScript user under nodenext: `require` resolves to the nodejs build's .d.ts.
import sourcemark = require('sourcemark');

export function count(text: string): number {
  const result: sourcemark.Annotations = sourcemark.annotate(text, { offsets: 'codepoint' });
  // @ts-expect-error: the CommonJS build has no init to call
  void sourcemark.default;
  return result.entities.length + result.claims.length;
}

// The command line's renderers are in the Node build only (the web build leaves them out).
export function render(text: string): string {
  const report: string = sourcemark.renderReport(text, { name: 'article.txt', color: false });
  const page: string = sourcemark.renderPage([{ name: 'article.txt', text }], 'Title');
  // @ts-expect-error: color is a boolean
  sourcemark.renderReport(text, { color: 'yes' });
  // @ts-expect-error: a document needs its text
  sourcemark.renderPage([{ name: 'a.txt' }]);
  return report + page;
}
