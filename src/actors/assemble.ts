/**
 * One actor per real-world entity, from the known matches and the names:
 * surnames and title+surname mentions join the full name ("Putin",
 * "President Putin" → Vladimir Putin); every form of a known actor joins it
 * ("Moscow", "Russian" → Russia); countries met only as settings ("talks in
 * Geneva, Switzerland") are not actors. Ids follow the first mention.
 */
import type { Actor, AnalyzedDoc, TextSpan } from '../types.js';
import { isPossessive, tokenSpan as spanOf, tokenText } from '../core/analyze.js';
import { LEADERS_BY_NAME, TITLE_COUNTRIES, leaderBySurname, type Knowledge, type KnownActor } from './knowledge.js';
import type { KnownMatch } from './match.js';
import type { NameMention } from './names.js';
import type { OfficialMention } from './officials.js';
import nameWords from '../data/name-words.json';

/** Countries whose people news names family name first (src/data/name-words.json). */
const FAMILY_NAME_FIRST = new Set<string>((nameWords as { familyNameFirstCountries?: string[] }).familyNameFirstCountries ?? []);

interface Draft {
  name: string;
  type: Actor['type'];
  titles: string[];
  affiliationName?: string;
  aliases: string[];
  mentions: TextSpan[];
  /** Mentions that are only a setting ("in Geneva Switzerland"). */
  settingMentions: number;
}

/** Prepositions that make a place name a setting rather than an actor ("talks in Geneva"). */
const SETTING_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'at', 'across', 'into', 'inside', 'outside', 'throughout', 'via', 'toward', 'towards', 'around', 'within', 'through']);

/** "in Moscow", "in Geneva Switzerland", "in Geneva, Switzerland", a dateline "BRUSSELS, March 14 —": where, not who. */
function isSetting(doc: AnalyzedDoc, m: KnownMatch): boolean {
  if (m.form.kind === 'demonym') return false;
  if (isDateline(doc, m)) return true;
  const next = doc.tokens[m.end];
  if (isPossessive(next)) return false;
  let p = m.start - 1;
  if (doc.tokens[p]?.normal === 'the') p--;
  const prev = doc.tokens[p];
  if (!prev) return false;
  if (SETTING_PREPOSITIONS.has(prev.normal)) return true;
  // "Geneva Switzerland" / "Geneva, Switzerland" after a preposition.
  let q = p;
  if (doc.tokens[q]?.text === ',') q--;
  if (doc.tokens[q]?.pos === 'PROPN' && SETTING_PREPOSITIONS.has(doc.tokens[q - 1]?.normal ?? '')) return true;
  return false;
}

/**
 * A dateline: the place that opens a line, in capitals or followed by a comma
 * and a date, agency or dash ("NAIROBI, Kenya (AP) —", "BRUSSELS, March 14").
 */
