/**
 * Scoring of an `Extraction` against a hand-made gold answer key
 * (/work/shared/gold/GUIDE.md, "Scoring"). Pure functions, no I/O: every scorer
 * returns plain counts that can be summed over articles (micro-averaging) plus a
 * list of issues (misses, extras, attribute mismatches) for `eval --verbose`.
 *
 * Rules shared by all four scorers:
 * - Matching is one-to-one and greedy: found items are taken left to right (text
 *   order); each takes the best compatible gold item not yet taken (best = the
 *   scorer's rank, then required before optional, then the earliest gold item).
 * - A found item paired with an optional gold item is neither TP nor FP, and an
 *   optional gold item left unmatched is no FN. A found item whose only compatible
 *   gold items are already taken is a FP (a duplicate: "two found actors matching
 *   one gold actor count one TP and one FP") - unless one of those gold items is
 *   optional, because the guide never counts a hit on an optional entry as a FP.
 * - Attribute accuracies (value, mod, type, titles, ...) are computed over the
 *   required matches (the TPs) only, so every accuracy and P/R/F1 share one
 *   population.
 * - Every ratio with an empty denominator is 0, never NaN; `Ratio` keeps the
 *   denominator so a printer can show "—" for "nothing to measure".
 */
import type { Actor, DateMention, Extraction, Meeting, Position } from '../src/types.js';

// ---------------------------------------------------------------------------
// Gold shapes (the generated `NNN.gold.json` files).

export interface GoldSpan {
  text: string;
  start: number;
  end: number;
}

export interface GoldDate extends GoldSpan {
  value: string;
  type: string;
  mod?: string;
  optional?: boolean;
}

export interface GoldActor {
  name: string;
  type: string;
  aliases: string[];
  titles: string[];
  affiliation?: string;
  optional?: boolean;
}

export interface GoldMeeting {
  kind: string;
  format?: string;
  participants: string[];
  leads?: string[];
  date?: string;
  location?: string;
  status: string;
  topics?: string[];
  series?: string;
  evidence: GoldSpan[];
  optional?: boolean;
}

export interface GoldPosition {
  holder: string;
  stance: string;
  form: string;
  cue?: string;
  evidence: GoldSpan;
  about?: string[];
  optional?: boolean;
}

export interface Gold {
  article: string;
  publishedAt: string;
  dates: GoldDate[];
  actors: GoldActor[];
  meetings: GoldMeeting[];
  positions: GoldPosition[];
}

/** The part of an `Extraction` that is scored. */
export type ScoredExtraction = Pick<Extraction, 'dates' | 'actors' | 'meetings' | 'positions'>;

// ---------------------------------------------------------------------------
// Counts, ratios, metrics.

export type ExtractorName = 'dates' | 'actors' | 'meetings' | 'positions';
export const EXTRACTORS: readonly ExtractorName[] = ['dates', 'actors', 'meetings', 'positions'];

/** Required-item counts. `optionalMatched` is informational (found items that hit optional gold). */
export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
  optionalMatched: number;
}

export interface DateCounts extends PrfCounts {
  /** TPs whose value equals the gold value. */
  valueCorrect: number;
  /** TPs whose mod equals the gold mod (absent = absent). */
  modCorrect: number;
}

export interface ActorCounts extends PrfCounts {
  typeCorrect: number;
  titleCorrect: number;
  affiliationCorrect: number;
}

export interface MeetingCounts extends PrfCounts {
  /** Sum over TPs of the participant F1 (averaged by dividing by tp). */
  participantF1Sum: number;
  dateCorrect: number;
  locationCorrect: number;
  statusCorrect: number;
}

export interface PositionCounts extends PrfCounts {
  stanceCorrect: number;
  formCorrect: number;
}

export interface ArticleCounts {
  dates: DateCounts;
  actors: ActorCounts;
  meetings: MeetingCounts;
  positions: PositionCounts;
}

/** A fraction that remembers its denominator: `den === 0` means "nothing to measure". */
export interface Ratio {
  num: number;
  den: number;
}

export function ratio(num: number, den: number): Ratio {
  return { num, den };
}

