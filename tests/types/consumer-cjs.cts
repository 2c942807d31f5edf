// CommonJS TypeScript user under nodenext: `require` resolves to the nodejs build's .d.ts.
import sourcemark = require('sourcemark');

export function count(text: string): number {
  const result: sourcemark.Annotations = sourcemark.annotate(text, { offsets: 'codepoint' });
  // @ts-expect-error: the CommonJS build has no init to call
  void sourcemark.default;
  return result.entities.length + result.claims.length;
}
