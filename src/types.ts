/**
 * The public shapes of newsfacts results (see SPEC.md). Every interface here is
 * exported from the package under the same name.
 */

/** A slice of the input: `text.slice(start, end) === text`. UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';

export interface DateMention {
  span: TextSpan;
  /** TIMEX3 / ISO 8601 value: '2022-01-10', '2022-01', '2021', '2021-W52', 'P2H', 'PRESENT_REF' … */
  value: string;
  type: DateType;
  mod?: DateMod;
  /** true when resolving the value needed the reference date (publishedAt). */
  relative: boolean;
}

export type ActorType = 'person' | 'organization' | 'country' | 'group';

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  titles: string[];
  /** id of the country / organization actor it belongs to. */
  affiliation?: string;
  aliases: string[];
  mentions: TextSpan[];
}

export type MeetingKind = 'talks' | 'summit' | 'call' | 'meeting' | 'conference';
export type MeetingStatus = 'planned' | 'held' | 'proposed' | 'cancelled' | 'unknown';

export interface Meeting {
  id: string;
  kind: MeetingKind;
  format?: 'in-person' | 'phone' | 'video';
  participants: string[];
  leads: string[];
  date?: DateMention;
  location?: { name: string; span: TextSpan };
  status: MeetingStatus;
  topics: string[];
  series?: string;
  mentions: TextSpan[];
}

export type Stance =
  | 'statement'
  | 'support'
  | 'demand'
  | 'refusal'
  | 'warning'
  | 'denial'
  | 'accusation'
  | 'intent';

export interface Position {
  id: string;
  holder: string;
  stance: Stance;
  form: 'quote' | 'paraphrase' | 'mixed';
  cue?: TextSpan;
  content: TextSpan;
  about: string[];
}

export interface PublishedAt {
  /** 'YYYY-MM-DD', or null when neither given nor inferable. */
  value: string | null;
  source: 'given' | 'inferred' | 'none';
  /** The text the inferred value came from. */
  evidence?: TextSpan;
}

export interface Extraction<Extra extends Record<string, unknown[]> = Record<string, unknown[]>> {
  publishedAt: PublishedAt;
  dates: DateMention[];
  actors: Actor[];
  meetings: Meeting[];
  positions: Position[];
  /** Results of custom extractors, keyed by extractor name. */
  extra: Extra;
}

export interface Source {
  article: string;
  id: string;
  mentions: TextSpan[];
}

export interface Conflict {
  field: string;
  values: { value: unknown; articles: string[] }[];
}

export interface Digest {
  articles: string[];
  actors: Array<Actor & { sources: Source[] }>;
  meetings: Array<Meeting & { sources: Source[]; conflicts: Conflict[] }>;
  positions: Array<Position & { sources: Source[] }>;
  timeline: string[];
}

/** User additions to the built-in world knowledge. Every field is optional. */
export interface Lexicon {
  actors?: Array<{
    name: string;
    aliases?: string[];
    type: ActorType;
    affiliation?: string;
  }>;
  titles?: string[];
  cues?: Array<{ word: string; stance: Stance }>;
  meetingWords?: Array<{ word: string; kind: MeetingKind }>;
}

export interface ExtractOptions {
  /** Reference date for relative expressions: 'YYYY-MM-DD', any ISO 8601 string, or a Date. */
  publishedAt?: string | Date;
  lexicon?: Lexicon;
  /**
   * The longest text accepted, in UTF-16 code units (default 5,000,000, about 5 MB
   * of English): longer text throws a RangeError instead of tying up the thread.
   */
  maxLength?: number;
}

// ---------------------------------------------------------------------------
// The analysed document every extractor reads (see src/core/analyze.ts).

export interface Token {
  /** Index in `AnalyzedDoc.tokens`. */
  index: number;
  /** The characters as they stand in the input: `doc.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink ('NOUN', 'PROPN', 'VERB', 'AUX', …). */
  pos: string;
  /** Lower-case lemma from wink ('said' → 'say'), computed on first read. */
  readonly lemma: string;
  /**
   * The token in lower case, as written ("n't", "organisation"). Not wink's
   * normal form, which rewrites words ("vice" → "vise", "through" → "thru")
   * and costs a pass over the document.
   */
  normal: string;
  /** wink's token type: 'word', 'number', 'punctuation', 'tabCRLF', … (computed when read). */
  readonly kind: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** First and last token index (inclusive). */
  firstToken: number;
  lastToken: number;
}

export interface WinkEntity {
  /** wink's entity type: 'DATE', 'TIME', 'CARDINAL', 'DURATION', 'MONEY', … */
  type: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface AnalyzedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: WinkEntity[];
  /** Token index at each character offset is found with `tokenAt`. */
}

/** Facts found so far, passed to each later extractor and to custom extractors. */
export interface Facts {
  publishedAt: PublishedAt;
  dates: DateMention[];
  actors: Actor[];
  meetings: Meeting[];
  positions: Position[];
}

/** A custom extractor: its results appear under `extraction.extra[name]`. */
export interface CustomExtractor<Name extends string = string, T = unknown> {
  name: Name;
  run(doc: AnalyzedDoc, facts: Facts): T[];
}
