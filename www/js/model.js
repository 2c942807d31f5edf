// The page's reading of one `annotate` result: sources ranked and coloured, claims tied to
// them, entities counted by label. Tolerant of missing fields, so a partial or older result
// still renders. Pure, no DOM.

export const LABELS = ['PERSON', 'ORG', 'LOC', 'NORP', 'DATE', 'NUMBER', 'MISC'];

export const LABEL_NAMES = {
  PERSON: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  NORP: 'Nationality or group',
  DATE: 'Date or time',
  NUMBER: 'Number',
  MISC: 'Other name',
};

/** Number of distinct source colours (the Okabe-Ito palette without black). */
export const PALETTE_SIZE = 7;

// One collator for every sort: far quicker than localeCompare on thousands of names.
const collate = new Intl.Collator('en').compare;
const list = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : '');
const spanText = (spans) => list(spans).map((s) => str(s && s.text)).filter(Boolean).join(' … ');

function byClaimsThenName(a, b) {
  return b.claims.length - a.claims.length || collate(a.name, b.name) || a.index - b.index;
}

export function buildView(text, ann) {
  const claims = list(ann && ann.claims);
  const rawSources = list(ann && ann.sources);
  const entities = list(ann && ann.entities);
  const groups = list(ann && ann.entityGroups);

  const sources = rawSources.map((s, index) => ({
    index,
    key: `s${index}`,
    name: str(s && s.name) || 'Unnamed source',
    role: str(s && s.role),
    affiliation: str(s && s.affiliation),
    label: str(s && s.label),
    anonymous: Boolean(s && s.anonymous),
    claims: [],
  }));
  const unknown = { index: -1, key: 'unknown', name: 'No source given', role: '', affiliation: '', label: '', anonymous: true, claims: [], unknown: true };

  const claimViews = claims.map((claim, index) => {
    const si = claim && claim.sourceIndex;
    const source = Number.isInteger(si) && si >= 0 && si < sources.length ? sources[si] : null;
    (source || unknown).claims.push(index);
    const content = list(claim && claim.content);
    return {
      index,
      claim,
      source,
      // The canonical source: the roll-up's name, else the engine's canonical entity, else none.
      sourceName: source ? source.name : str(claim && claim.sourceEntity),
      sourcePhrase: spanText(claim && claim.source),
      cue: spanText(claim && claim.cue),
      content: spanText(content),
      start: content.length ? content[0].start : 0,
      kind: str(claim && claim.kind),
      stance: str(claim && claim.stance),
      unverified: Boolean(claim && claim.unverified),
      unverifiedBy: str(claim && claim.unverifiedBy && claim.unverifiedBy.text),
      anonymous: Boolean(claim && claim.anonymous),
      figures: list(claim && claim.figures).map((f) => str(f && f.text)).filter(Boolean),
      parent: Number.isInteger(claim && claim.parent) ? claim.parent : null,
    };
  });

  // Named sources first, most claims first; each gets a number for its text badge ("S1") and a
  // palette slot. Anonymous ones share a hatched grey, so colour never carries meaning alone.
  const named = sources.filter((s) => !s.anonymous && s.claims.length).sort(byClaimsThenName);
  const anonymous = sources.filter((s) => s.anonymous && s.claims.length).sort(byClaimsThenName);
  let number = 0;
  for (const s of named.concat(anonymous)) s.number = ++number;
  named.forEach((s, i) => { s.colour = String(i % PALETTE_SIZE); });
  anonymous.forEach((s) => { s.colour = 'anon'; });
  unknown.colour = 'none';
  unknown.number = 0;

  for (const c of claimViews) {
    const s = c.source || unknown;
    c.key = s.key;
    c.colour = s.colour;
    c.badge = s.unknown ? '?' : `S${s.number}`;
  }

  const entityGroups = groups.map((g, i) => ({
    id: i,
    canonical: str(g && g.canonical),
    label: str(g && g.label),
    mentions: list(g && g.mentions).filter((m) => Number.isInteger(m) && m >= 0 && m < entities.length),
  }));
  const byLabel = LABELS.map((label) => {
    const items = entityGroups.filter((g) => g.label === label && g.mentions.length);
    items.sort((a, b) => b.mentions.length - a.mentions.length || collate(a.canonical, b.canonical));
    return { label, name: LABEL_NAMES[label], groups: items, mentions: entities.filter((e) => e && e.label === label).length };
  });

  return {
    text,
    ann,
    claims: claimViews,
    entities,
    entityGroups,
    byLabel,
    named,
    anonymous,
    unknown,
    summary: {
      claims: claimViews.length,
      sources: named.length + anonymous.length,
      unverified: claimViews.filter((c) => c.unverified).length,
      anonymous: claimViews.filter((c) => c.anonymous || !c.source || c.source.anonymous).length,
      entities: entities.length,
    },
  };
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function summaryLine(view) {
  const s = view.summary;
  return [
    plural(s.claims, 'claim'),
    plural(s.sources, 'source'),
    `${s.unverified.toLocaleString('en')} unverified`,
    `${s.anonymous.toLocaleString('en')} from unnamed sources`,
    plural(s.entities, 'entity mention'),
  ].join(' · ');
}
