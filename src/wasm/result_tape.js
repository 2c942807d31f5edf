// Builds annotate's result from the tape src/wasm/result_tape.rs writes (the Node build): the
// objects, keys in the same order, that JSON.parse makes of the engine's JSON. Span and entity
// texts are slices of the caller's string, whose offsets the result holds in UTF-16 units.
// CommonJS, not the ES module wasm-bindgen's snippets usually are: only the nodejs target
// (CommonJS, package type "commonjs") loads this file, with require(), on every Node version.
'use strict';

// The Rust enums' variants in declaration order, serialised as serde names them (src/model.rs).
const ENCODINGS = ['utf8', 'utf16', 'codepoint'];
const LABELS = ['PERSON', 'ORG', 'LOC', 'NORP', 'DATE', 'NUMBER', 'MISC'];
const KINDS = ['direct', 'indirect', 'mixed'];
const STANCES = ['neutral', 'assertive', 'doubtful', 'concession'];

exports.buildAnnotations = function buildAnnotations(tape, names, text) {
  // The engine read the text with each lone surrogate replaced by U+FFFD (what TextEncoder
  // does); slice the same string, so that a span's text is what the engine saw.
  const input = text.isWellFormed() ? text : text.toWellFormed();
  let at = 0;
  let nameAt = 0;
  const number = () => tape[at++];
  const name = (length) => names.slice(nameAt, (nameAt += length));
  const span = () => {
    const start = tape[at++];
    const end = tape[at++];
    return { start, end, text: input.slice(start, end) };
  };
  const list = (item) => {
    const items = [];
    for (let n = tape[at++]; n > 0; n--) items.push(item());
    return items;
  };

  const schemaVersion = number();
  const offsets = ENCODINGS[number()];
  const textLength = number();
  const entities = list(() => {
    const start = number();
    const end = number();
    return { start, end, text: input.slice(start, end), label: LABELS[number()], group: number() };
  });
  const entityGroups = list(() => {
    const id = number();
    const canonical = name(number());
    return { id, canonical, label: LABELS[number()], mentions: list(number) };
  });
  const claims = list(() => {
    const claim = { source: list(span), cue: list(span), content: list(span) };
    let n = number();
    if (n) claim.sourceEntity = name(n - 1);
    if ((n = number())) claim.sourceIndex = n - 1;
    claim.kind = KINDS[number()];
    claim.stance = STANCES[number()];
    claim.unverified = number() === 1;
    if (number()) claim.unverifiedBy = span();
    claim.anonymous = number() === 1;
    if ((n = number())) claim.parent = n - 1;
    claim.figures = list(span);
    return claim;
  });
  const sources = list(() => {
    const source = { name: name(number()) };
    let n = number();
    if (n) source.entityGroup = n - 1;
    if ((n = number())) source.label = LABELS[n - 1];
    if ((n = number())) source.role = name(n - 1);
    if ((n = number())) source.affiliation = name(n - 1);
    source.anonymous = number() === 1;
    source.claims = list(number);
    return source;
  });
  return { schemaVersion, offsets, textLength, entities, entityGroups, claims, sources };
};