/** The value of a ratio; an empty denominator gives 0 (never NaN). */
export function ratioValue(r: Ratio): number {
  return r.den === 0 ? 0 : r.num / r.den;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** P, R and F1 as ratios (F1 = 2tp / (2tp + fp + fn), which equals 2PR/(P+R) when defined). */
export function prfRatios(c: Pick<PrfCounts, 'tp' | 'fp' | 'fn'>): { precision: Ratio; recall: Ratio; f1: Ratio } {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** P, R and F1 from counts; each is 0 when its denominator is empty. */
export function prf(c: Pick<PrfCounts, 'tp' | 'fp' | 'fn'>): Prf {
  const r = prfRatios(c);
  return { precision: ratioValue(r.precision), recall: ratioValue(r.recall), f1: ratioValue(r.f1) };
}

/** Metric names per extractor: the keys of the JSON output and of tests/floors.json. */
export const METRIC_NAMES = {
  dates: ['spanPrecision', 'spanRecall', 'spanF1', 'valueF1', 'valueAcc', 'modAcc'],
  actors: ['precision', 'recall', 'f1', 'typeAcc', 'titleAcc', 'affiliationAcc'],
  meetings: ['precision', 'recall', 'f1', 'participantF1', 'dateAcc', 'locationAcc', 'statusAcc'],
  positions: ['precision', 'recall', 'f1', 'stanceAcc', 'formAcc'],
} as const;

export type MetricName<E extends ExtractorName> = (typeof METRIC_NAMES)[E][number];
export type MetricRatios<E extends ExtractorName> = Record<MetricName<E>, Ratio>;
export type Metrics<E extends ExtractorName> = Record<MetricName<E>, number>;
export type ArticleMetrics = { [E in ExtractorName]: Metrics<E> };
export type ArticleRatios = { [E in ExtractorName]: MetricRatios<E> };

export function dateRatios(c: DateCounts): MetricRatios<'dates'> {
  const p = prfRatios(c);
  return {
    spanPrecision: p.precision,
    spanRecall: p.recall,
    spanF1: p.f1,
    // found (tp + fp) + gold (tp + fn), both over required items only.
    valueF1: ratio(2 * c.valueCorrect, 2 * c.tp + c.fp + c.fn),
    valueAcc: ratio(c.valueCorrect, c.tp),
    modAcc: ratio(c.modCorrect, c.tp),
  };
}

export function actorRatios(c: ActorCounts): MetricRatios<'actors'> {
  return {
    ...prfRatios(c),
    typeAcc: ratio(c.typeCorrect, c.tp),
    titleAcc: ratio(c.titleCorrect, c.tp),
    affiliationAcc: ratio(c.affiliationCorrect, c.tp),
  };
}

export function meetingRatios(c: MeetingCounts): MetricRatios<'meetings'> {
  return {
    ...prfRatios(c),
    participantF1: ratio(c.participantF1Sum, c.tp),
    dateAcc: ratio(c.dateCorrect, c.tp),
    locationAcc: ratio(c.locationCorrect, c.tp),
    statusAcc: ratio(c.statusCorrect, c.tp),
  };
}

export function positionRatios(c: PositionCounts): MetricRatios<'positions'> {
  return { ...prfRatios(c), stanceAcc: ratio(c.stanceCorrect, c.tp), formAcc: ratio(c.formCorrect, c.tp) };
}

export function articleRatios(c: ArticleCounts): ArticleRatios {
  return {
    dates: dateRatios(c.dates),
    actors: actorRatios(c.actors),
    meetings: meetingRatios(c.meetings),
    positions: positionRatios(c.positions),
  };
}

function valuesOf<K extends string>(ratios: Record<K, Ratio>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(ratios) as K[]) out[key] = ratioValue(ratios[key]);
  return out;
}

/** Every metric of every extractor as a number in [0, 1]. */
export function articleMetrics(c: ArticleCounts): ArticleMetrics {
  const r = articleRatios(c);
  return {
    dates: valuesOf(r.dates),
    actors: valuesOf(r.actors),
    meetings: valuesOf(r.meetings),
    positions: valuesOf(r.positions),
  };
}

export function emptyCounts(): ArticleCounts {
  const prfZero: PrfCounts = { tp: 0, fp: 0, fn: 0, optionalMatched: 0 };
  return {
    dates: { ...prfZero, valueCorrect: 0, modCorrect: 0 },
    actors: { ...prfZero, typeCorrect: 0, titleCorrect: 0, affiliationCorrect: 0 },
    meetings: { ...prfZero, participantF1Sum: 0, dateCorrect: 0, locationCorrect: 0, statusCorrect: 0 },
    positions: { ...prfZero, stanceCorrect: 0, formCorrect: 0 },
  };
}

/** Field-wise sum of two count records of the same shape. */
function addFields<T extends object>(a: T, b: T): T {
  const out = { ...a } as Record<string, number>;
  for (const [key, value] of Object.entries(b as Record<string, number>)) out[key] = (out[key] ?? 0) + value;
  return out as T;
}

/** Sum of per-article counts: the micro-averaged overall result is `articleMetrics(sumCounts(all))`. */
export function sumCounts(all: readonly ArticleCounts[]): ArticleCounts {
  return all.reduce<ArticleCounts>(
    (acc, c) => ({
      dates: addFields(acc.dates, c.dates),
      actors: addFields(acc.actors, c.actors),
      meetings: addFields(acc.meetings, c.meetings),
      positions: addFields(acc.positions, c.positions),
    }),
    emptyCounts(),
  );
}

// ---------------------------------------------------------------------------
// Issues, for --verbose.

export interface Issue {
  extractor: ExtractorName;
  /** miss: required gold not found; extra: found matching nothing; duplicate: found matching taken gold only. */
  kind: 'miss' | 'extra' | 'duplicate' | 'mismatch';
  /** For mismatches: the attribute that differs ('value', 'mod', 'type', ...). */
  field?: string;
  /** What the item is: the date text, actor name, meeting mention, position content. */
  text: string;
  /** Offsets of `text` when the item has any (gold actors have none). */
  start?: number;
  end?: number;
  found?: string;
  gold?: string;
}

// ---------------------------------------------------------------------------
// Matching.

interface Spanlike {
  start: number;
  end: number;
}

/** Half-open spans overlap when each starts before the other ends. */
export function overlaps(a: Spanlike, b: Spanlike): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Names compared "case- and punctuation-insensitively, ignoring a leading 'the '":
 * NFKC, lower case, drop a leading article, then keep only letters and digits
 * (so "U.S." = "US", "ex-Soviet" = "ex Soviet", "Russia’s" = "Russias").
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The normalized forms of a name and its aliases (empty forms dropped, so "" never matches). */
function formsOf(names: readonly string[]): Set<string> {
  return new Set(names.map(normalizeName).filter((n) => n.length > 0));
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

interface MatchPair<F, G> {
  found: F;
  gold: G;
}

interface MatchResult<F, G> {
  /** Pairs with required gold items: the TPs. */
  tp: MatchPair<F, G>[];
  /** Pairs with optional gold items, and found items compatible only with taken optional ones: ignored. */
  optional: MatchPair<F, G | undefined>[];
  /** Found items compatible with no gold item. */
  extra: F[];
  /** Found items compatible only with required gold items already taken. */
  duplicate: F[];
  /** Required gold items left unmatched: the FNs. */
  missed: G[];
}

/**
 * One-to-one greedy matching. `found` must already be in the order it should be
 * processed (text order). `rank` returns null when the pair is incompatible, else
 * a number where higher is better; ties go to required gold, then the earliest.
 */
function greedyMatch<F, G extends { optional?: boolean }>(
  found: readonly F[],
  gold: readonly G[],
  rank: (f: F, g: G) => number | null,
): MatchResult<F, G> {
  const taken = new Array<boolean>(gold.length).fill(false);
  const result: MatchResult<F, G> = { tp: [], optional: [], extra: [], duplicate: [], missed: [] };
  for (const f of found) {
    let best = -1;
    let bestRank = -Infinity;
    let compatible = false;
    let compatibleOptional = false;
    gold.forEach((g, i) => {
      const r = rank(f, g);
      if (r === null) return;
      compatible = true;
      if (g.optional) compatibleOptional = true;
      if (taken[i]) return;
      const current = best >= 0 ? gold[best] : undefined;
      const better =
        best < 0 || r > bestRank || (r === bestRank && !g.optional && current?.optional === true);
      if (better) {
        best = i;
        bestRank = r;
      }
    });
    const chosen = best >= 0 ? gold[best] : undefined;
    if (chosen !== undefined) {
      taken[best] = true;
      if (chosen.optional) result.optional.push({ found: f, gold: chosen });
      else result.tp.push({ found: f, gold: chosen });
    } else if (compatibleOptional) result.optional.push({ found: f, gold: undefined });
    else if (compatible) result.duplicate.push(f);
    else result.extra.push(f);
  }
  gold.forEach((g, i) => {
    if (!taken[i] && !g.optional) result.missed.push(g);
  });
  return result;
}

function prfCountsOf<F, G>(m: MatchResult<F, G>): PrfCounts {
  return {
    tp: m.tp.length,
    fp: m.extra.length + m.duplicate.length,
    fn: m.missed.length,
    optionalMatched: m.optional.length,
  };
}

function byStart<T>(items: readonly T[], spanOf: (t: T) => Spanlike | undefined): T[] {
  const key = (t: T): [number, number] => {
    const s = spanOf(t);
    return s ? [s.start, s.end] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  };
  return [...items].sort((a, b) => {
    const [as, ae] = key(a);
    const [bs, be] = key(b);
    return as - bs || ae - be;
  });
}

function earliest<S extends Spanlike>(spans: readonly S[]): S | undefined {
  return spans.reduce<S | undefined>((best, s) => (!best || s.start < best.start ? s : best), undefined);
}

// ---------------------------------------------------------------------------
// Dates.

export interface DateScore {
  counts: DateCounts;
  issues: Issue[];
}

/** Dates: spans overlap → match (left to right, the earliest free gold date wins). */
export function scoreDates(found: readonly DateMention[], gold: readonly GoldDate[]): DateScore {
  const sortedFound = byStart(found, (d) => d.span);
  const sortedGold = byStart(gold, (g) => g);
  const m = greedyMatch(sortedFound, sortedGold, (f, g) => (overlaps(f.span, g) ? 0 : null));
  const issues: Issue[] = [];
  let valueCorrect = 0;
  let modCorrect = 0;
  for (const { found: f, gold: g } of m.tp) {
    const where = { text: f.span.text, start: f.span.start, end: f.span.end };
    if (f.value === g.value) valueCorrect++;
    else issues.push({ extractor: 'dates', kind: 'mismatch', field: 'value', ...where, found: f.value, gold: `${g.value} ("${g.text}" [${g.start},${g.end}))` });
    if ((f.mod ?? undefined) === (g.mod ?? undefined)) modCorrect++;
    else issues.push({ extractor: 'dates', kind: 'mismatch', field: 'mod', ...where, found: f.mod ?? '(none)', gold: g.mod ?? '(none)' });
  }
  for (const g of m.missed) {
    issues.push({ extractor: 'dates', kind: 'miss', text: g.text, start: g.start, end: g.end, gold: g.mod ? `${g.value} mod=${g.mod}` : g.value });
  }
  for (const [kind, list] of [['extra', m.extra], ['duplicate', m.duplicate]] as const) {
    for (const f of list) issues.push({ extractor: 'dates', kind, text: f.span.text, start: f.span.start, end: f.span.end, found: f.value });
  }
  return { counts: { ...prfCountsOf(m), valueCorrect, modCorrect }, issues };
}

// ---------------------------------------------------------------------------
// Actors.

/** Lookup tables shared by the actor, meeting and position scorers. */
export interface ActorContext {
  found: readonly Actor[];
  gold: readonly GoldActor[];
}

interface ActorIndex {
  foundById: Map<string, Actor>;
  goldByName: Map<string, GoldActor>;
}

function indexActors(ctx: ActorContext): ActorIndex {
  const foundById = new Map<string, Actor>();
  for (const a of ctx.found) foundById.set(a.id, a);
  const goldByName = new Map<string, GoldActor>();
  for (const g of ctx.gold) if (!goldByName.has(normalizeName(g.name))) goldByName.set(normalizeName(g.name), g);
  return { foundById, goldByName };
}

function foundActorForms(a: Actor): Set<string> {
  return formsOf([a.name, ...a.aliases]);
}

function goldActorForms(g: GoldActor): Set<string> {
  return formsOf([g.name, ...g.aliases]);
}

/**
 * The forms of a gold name: the gold actor of that name (with its aliases) when
 * there is one, else the bare name (e.g. an unnamed official not listed as an actor).
 */
function goldNameForms(name: string, idx: ActorIndex): Set<string> {
  const g = idx.goldByName.get(normalizeName(name));
  return g ? goldActorForms(g) : formsOf([name]);
}

/** The forms of a found actor id; an id naming no actor is taken as a bare name (lenient). */
function foundIdForms(id: string, idx: ActorIndex): Set<string> {
  const a = idx.foundById.get(id);
  return a ? foundActorForms(a) : formsOf([id]);
}

/**
 * Titles: every gold title must be contained (case-insensitively, whitespace
 * collapsed) in some found title, so "Russian Deputy Foreign Minister" satisfies
 * "Deputy Foreign Minister" and extra found titles are allowed. When the gold
 * lists no title, the found actor must list none either - otherwise an extractor
 * could stamp titles on every actor for free.
 */
export function titlesMatch(found: readonly string[], gold: readonly string[]): boolean {
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (gold.length === 0) return found.length === 0;
  const foundNorm = found.map(norm);
  return gold.every((g) => foundNorm.some((f) => f.includes(norm(g))));
}

function describeFoundActor(a: Actor): Pick<Issue, 'text' | 'start' | 'end'> {
  const first = earliest(a.mentions);
  return first ? { text: a.name, start: first.start, end: first.end } : { text: a.name };
}

export interface ActorScore {
  counts: ActorCounts;
  issues: Issue[];
}

/** Actors: any shared name/alias form → match; a found actor whose name is the gold name is preferred. */
export function scoreActors(found: readonly Actor[], gold: readonly GoldActor[]): ActorScore {
  const idx = indexActors({ found, gold });
  const sortedFound = byStart(found, (a) => earliest(a.mentions));
  // Forms computed once: the matcher asks about every (found, gold) pair.
  const foundForms = new Map(found.map((a) => [a, foundActorForms(a)]));
  const goldForms = new Map(gold.map((g) => [g, goldActorForms(g)]));
  const m = greedyMatch(sortedFound, gold, (f, g) => {
    if (!intersects(foundForms.get(f) ?? new Set(), goldForms.get(g) ?? new Set())) return null;
    return normalizeName(f.name) === normalizeName(g.name) ? 1 : 0;
  });
  const issues: Issue[] = [];
  let typeCorrect = 0;
  let titleCorrect = 0;
  let affiliationCorrect = 0;
  for (const { found: f, gold: g } of m.tp) {
    const where = describeFoundActor(f);
    if (f.type === g.type) typeCorrect++;
    else issues.push({ extractor: 'actors', kind: 'mismatch', field: 'type', ...where, found: f.type, gold: g.type });
    if (titlesMatch(f.titles, g.titles)) titleCorrect++;
    else issues.push({ extractor: 'actors', kind: 'mismatch', field: 'titles', ...where, found: JSON.stringify(f.titles), gold: JSON.stringify(g.titles) });
    if (affiliationMatches(f.affiliation, g.affiliation, idx)) affiliationCorrect++;
    else {
      const foundAffil = f.affiliation === undefined ? '(none)' : (idx.foundById.get(f.affiliation)?.name ?? `unknown id ${f.affiliation}`);
      issues.push({ extractor: 'actors', kind: 'mismatch', field: 'affiliation', ...where, found: foundAffil, gold: g.affiliation ?? '(none)' });
    }
  }
  for (const g of m.missed) issues.push({ extractor: 'actors', kind: 'miss', text: g.name, gold: [g.name, ...g.aliases].join(' | ') });
  for (const [kind, list] of [['extra', m.extra], ['duplicate', m.duplicate]] as const) {
    for (const f of list) issues.push({ extractor: 'actors', kind, ...describeFoundActor(f), found: [f.name, ...f.aliases].join(' | ') });
  }
  return { counts: { ...prfCountsOf(m), typeCorrect, titleCorrect, affiliationCorrect }, issues };
}

/** A found affiliation id matches the gold affiliation name when their actors share a form; both absent is correct. */
function affiliationMatches(foundId: string | undefined, goldName: string | undefined, idx: ActorIndex): boolean {
  if (foundId === undefined || goldName === undefined) return foundId === undefined && goldName === undefined;
  return intersects(foundIdForms(foundId, idx), goldNameForms(goldName, idx));
}

// ---------------------------------------------------------------------------
// Meetings.

/**
 * How well a found participant (actor id) stands for a gold participant (name):
 * 2 = the same actor by name/alias; 1 = through an affiliation (a found person
 * whose affiliation is the gold party, or a gold person whose affiliation is the
 * found party - the guide's "a person participant also matches their
 * affiliation"); null = no match.
 */
function participantRank(foundId: string, goldName: string, idx: ActorIndex): number | null {
  const goldForms = goldNameForms(goldName, idx);
  if (intersects(foundIdForms(foundId, idx), goldForms)) return 2;
  const foundActor = idx.foundById.get(foundId);
  if (foundActor?.type === 'person' && foundActor.affiliation !== undefined) {
    if (intersects(foundIdForms(foundActor.affiliation, idx), goldForms)) return 1;
  }
  const goldActor = idx.goldByName.get(normalizeName(goldName));
  if (goldActor?.type === 'person' && goldActor.affiliation !== undefined) {
    if (intersects(foundIdForms(foundId, idx), goldNameForms(goldActor.affiliation, idx))) return 1;
  }
  return null;
}

/** Participant F1 with one-to-one greedy matching (gold order; direct matches beat affiliation ones). */
export function participantF1(found: readonly string[], gold: readonly string[], ctx: ActorContext): number {
  return participantF1Indexed(found, gold, indexActors(ctx));
}

function participantF1Indexed(found: readonly string[], gold: readonly string[], idx: ActorIndex): number {
  const taken = new Array<boolean>(found.length).fill(false);
  let matched = 0;
  for (const g of gold) {
    let best = -1;
    let bestRank = -Infinity;
    found.forEach((f, i) => {
      if (taken[i]) return;
      const r = participantRank(f, g, idx);
      if (r !== null && r > bestRank) {
        best = i;
        bestRank = r;
      }
    });
    if (best >= 0) {
      taken[best] = true;
      matched++;
    }
  }
  return ratioValue(ratio(2 * matched, found.length + gold.length));
}

function participantsIntersect(found: readonly string[], gold: readonly string[], idx: ActorIndex): boolean {
  return found.some((f) => gold.some((g) => participantRank(f, g, idx) !== null));
}

function participantNames(ids: readonly string[], idx: ActorIndex): string {
  return ids.map((id) => idx.foundById.get(id)?.name ?? `?${id}`).join(', ');
}

function describeFoundMeeting(m: Meeting, idx: ActorIndex): Pick<Issue, 'text' | 'start' | 'end' | 'found'> {
  const first = earliest(m.mentions);
  const found = `${m.kind} [${participantNames(m.participants, idx)}] ${m.status}`;
  return first ? { text: first.text, start: first.start, end: first.end, found } : { text: m.kind, found };
}

export interface MeetingScore {
  counts: MeetingCounts;
  issues: Issue[];
}

/**
 * Meetings: a mention overlaps an evidence span AND the participant sets
 * intersect. Among several compatible gold meetings the one with the best
 * participant F1 wins (two gold meetings can share a mention: "Meetings with NATO
 * and the OSCE").
 */
export function scoreMeetings(found: readonly Meeting[], gold: readonly GoldMeeting[], actors: ActorContext): MeetingScore {
  const idx = indexActors(actors);
  const sortedFound = byStart(found, (m) => earliest(m.mentions));
  const sortedGold = byStart(gold, (g) => earliest(g.evidence));
  const m = greedyMatch(sortedFound, sortedGold, (f, g) => {
    const spanHit = f.mentions.some((s) => g.evidence.some((e) => overlaps(s, e)));
    if (!spanHit || !participantsIntersect(f.participants, g.participants, idx)) return null;
    return participantF1Indexed(f.participants, g.participants, idx);
  });
  const issues: Issue[] = [];
  let participantF1Sum = 0;
  let dateCorrect = 0;
  let locationCorrect = 0;
  let statusCorrect = 0;
  for (const { found: f, gold: g } of m.tp) {
    const where = describeFoundMeeting(f, idx);
    const mismatch = (field: string, found: string, goldValue: string): void => {
      issues.push({ extractor: 'meetings', kind: 'mismatch', field, text: where.text, start: where.start, end: where.end, found, gold: goldValue });
    };
    const pf1 = participantF1Indexed(f.participants, g.participants, idx);
    participantF1Sum += pf1;
    if (pf1 < 1) mismatch('participants', participantNames(f.participants, idx), g.participants.join(', '));
    if (f.date?.value === g.date) dateCorrect++;
    else mismatch('date', f.date?.value ?? '(none)', g.date ?? '(none)');
    if (locationMatches(f.location?.name, g.location)) locationCorrect++;
    else mismatch('location', f.location?.name ?? '(none)', g.location ?? '(none)');
    if (f.status === g.status) statusCorrect++;
    else mismatch('status', f.status, g.status);
  }
  for (const g of m.missed) {
    const first = earliest(g.evidence);
    issues.push({
      extractor: 'meetings',
      kind: 'miss',
      text: first?.text ?? g.kind,
      ...(first ? { start: first.start, end: first.end } : {}),
      gold: `${g.kind} [${g.participants.join(', ')}] ${g.status} (${g.evidence.length} mentions)`,
    });
  }
  for (const [kind, list] of [['extra', m.extra], ['duplicate', m.duplicate]] as const) {
    for (const f of list) issues.push({ extractor: 'meetings', kind, ...describeFoundMeeting(f, idx) });
  }
  return { counts: { ...prfCountsOf(m), participantF1Sum, dateCorrect, locationCorrect, statusCorrect }, issues };
}

/** Locations compare like names (case, punctuation and a leading "the" ignored); both absent is correct. */
function locationMatches(found: string | undefined, gold: string | undefined): boolean {
  if (found === undefined || gold === undefined) return found === undefined && gold === undefined;
  return normalizeName(found) === normalizeName(gold);
}

// ---------------------------------------------------------------------------
// Positions.

export interface PositionScore {
  counts: PositionCounts;
  issues: Issue[];
}

function holderName(id: string, idx: ActorIndex): string {
  return idx.foundById.get(id)?.name ?? id;
}

/** Positions: content overlaps the gold evidence AND the holder's forms meet the gold holder's forms. */
export function scorePositions(found: readonly Position[], gold: readonly GoldPosition[], actors: ActorContext): PositionScore {
  const idx = indexActors(actors);
  const sortedFound = byStart(found, (p) => p.content);
  const sortedGold = byStart(gold, (g) => g.evidence);
  const m = greedyMatch(sortedFound, sortedGold, (f, g) =>
    overlaps(f.content, g.evidence) && intersects(foundIdForms(f.holder, idx), goldNameForms(g.holder, idx)) ? 0 : null,
  );
  const issues: Issue[] = [];
  let stanceCorrect = 0;
  let formCorrect = 0;
  for (const { found: f, gold: g } of m.tp) {
    const where = { text: f.content.text, start: f.content.start, end: f.content.end };
    if (f.stance === g.stance) stanceCorrect++;
    else issues.push({ extractor: 'positions', kind: 'mismatch', field: 'stance', ...where, found: f.stance, gold: g.stance });
    if (f.form === g.form) formCorrect++;
    else issues.push({ extractor: 'positions', kind: 'mismatch', field: 'form', ...where, found: f.form, gold: g.form });
  }
  for (const g of m.missed) {
    issues.push({ extractor: 'positions', kind: 'miss', text: g.evidence.text, start: g.evidence.start, end: g.evidence.end, gold: `${g.holder}: ${g.stance}/${g.form}` });
  }
  for (const [kind, list] of [['extra', m.extra], ['duplicate', m.duplicate]] as const) {
    for (const f of list) {
      issues.push({ extractor: 'positions', kind, text: f.content.text, start: f.content.start, end: f.content.end, found: `${holderName(f.holder, idx)}: ${f.stance}/${f.form}` });
    }
  }
  return { counts: { ...prfCountsOf(m), stanceCorrect, formCorrect }, issues };
}

// ---------------------------------------------------------------------------
// One article.

export interface ArticleScore {
  counts: ArticleCounts;
  metrics: ArticleMetrics;
  issues: Issue[];
}

export function scoreArticle(extraction: ScoredExtraction, gold: Gold): ArticleScore {
  const ctx: ActorContext = { found: extraction.actors, gold: gold.actors };
  const dates = scoreDates(extraction.dates, gold.dates);
  const actors = scoreActors(extraction.actors, gold.actors);
  const meetings = scoreMeetings(extraction.meetings, gold.meetings, ctx);
  const positions = scorePositions(extraction.positions, gold.positions, ctx);
  const counts: ArticleCounts = {
    dates: dates.counts,
    actors: actors.counts,
    meetings: meetings.counts,
    positions: positions.counts,
  };
  return {
    counts,
    metrics: articleMetrics(counts),
    issues: [...dates.issues, ...actors.issues, ...meetings.issues, ...positions.issues],
  };
}
