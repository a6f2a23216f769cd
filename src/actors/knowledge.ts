/**
 * World knowledge for actors, from src/data (countries, organizations,
 * titles) and the caller's lexicon, turned into a phrase index over tokens:
 * each entry is a canonical actor (name, type, affiliation) and every surface
 * form that names it ("U.S.", "Washington", "American" → United States).
 */
import countryData from '../data/countries.json';
import organizationData from '../data/organizations.json';
import titleData from '../data/titles.json';
import leaderData from '../data/leaders.json';
import type { ActorType, Lexicon } from '../types.js';
import { cachedByContent } from '../core/cache.js';

export interface KnownActor {
  name: string;
  type: ActorType;
  /** Canonical name of the country or organization it belongs to. */
  affiliation?: string;
  /** A name that is also a common word ("Chad", "WHO"): matched only as written, capitalised. */
  ambiguous?: boolean;
}

/** How a surface form names its actor. */
export type FormKind = 'name' | 'alias' | 'demonym' | 'capital';

export interface SurfaceForm {
  /** Lower-case tokens of the form, as wink splits them. */
  words: string[];
  /** The form as written in the data ("U.S.", "Kyiv"). */
  text: string;
  kind: FormKind;
  actor: KnownActor;
  /** All-caps acronyms and ambiguous names must match case exactly ("US" vs "us"). */
  caseSensitive: boolean;
}

interface CountryRow {
  name: string;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  ambiguous?: boolean;
}
interface OrganizationRow {
  name: string;
  aliases?: string[];
  kind?: string;
  affiliation?: string;
  ambiguous?: boolean;
}

/**
 * Split a form the way wink tokenizes text closely enough for matching:
 * words, with "'s" and punctuation apart, periods kept inside abbreviations.
 */
export function formWords(form: string): string[] {
  return form
    .replace(/[’]/g, "'")
    .replace(/'s\b/gi, " 's")
    .split(/\s+|(?<=\w)(?=[,()])|(?<=[,()])(?=\w)/)
    .map((w) => w.toLowerCase())
    .filter((w, i) => w !== '' && !(i === 0 && w === 'the'));
}

const isAcronym = (s: string): boolean => /^[A-Z][A-Z.&+\d-]*$/.test(s.replace(/^the\s+/i, '')) && s.replace(/[^A-Z]/g, '').length >= 2;

export interface Knowledge {
  /** Surface forms by their first lower-case word, longest first. */
  byFirstWord: Map<string, SurfaceForm[]>;
  actors: Map<string, KnownActor>;
}

function addForm(k: Knowledge, actor: KnownActor, text: string, kind: FormKind): void {
  const words = formWords(text);
  if (words.length === 0) return;
  const form: SurfaceForm = { words, text: text.replace(/^the\s+/i, ''), kind, actor, caseSensitive: isAcronym(text) || !!actor.ambiguous };
  const list = k.byFirstWord.get(words[0]!) ?? [];
  list.push(form);
  list.sort((a, b) => b.words.length - a.words.length);
  k.byFirstWord.set(words[0]!, list);
}

function addActor(k: Knowledge, actor: KnownActor): KnownActor {
  const existing = k.actors.get(actor.name.toLowerCase());
  if (existing) {
    // A lexicon entry overrides the built-in one's type and affiliation.
    Object.assign(existing, actor);
    return existing;
  }
  k.actors.set(actor.name.toLowerCase(), actor);
  return actor;
}

const ORGANIZATION_KINDS_AS_GROUP = new Set(['armed group']);

function buildBuiltIn(): Knowledge {
  const k: Knowledge = { byFirstWord: new Map(), actors: new Map() };
  for (const c of (countryData as { countries: CountryRow[] }).countries) {
    const actor = addActor(k, { name: c.name, type: 'country', ...(c.ambiguous ? { ambiguous: true } : {}) });
    addForm(k, actor, c.name, 'name');
    for (const a of c.aliases ?? []) addForm(k, actor, a, 'alias');
    for (const d of c.demonyms ?? []) addForm(k, actor, d, 'demonym');
    for (const cap of c.capitals ?? []) addForm(k, actor, cap, 'capital');
  }
  for (const o of (organizationData as { organizations: OrganizationRow[] }).organizations) {
    const type: ActorType = ORGANIZATION_KINDS_AS_GROUP.has(o.kind ?? '') ? 'group' : 'organization';
    const actor = addActor(k, { name: o.name, type, ...(o.affiliation ? { affiliation: o.affiliation } : {}), ...(o.ambiguous ? { ambiguous: true } : {}) });
    addForm(k, actor, o.name, 'name');
    for (const a of o.aliases ?? []) addForm(k, actor, a, 'alias');
  }
  return k;
}

let builtIn: Knowledge | undefined;

/** Extended indexes by lexicon content (src/core/cache.ts). */
const extended = new Map<string, Knowledge>();

/** The built-in knowledge, extended (never mutated) by a caller's lexicon. */
export function knowledgeFor(lexicon: Lexicon | undefined): Knowledge {
  builtIn ??= buildBuiltIn();
  if (!lexicon?.actors?.length) return builtIn;
  const base = builtIn;
  return cachedByContent(extended, JSON.stringify(lexicon.actors), () => extendWith(base, lexicon));
}

function extendWith(builtIn: Knowledge, lexicon: Lexicon): Knowledge {
  const k: Knowledge = {
    byFirstWord: new Map([...builtIn.byFirstWord].map(([w, forms]) => [w, [...forms]])),
    actors: new Map([...builtIn.actors].map(([n, a]) => [n, { ...a }])),
  };
  // Forms point at the copied actors so overrides stay local to this call.
  for (const forms of k.byFirstWord.values()) {
    for (let i = 0; i < forms.length; i++) forms[i] = { ...forms[i]!, actor: k.actors.get(forms[i]!.actor.name.toLowerCase())! };
  }
  for (const entry of lexicon.actors ?? []) {
    const actor = addActor(k, { name: entry.name, type: entry.type, ...(entry.affiliation ? { affiliation: entry.affiliation } : {}) });
    addForm(k, actor, entry.name, 'name');
    for (const a of entry.aliases ?? []) addForm(k, actor, a, 'alias');
  }
  return k;
}

// ---------------------------------------------------------------------------
// Titles and name words

interface TitleData {
  titleHeads: string[];
  titleModifiers: string[];
  honorifics: string[];
  organizationHeads: string[];
}
const titles = titleData as unknown as TitleData;

export interface TitleVocabulary {
  /** Lower-case words that may make up a title ("deputy", "foreign", "minister", "of", "state"). */
  words: Set<string>;
  /** Lower-case title heads as word arrays, longest first ("deputy secretary of state"). */
  heads: string[][];
  /** The same heads joined by spaces, for suffix look-ups. */
  headSet: Set<string>;
  /** Words in the longest head. */
  maxHeadWords: number;
  honorifics: Set<string>;
  organizationHeads: Set<string>;
}

function vocabulary(extraTitles: readonly string[]): TitleVocabulary {
  const v: TitleVocabulary = { words: new Set(), heads: [], headSet: new Set(), maxHeadWords: 0, honorifics: new Set(), organizationHeads: new Set() };
  for (const head of [...titles.titleHeads, ...extraTitles]) {
    const words = head.toLowerCase().split(/\s+/);
    v.heads.push(words);
    for (const w of words) v.words.add(w);
  }
  for (const m of titles.titleModifiers) for (const w of m.toLowerCase().split(/\s+/)) v.words.add(w);
  v.heads.sort((a, b) => b.length - a.length);
  for (const h of v.heads) v.headSet.add(h.join(' '));
  v.maxHeadWords = v.heads[0]?.length ?? 0;
  for (const h of titles.honorifics) v.honorifics.add(h.toLowerCase());
  for (const h of titles.organizationHeads) v.organizationHeads.add(h.toLowerCase());
  return v;
}

/** Titles that name their country by themselves (lower case → country name). */
export const TITLE_COUNTRIES = new Map<string, string>(
  Object.entries((titleData as unknown as { titleCountries?: Record<string, string> }).titleCountries ?? {})
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, c]) => [k.toLowerCase(), c]),
);

