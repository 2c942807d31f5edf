// A TypeScript user of the package, checked with `tsc --noEmit` under moduleResolution
// nodenext (Node ESM: node/sourcemark.d.mts) and bundler (the web build's .d.ts).
import init, { annotate, annotateRecord, toCodePoints, toWebAnnotations } from 'sourcemark';
import type {
  AnnotationCollection, Annotations, Claim, Entity, ExchangeRecord, Label, OffsetEncoding, Options, Source, Span,
  TextPositionSelector, TextQuoteSelector, WebAnnotation,
} from 'sourcemark';

// Fails to compile if T is `any`: the result types must be real interfaces.
type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T extends false> = T;
export type Checks = [
  NotAny<IsAny<ReturnType<typeof annotate>>>,
  NotAny<IsAny<Annotations['entities'][number]>>,
  NotAny<IsAny<Annotations['claims'][number]>>,
  NotAny<IsAny<Claim['content'][number]>>,
  NotAny<IsAny<Annotations['sources'][number]>>,
  NotAny<IsAny<ReturnType<typeof annotateRecord>>>,
  NotAny<IsAny<Parameters<typeof annotate>[1]>>,
  NotAny<IsAny<ReturnType<typeof toWebAnnotations>>>,
  NotAny<IsAny<AnnotationCollection['first']['items'][number]['target'][number]>>,
  NotAny<IsAny<ReturnType<typeof toCodePoints>>>,
];

export async function use(text: string): Promise<number> {
  await init();
  const options: Options = { offsets: 'utf16', labels: ['PERSON', 'ORG'], claims: true };
  const result: Annotations = annotate(text, options);
  const encoding: OffsetEncoding = result.offsets;
  const entity: Entity | undefined = result.entities[0];
  const label: Label | undefined = entity?.label;
  const first: Span | undefined = result.claims[0]?.content[0];
  const source: Source | undefined = result.sources[0];
  const who: string | undefined = result.claims[0]?.sourceEntity;
  const record: ExchangeRecord = annotateRecord('doc-1', text);
  const pair: [number, number] | undefined = record.attributions[0]?.content[0];
  const sourceEntity: string | null | undefined = record.attributions[0]?.source_entity;
  annotate(text);
  annotate(text, null);

  const points: Annotations = toCodePoints(result, text);
  const collection: AnnotationCollection = toWebAnnotations(points, { text, source: 'urn:example:article' });
  const annotation: WebAnnotation | undefined = collection.first.items[0];
  const [quote, position]: [TextQuoteSelector, TextPositionSelector] = annotation!.target[0]!.selector;
  // @ts-expect-error: toWebAnnotations needs the text the result was made from
  toWebAnnotations(result, { source: 'urn:example:article' });

  // @ts-expect-error: offsets is one of three encodings
  annotate(text, { offsets: 'utf32' });
  // @ts-expect-error: labels are the seven entity labels
  annotate(text, { labels: ['PEOPLE'] });
  // @ts-expect-error: no such field on the result
  void result.entitiez;
  // @ts-expect-error: start is a number
  const start: string = result.entities[0].start;

  void [encoding, label, first, source, who, pair, sourceEntity, start, quote.exact, position.start];
  return result.textLength;
}
