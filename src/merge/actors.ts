/**
 * Actors across articles: one Digest actor per real-world entity.
 *
 * Each article's extractor already gives one actor per entity *within* that
 * article, so two actors of one article are never merged here. Across articles
 * the evidence is the name: the same normalized name, or a shared name/alias
 * with agreeing types. People are the risky case: unnamed officials share
 * generic forms ("spokesperson", "the official") with other officials, so a
 * person only merges through a form that is itself a proper name.
 */
import type { Actor, ActorType, Source } from '../types.js';

export type DigestActor = Actor & { sources: Source[] };

/** One article-level actor, with where it came from. */
interface Member {
  article: number;
  index: number;
  actor: Actor;
}

interface Cluster {
  members: Member[];
  /** Name keys of the members (merging by name is the strongest evidence). */
  names: Set<string>;
  /** Key → types of the members that wrote that form (alias matching needs agreeing types). */
  forms: Map<string, Set<ActorType>>;
}

export interface ActorMerge {
  actors: DigestActor[];
  /** For article i, its actor id → the Digest actor id. */
  idMaps: Map<string, string>[];
}

/**
 * The comparison key of a name: "The Kremlin"/"Kremlin", "U.S."/"US",
 * "France-Presse"/"France Presse" name the same thing, so case, punctuation and
 * a leading "the" are dropped. Hyphens and slashes become spaces so that the
 * words stay apart.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-‐-―/]+/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/**
 * Whether a surface form is a proper name ("Putin", "National Security Council
 * spokesperson") rather than a description ("the spokesperson", "a senior
 * official"). Only proper names identify a person across articles.
 */
export function isProperName(s: string): boolean {
  return /^\p{Lu}/u.test(s.trim().replace(/^(?:the|a|an)\s+/iu, ''));
}

function formsOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases];
}

function newCluster(m: Member): Cluster {
  const c: Cluster = { members: [], names: new Set(), forms: new Map() };
  addMember(c, m);
  return c;
}

function addMember(c: Cluster, m: Member): void {
  c.members.push(m);
  const n = nameKey(m.actor.name);
  if (n) c.names.add(n);
  for (const f of formsOf(m.actor)) {
    const k = nameKey(f);
    if (!k) continue;
    const types = c.forms.get(k) ?? new Set<ActorType>();
    types.add(m.actor.type);
    c.forms.set(k, types);
  }
}

/** The extractor already separated the actors of one article: never join two of them. */
function hasArticle(c: Cluster, article: number): boolean {
  return c.members.some((m) => m.article === article);
}

/**
 * Joins `m` to the one cluster its name (else a shared form) points to. When a
 * form points to several clusters the form is ambiguous, so `m` starts its own.
 */
function place(clusters: Cluster[], m: Member, byName: (c: Cluster) => boolean, byForm: (c: Cluster) => boolean): void {
  const open = clusters.filter((c) => !hasArticle(c, m.article));
  const named = open.filter(byName);
  const target = named.length > 0 ? named[0] : (() => {
    const formed = open.filter(byForm);
    return formed.length === 1 ? formed[0] : undefined;
  })();
  if (target) addMember(target, m);
  else clusters.push(newCluster(m));
}

/** Non-persons (countries, organizations, groups): same name, or a shared form with the same type. */
function clusterBodies(members: Member[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of members) {
    const name = nameKey(m.actor.name);
    const keys = formsOf(m.actor).map(nameKey).filter(Boolean);
    place(
      clusters,
      m,
      (c) => name !== '' && c.names.has(name),
      (c) => keys.some((k) => c.forms.get(k)?.has(m.actor.type) === true),
    );
  }
  return clusters;
}

/**
 * People. A named person ("Vladimir Putin", name upper-case) merges by name or
 * through a shared proper-name form ("Putin"), when their countries agree. An
 * unnamed official (lower-case name: "spokesperson", "senior official") merges
 * only with one of the same name and the same body, since descriptions such as
 * "the spokesperson" are shared by different people.
 */