let builtInTitles: TitleVocabulary | undefined;

/** The title vocabulary, with a caller's extra titles (`lexicon.titles`). */
const extendedTitles = new Map<string, TitleVocabulary>();

export function titlesFor(lexicon: Lexicon | undefined): TitleVocabulary {
  builtInTitles ??= vocabulary([]);
  if (!lexicon?.titles?.length) return builtInTitles;
  const titles = lexicon.titles;
  return cachedByContent(extendedTitles, JSON.stringify(titles), () => vocabulary(titles));
}

/** Whether the words end with a title head ("… deputy foreign minister"). */
export function endsWithTitleHead(v: TitleVocabulary, words: readonly string[]): boolean {
  for (let k = Math.min(words.length, v.maxHeadWords); k >= 1; k--) {
    if (v.headSet.has(words.slice(words.length - k).join(' '))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Leaders: who a named head of state, head of government or foreign minister
// belongs to, when the text does not say ("President Lula said…").

export interface Leader {
  name: string;
  country: string;
  roles: string[];
  aliases?: string[];
}

const leaders = (leaderData as unknown as { leaders: Leader[] }).leaders;

/** Leaders by lower-case full name or alias. */
export const LEADERS_BY_NAME = new Map<string, Leader>();
/** Leaders by lower-case surname (last word of the name and aliases); a surname two leaders share maps to both. */
export const LEADERS_BY_SURNAME = new Map<string, Leader[]>();
for (const l of leaders) {
  for (const n of [l.name, ...(l.aliases ?? [])]) {
    LEADERS_BY_NAME.set(n.toLowerCase(), l);
    const surname = n.split(/\s+/).pop()!.toLowerCase();
    const list = LEADERS_BY_SURNAME.get(surname) ?? [];
    if (!list.includes(l)) list.push(l);
    LEADERS_BY_SURNAME.set(surname, list);
  }
}

/** The one leader a surname names, if exactly one country's leaders bear it. */
export function leaderBySurname(surname: string): Leader | undefined {
  const list = LEADERS_BY_SURNAME.get(surname.toLowerCase());
  if (!list) return undefined;
  const countries = new Set(list.map((l) => l.country));
  return countries.size === 1 ? list[list.length - 1] : undefined;
}