function isDateline(doc: AnalyzedDoc, m: KnownMatch): boolean {
  // A dateline opens its line: at most "CITY ," before the match.
  let p = m.start - 1;
  let steps = 0;
  while (p >= 0 && !doc.tokens[p]!.text.includes('\n')) {
    if (++steps > 2) return false;
    p--;
  }
  const lineStart = p < 0 ? 0 : doc.tokens[p]!.end;
  const at = doc.tokens[m.start]!.start;
  const before = doc.text.slice(lineStart, at);
  const written = tokenText(doc, m.start, m.end);
  const after = doc.text.slice(doc.tokens[m.end - 1]!.end, doc.tokens[m.end - 1]!.end + 3);
  if (/^\s*$/.test(before)) return written.length > 2 && written === written.toUpperCase() && /^\s*[,(—–-]/.test(after);
  // "NAIROBI, Kenya (AP)": the country right after the dateline city.
  return /^\s*\p{Lu}{3,}[\p{Lu} .'-]*,\s*$/u.test(before) && /^\s*[(—–-]/.test(after);
}

const keyCache = new Map<string, string>();
const key = (name: string): string => {
  let k = keyCache.get(name);
  if (k === undefined) {
    k = name.toLowerCase().replace(/^the\s+/, '').replace(/[’]/g, "'");
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(name, k);
  }
  return k;
};

/** The country named right before a known match ("Kenya's", "Russian"), if any. */
function ownerBefore(doc: AnalyzedDoc, known: KnownMatch[], index: number): string | undefined {
  const m = known[index]!;
  const prev = known[index - 1];
  if (!prev || prev.form.actor.type !== 'country') return undefined;
  let gap = m.start;
  if (isPossessive(doc.tokens[gap - 1])) gap--;
  return prev.end === gap ? prev.form.actor.name : undefined;
}

export function assemble(doc: AnalyzedDoc, knowledge: Knowledge, known: KnownMatch[], names: NameMention[], officials: OfficialMention[] = []): Actor[] {
  const drafts = new Map<string, Draft>();
  const draftFor = (name: string, type: Actor['type']): Draft => {
    const k = key(name);
    let d = drafts.get(k);
    if (!d) {
      d = { name, type, titles: [], aliases: [], mentions: [], settingMentions: 0 };
      drafts.set(k, d);
    }
    return d;
  };
  const addMention = (d: Draft, span: TextSpan): void => {
    d.mentions.push(span);
    if (!d.aliases.includes(span.text)) d.aliases.push(span.text);
  };
  const affiliationOf = (m: KnownMatch | undefined): string | undefined => m?.form.actor.name;

  for (let mi = 0; mi < known.length; mi++) {
    const m = known[mi]!;
    const actor: KnownActor = m.form.actor;
    // "Kenya's Supreme Court", "the Russian Security Council": a body of the country named before it,
    // not the one the knowledge files under another country.
    const owner = ownerBefore(doc, known, mi);
    if (actor.type === 'organization' && owner && owner !== actor.affiliation) {
      const d = draftFor(`${actor.name}\u0000${owner}`, 'organization');
      d.name = actor.name;
      d.affiliationName ??= owner;
      addMention(d, spanOf(doc, m.start, m.end));
      continue;
    }
    const d = draftFor(actor.name, actor.type);
    if (actor.affiliation) d.affiliationName ??= actor.affiliation;
    addMention(d, spanOf(doc, m.start, m.end));
    if (isSetting(doc, m)) d.settingMentions++;
  }

  const acronyms = new Map<string, Draft>();

  // Full names first, so that surnames can join them.
  const people = names.filter((n) => n.kind === 'person');
  const surnames = new Map<string, Draft>();
  for (const n of people) {
    if (n.end - n.start < 2) continue;
    const d = draftFor(n.name, 'person');
    const last = doc.tokens[n.end - 1]!.text;
    surnames.set(last.toLowerCase(), d);
  }
  // Family name first ("Wang Yi", "Kim Jong Un"): a later lone "Wang" is the same person, when the
  // text or the leaders list ties the person to a country that writes names that way.
  for (const n of people) {
    if (n.end - n.start < 2) continue;
    const country = n.affiliation?.form.actor.name ?? LEADERS_BY_NAME.get(n.name.toLowerCase())?.country;
    if (!country || !FAMILY_NAME_FIRST.has(country)) continue;
    const family = doc.tokens[n.start]!.text.toLowerCase();
    if (!surnames.has(family)) surnames.set(family, draftFor(n.name, 'person'));
  }
  for (const n of names) {
    if (n.kind === 'organization') {
      const d = draftFor(n.name.replace(/^The\s+/, ''), 'organization');
      addMention(d, spanOf(doc, n.start, n.end));
      if (n.affiliation) d.affiliationName ??= affiliationOf(n.affiliation);
      // "the Strategic Arms Council (SAC)": the acronym in brackets names it too, here and later.
      const acronym = doc.tokens[n.end]?.text === '(' && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(doc.tokens[n.end + 1]?.text ?? '') && doc.tokens[n.end + 2]?.text === ')' ? doc.tokens[n.end + 1]!.text : undefined;
      if (acronym) acronyms.set(acronym, d);
      continue;
    }
    let d: Draft | undefined;
    if (n.end - n.start >= 2) d = draftFor(n.name, 'person');
    else {
      d = surnames.get(n.name.toLowerCase());
      // A known leader's surname alone ("Lula said", "talks with Erdogan") is that leader.
      // …when the leader's country is in the story too: a lone "Miller" in a story about Poland is a risk worth taking, elsewhere not.
      const leader = !d ? leaderBySurname(n.name) : undefined;
      if (leader && !surnames.has(n.name.toLowerCase()) && known.some((m) => m.form.actor.name === leader.country)) {
        d = draftFor(leader.name, 'person');
        surnames.set(n.name.toLowerCase(), d);
      }
      // "President Putin" with no full name anywhere: the surname is the name.
      if (!d && !n.bare) {
        d = draftFor(n.name, 'person');
        surnames.set(n.name.toLowerCase(), d);
      }
    }
    if (!d) continue;
    addMention(d, spanOf(doc, n.start, n.end));
    if (n.title && !d.titles.some((t) => t.toLowerCase() === n.title!.toLowerCase())) d.titles.push(n.title);
    if (n.affiliation) d.affiliationName ??= affiliationOf(n.affiliation);
  }

  // Every occurrence of an acronym introduced in brackets is a mention of its organization.
  if (acronyms.size) {
    doc.tokens.forEach((t, i) => {
      const d = acronyms.get(t.text);
      if (d) addMention(d, spanOf(doc, i, i + 1));
    });
  }

  // Unnamed officials: one actor per kind and country; "the spokesperson" joins the last one.
  const countryOf = (name: string | undefined): string | undefined => {
    if (!name) return undefined;
    const a = knowledge.actors.get(name.toLowerCase());
    return a?.type === 'country' ? a.name : a?.affiliation ?? name;
  };
  const officialDrafts: Array<{ family: string; draft: Draft }> = [];
  officials.forEach((o, n) => {
    const affiliation = o.affiliation?.form.actor.name;
    const compatible = (d: Draft): boolean => !affiliation || !d.affiliationName || countryOf(d.affiliationName) === countryOf(affiliation);
    const last = [...officialDrafts].reverse().find((x) => x.family === o.family && compatible(x.draft));
    let d = last?.draft;
    if (!d) {
      if (!o.described) return;
      d = { name: o.forms[0]!, type: 'person', titles: [o.noun], aliases: [], mentions: [], settingMentions: 0 };
      drafts.set(`\u0000official${n}`, d);
      officialDrafts.push({ family: o.family, draft: d });
    }
    if (affiliation) d.affiliationName ??= affiliation;
    d.mentions.push(spanOf(doc, o.start, o.end));
    for (const f of o.forms) if (!d.aliases.includes(f)) d.aliases.push(f);
  });

  // A known leader belongs to their country when the text names none ("President Lula" → Brazil).
  for (const d of drafts.values()) {
    if (d.type !== 'person' || d.affiliationName) continue;
    const leader = LEADERS_BY_NAME.get(d.name.toLowerCase()) ?? (d.name.includes(' ') ? undefined : leaderBySurname(d.name));
    if (leader && drafts.has(key(leader.country))) d.affiliationName = leader.country;
  }

  // "the Biden administration", "the Modi government": the leader's country.
  for (const d of drafts.values()) {
    if (d.type !== 'organization' || d.affiliationName) continue;
    const m = /^(\S+)\s+(?:administration|government|cabinet)$/i.exec(d.name);
    const person = m ? surnames.get(m[1]!.toLowerCase()) : undefined;
    const country = person?.affiliationName ?? (m ? leaderBySurname(m[1]!)?.country : undefined);
    if (country && drafts.has(key(country))) d.affiliationName = country;
  }

  // A title that names its country by itself ("Secretary of State" → United States), when nothing else did.
  for (const d of drafts.values()) {
    if (d.type !== 'person' || d.affiliationName) continue;
    const country = d.titles.map((t) => TITLE_COUNTRIES.get(t.toLowerCase())).find((c) => c !== undefined);
    if (country && drafts.has(key(country))) d.affiliationName = country;
  }

  // Countries met only as settings are not actors.
  for (const [k, d] of drafts) if (d.type === 'country' && d.settingMentions === d.mentions.length) drafts.delete(k);

  const ordered = [...drafts.values()]
    .map((d) => ({ ...d, mentions: d.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Map<string, string>();
  const idOf = new Map<Draft, string>();
  ordered.forEach((d, i) => {
    idOf.set(d, `actor${i + 1}`);
    if (!ids.has(key(d.name))) ids.set(key(d.name), `actor${i + 1}`);
  });
  return ordered.map((d): Actor => {
    const affiliation = d.affiliationName ? ids.get(key(d.affiliationName)) : undefined;
    return {
      id: idOf.get(d)!,
      name: d.name,
      type: d.type,
      titles: d.titles,
      ...(affiliation && affiliation !== idOf.get(d) ? { affiliation } : {}),
      aliases: d.aliases,
      mentions: d.mentions,
    };
  });
}
