/**
 * Which actor each token belongs to, for extractors that read actors off the
 * tokens (meetings, positions): built once per extractor call from the
 * actors' mention spans.
 */
import type { Actor, AnalyzedDoc } from '../types.js';
import { tokenIndexAt } from './analyze.js';

export interface ActorTokens {
  /** The actor each token is a mention of (sparse). */
  actorAt: Array<Actor | undefined>;
  /** The index of the first token of the actor mention each token belongs to. */
  actorStartAt: Array<number | undefined>;
  actorById: Map<string, Actor>;
}

const cache = new WeakMap<AnalyzedDoc, { actors: readonly Actor[]; tokens: ActorTokens }>();

/** Built once per (document, actor list): meetings and positions both ask. */
export function actorTokens(doc: AnalyzedDoc, actors: readonly Actor[]): ActorTokens {
  const cached = cache.get(doc);
  if (cached && cached.actors === actors) return cached.tokens;
  const tokens = buildActorTokens(doc, actors);
  cache.set(doc, { actors, tokens });
  return tokens;
}

function buildActorTokens(doc: AnalyzedDoc, actors: readonly Actor[]): ActorTokens {
  // Preallocated: growing sparse arrays one index at a time is slow in V8.
  const actorAt = new Array<Actor | undefined>(doc.tokens.length).fill(undefined);
  const actorStartAt = new Array<number | undefined>(doc.tokens.length).fill(undefined);
  const actorById = new Map<string, Actor>();
  for (const a of actors) {
    actorById.set(a.id, a);
    for (const m of a.mentions) {
      const first = tokenIndexAt(doc, m.start);
      for (let i = first; i < doc.tokens.length && doc.tokens[i]!.start < m.end; i++) {
        actorAt[i] = a;
        actorStartAt[i] = first;
      }
    }
  }
  return { actorAt, actorStartAt, actorById };
}

/** An unnamed official ("a National Security Council spokesperson") has a lower-case name. */
export function isNamed(actor: Actor): boolean {
  return /^\p{Lu}|^\p{N}/u.test(actor.name);
}

/**
 * The party an actor stands for: a person or a government body → the country
 * (or topmost body) its affiliations lead to; a country, or an actor with no
 * affiliation, is its own party. Shared by the meeting finder (one article's
 * actors) and mergeArticles (the Digest's actors).
 */
export function partyOf(id: string, actorOf: (id: string) => Pick<Actor, 'id' | 'type' | 'affiliation'> | undefined): string {
  let current = actorOf(id);
  let party = id;
  for (let hops = 0; current && current.type !== 'country' && current.affiliation !== undefined && hops < 8; hops++) {
    const next = actorOf(current.affiliation);
    if (!next) break;
    party = next.id;
    current = next;
  }
  return party;
}