function clusterPeople(members: Member[], bodyOf: (m: Member) => { direct?: number; top?: number }): Cluster[] {
  const clusters: Cluster[] = [];
  const properForms = (m: Member): string[] =>
    formsOf(m.actor).filter(isProperName).map(nameKey).filter(Boolean);
  for (const m of members) {
    const name = nameKey(m.actor.name);
    const named = isProperName(m.actor.name);
    const mine = bodyOf(m);
    // Two people said to belong to different countries (or, for officials, bodies) are two people.
    const agrees = (c: Cluster): boolean =>
      c.members.every((o) => {
        const theirs = bodyOf(o);
        if (named) return mine.top === undefined || theirs.top === undefined || mine.top === theirs.top;
        return mine.direct === undefined || theirs.direct === undefined || mine.direct === theirs.direct;
      });
    const myForms = named ? properForms(m) : [];
    place(
      clusters,
      m,
      (c) => name !== '' && c.names.has(name) && agrees(c),
      (c) =>
        named &&
        agrees(c) &&
        c.members.some((o) => isProperName(o.actor.name) && properForms(o).some((k) => myForms.includes(k))),
    );
  }
  return clusters;
}

/** The most frequent value (ties → the first seen). */
export function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/**
 * The canonical name: a name contained word-for-word in a longer member name
 * ("Putin" in "Vladimir Putin") is a short form, so the fuller names vote.
 */
function chooseName(members: Member[]): string {
  const names = members.map((m) => m.actor.name);
  const padded = (s: string): string => ` ${nameKey(s)} `;
  const full = names.filter((n) => !names.some((o) => o !== n && padded(o).includes(padded(n)) && nameKey(o) !== nameKey(n)));
  return majority(full.length > 0 ? full : names) ?? names[0] ?? '';
}

/** Union of strings, keeping the first spelling of each case-insensitive value. */
export function unionCaseless(lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of lists.flat()) {
    const k = s.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

export function mergeActors(perArticle: Actor[][], ids: string[]): ActorMerge {
  const all: Member[] = perArticle.flatMap((actors, article) => actors.map((actor, index) => ({ article, index, actor })));
  const byId = perArticle.map((actors) => new Map(actors.map((a) => [a.id, a])));

  // Bodies first: people are told apart by the country/body they belong to, which must already be merged.
  const bodies = clusterBodies(all.filter((m) => m.actor.type !== 'person'));
  const bodyCluster = new Map<Actor, number>();
  bodies.forEach((c, i) => c.members.forEach((m) => bodyCluster.set(m.actor, i)));
  const bodyOf = (m: Member): { direct?: number; top?: number } => {
    const lookup = byId[m.article]!;
    const first = m.actor.affiliation ? lookup.get(m.actor.affiliation) : undefined;
    let top = first;
    // Follow the chain (spokesperson → National Security Council → United States) up to a country.
    for (let hops = 0; top && top.type !== 'country' && top.affiliation && hops < 8; hops++) {
      const next = lookup.get(top.affiliation);
      if (!next) break;
      top = next;
    }
    return {
      direct: first ? bodyCluster.get(first) : undefined,
      top: top ? bodyCluster.get(top) : undefined,
    };
  };
  const people = clusterPeople(all.filter((m) => m.actor.type === 'person'), bodyOf);

  // Digest ids follow first appearance (article order, then the article's own order).
  const order = (c: Cluster): number => {
    const m = c.members[0]!;
    return m.article * 1e6 + m.index;
  };
  const clusters = [...bodies, ...people].sort((a, b) => order(a) - order(b));

  const idMaps = perArticle.map(() => new Map<string, string>());
  clusters.forEach((c, i) => c.members.forEach((m) => idMaps[m.article]!.set(m.actor.id, `actor${i + 1}`)));

  const actors = clusters.map((c, i): DigestActor => {
    const id = `actor${i + 1}`;
    const affiliation = majority(
      c.members
        .map((m) => (m.actor.affiliation ? idMaps[m.article]!.get(m.actor.affiliation) : undefined))
        .filter((a): a is string => a !== undefined && a !== id),
    );
    return {
      id,
      name: chooseName(c.members),
      type: majority(c.members.map((m) => m.actor.type)) ?? c.members[0]!.actor.type,
      titles: unionCaseless(c.members.map((m) => m.actor.titles)),
      ...(affiliation !== undefined && { affiliation }),
      aliases: [...new Set(c.members.flatMap((m) => m.actor.aliases))],
      // Offsets of different texts cannot be pooled: each article's mentions live in its Source.
      mentions: [],
      sources: c.members.map((m) => ({ article: ids[m.article]!, id: m.actor.id, mentions: m.actor.mentions })),
    };
  });
  return { actors, idMaps };
}
