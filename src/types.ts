/**
 * Types that cross stages. Every stage of the pipeline reads and writes plain data of these shapes:
 *
 *   ingest (Article) → segment (Document) → extract (Claim) → reconcile (Finding) → report (text)
 *
 * Offsets are always 0-based UTF-16 offsets into `Article.text`, half-open `[start, end)`.
 * Line and column (1-based) are derived for display only.
 */

/** A half-open range `[start, end)` of 0-based offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Ingest
// ---------------------------------------------------------------------------------------------

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** How the publication date was learnt. `given` = command line or manifest. */
export type PublishedBasis = 'given' | 'front-matter' | 'dateline' | 'inferred';

/** One step of reasoning that led to an inferred publication date. */
export interface PublishedEvidence {
  /** The article whose text gave the clue (may be another article of the run). */
  article: string;
  /** Plain-language reason, e.g. `"last November" → the November before publication`. */
  reason: string;
  text?: string;
  span?: Span;
}

export interface PublishedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when unknown. */
  value: string | null;
  basis: PublishedBasis | null;
  /** Full ISO 8601 date-time with offset when the source gave a time (`2005-11-27T08:20:00-05:00`). */
  dateTime?: string;
  /** 0..1; 1 for given dates, lower for inferred ones. */
  confidence?: number;
  /** Why an inferred (or dateline) date was chosen. */
  evidence?: PublishedEvidence[];
  /** Where in the text the date was read (datelines, front matter). */
  span?: Span;
}

/** Why a range of the text is kept out of extraction. */
export type ExcludedReason = 'front-matter' | 'metadata' | 'boilerplate' | 'markup';

export interface ExcludedRange {
  span: Span;
  reason: ExcludedReason;
  /** What was recognised, e.g. `comment-form`, `also-read`, `picture-credit`, `url-line`. */
  label: string;
}

/** A problem with one input; becomes a finding of rule `input` and never stops the other inputs. */
export interface InputProblem {
  /** The file path (or article id when there is no file). */
  path: string;
  severity: Severity;
  message: string;
}

export interface Article {
  /** File name without extension; unique within a run. */
  id: string;
  /** Path as it was found (relative to the working directory when the input was relative). */
  path: string;
  format: ArticleFormat;
  /**
   * The text every offset refers to. For `.txt` and `.md` it is the file as read (decoded, BOM
   * removed); for `.html` it is the main text extracted by the HTML parser.
   */
  text: string;
  /** `file` when offsets refer to the file itself, `html-text` when they refer to extracted HTML text. */
  textSource: 'file' | 'html-text';
  title?: string;
  outlet?: string;
  url?: string;
  published: PublishedDate;
  /** Ranges of `text` that are not article prose (front matter, metadata lines, boilerplate). */
  excluded: ExcludedRange[];
  /** Non-fatal problems found while reading (encoding fallbacks, ignored metadata…). */
  problems: InputProblem[];
  /**
   * The story the article is compared within, when the input names one (JSONL stage records); otherwise
   * its folder is its story (see `storyOf` in `src/stories.ts`).
   */
  story?: string;
}

// ---------------------------------------------------------------------------------------------
// Segment
// ---------------------------------------------------------------------------------------------

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** Read-only: on tokens of `tokenize` it is the token itself (see `SpannedToken`). */
  readonly span: Span;
  readonly text: string;
  readonly kind: TokenKind;
}

/** What kind of text block a sentence comes from. */
export type BlockKind = 'paragraph' | 'heading' | 'bullet';

export interface Sentence {
  /** Position in the article, 0-based. */
  index: number;
  span: Span;
  text: string;
  tokens: Token[];
  block: BlockKind;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

/** An article cut into sentences and tokens; the input of every extractor. */
export interface Document {
  article: Article;
  sentences: Sentence[];
  /** Offsets where each line starts; see `positionOf` in `segment/lines.ts`. */
  lineStarts: number[];
}

// ---------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------

export type ClaimKind =
  | 'time'
  | 'person'
  | 'organization'
  | 'place'
  | 'meeting'
  | 'record'
  | 'quantity'
  | 'quote';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'time',
  'person',
  'organization',
  'place',
  'meeting',
  'record',
  'quantity',
  'quote',
];

/** Whether a part of a claim was written in the text (`stated`) or filled in by us (`implied`). */
export type Certainty = 'stated' | 'implied';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A TIMEX3 normalisation (TimeML). */
export interface Timex {
  type: TimexType;
  /** `2013-03-21`, `2012-07`, `2012-SU`, `2013-W11`, `1998-08-07T10:35`, `P5Y`, `PRESENT_REF`, `XXXX-XX-XX`… */
  value: string;
  /** `APPROX`, `MID`, `START`, `END`, `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE`, `BEFORE`, `AFTER`, `ON_OR_BEFORE`, `ON_OR_AFTER`. */
  mod?: string;
  /** For durations anchored in time (look-backs such as "the first in 14 years"), the anchor date. */
  anchor?: string;
}

/** Calendar interval covered by a time value, as ISO dates `[start, end)`; absent when unanchored. */
export interface DateInterval {
  start: string;
  end: string;
}

export interface TimeValue {
  timex: Timex;
  /** The calendar interval the expression denotes, for comparison across granularities. */
  interval?: DateInterval;
  /** Granularity of `timex.value`. */
  granularity?: 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time';
  /** What the resolution relied on: `absolute`, `publication`, `previous-date`, `unanchored`. */
  anchoredBy?: 'absolute' | 'publication' | 'previous-date' | 'unanchored';
  /** Tense of the governing verb when it steered the resolution. */
  tense?: 'past' | 'present' | 'future';
  /** Role of a cue word before the expression (`since`, `until`, `before`, `after`, `by`). */
  relation?: string;
}

export interface PersonValue {
  /** The name as written ("Anthony Blinken", "Mr Blinken"). */
  name: string;
  /** The fullest name known for the entity in this article ("Antony Blinken"). */
  canonical: string;
  /** Entity key, stable within a run: the same person in two articles has the same key. */
  entity: string;
  title?: string;
  role?: string;
  organization?: string;
  /** ISO 3166-1 alpha-2 of the nationality written with the name ("Chinese President Xi Jinping" → `CN`). */
  country?: string;
  /** How the mention refers to the person. */
  mention: 'full-name' | 'surname' | 'honorific' | 'description' | 'pronoun';
}

export interface OrganizationValue {
  name: string;
  canonical: string;
  entity: string;
  /** `government`, `agency`, `company`, `party`, `media`, `university`… when known. */
  category?: string;
  /** ISO 3166-1 alpha-2 of a nationality or country written in the name ("Chinese Foreign Ministry" → `CN`). */
  country?: string;
  /** The acronym the article uses for it ("UNRWA"), when it gives one. */
  acronym?: string;
}

export interface GeoRef {
  /** Gazetteer id, e.g. `US`, `US-CA`, `US-CA:San Francisco`. */
  id: string;
  name: string;
  level: 'country' | 'region' | 'city' | 'feature';
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Region (state, province) code or name. */
  region?: string;
  lat?: number;
  lon?: number;
}

export interface RelativeLocation {
  distance: { amount: number; unit: string; km: number; qualifier?: QuantityQualifier };
  /** Compass bearing as written, normalised (`N`, `NNE`, `SW`…). */
  bearing?: string;
  /** The reference place ("Bireun", "the town"). */
  reference: string;
  referenceGeo?: GeoRef;
}

export interface PlaceValue {
  name: string;
  geo?: GeoRef;
  /** Gazetteer ids of the enclosing places, innermost first (`['US-CA', 'US']`). */
  containedIn: string[];
  relative?: RelativeLocation;
}

export type Polarity = 'positive' | 'negative';
export type Modality = 'asserted' | 'planned' | 'possible' | 'reported' | 'denied' | 'hypothetical';

export interface MeetingValue {
  /** Normalised predicate: `meet`, `talks`, `visit`, `arrive`, `trip`, `summit`. */
  predicate: string;
  /** Who acts (entity keys or names). */
  participants: string[];
  /** The other side of a meeting ("Xi Jinping"), when stated. */
  counterpart?: string[];
  place?: string;
  /** Claim id of the time claim that dates the event, when one governs it. */
  time?: string;
  /** Copied from that time claim for convenience. */
  interval?: DateInterval;
  polarity: Polarity;
  modality: Modality;
  /** The trigger word in dictionary form (`meet`, `meeting`, `visit`, `return`…). */
  trigger?: string;
  /** Participants and counterparts as written, for display. */
  participantNames?: string[];
  counterpartNames?: string[];
  /** Claim id of the place claim naming where, when one does. */
  placeClaim?: string;
  /** Who the statement is attributed to ("officials", "the ministry"), as written. */
  source?: string;
  /** Set for remote talks ("telephone talks", "spoke by phone"). */
  mode?: 'phone' | 'video';
}

export interface RecordValue {
  /** `first`, `highest`, `lowest`, `biggest`, `largest`, `deadliest`, `new-low`… */
  superlative: string;
  /** What the record is about ("visit by a US secretary of state"). */
  what: string;
  /** Where or among what ("to China", "to the city", "in France"). */
  scope?: string;
  /** The previous occurrence as a time interval (`since 2010` → 2010; `in 14 years` → publication − 14 y). */
  previous?: DateInterval & { text?: string; timex?: string };
  /** The look-back duration when stated ("in 14 years" → `P14Y`). */
  gap?: string;
  approximate: boolean;
  /** Who held the previous record, when named ("Hillary Clinton"). */
  previousHolder?: string;
  /** Head noun of `what` ("visit", "level", "heist"); taken from the phrase before when elided ("the first by …"). */
  head?: string;
  /** The date a look-back counts back from (publication, or the duration claim's anchor). */
  anchor?: string;
  /** TIMEX3 mod of the gap: `APPROX` ("nearly"), `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`. */
  mod?: string;
  /** Claim id of the time claim the previous date or the gap came from. */
  time?: string;
  /** The since-phrase as written, dated or not ("the end of the Cold War"). */
  previousText?: string;
  /** "ever", "on record", "in history", "so far": the record is over all time known. */
  ever?: boolean;
}

export type QuantityQualifier =
  | 'exactly'
  | 'about'
  | 'at-least'
  | 'more-than'
  | 'nearly'
  | 'less-than'
  | 'up-to'
  | 'range';

export interface QuantityValue {
  amount: number;
  /** Bounds for ranges ("three or four", "40 to 70 percent") and qualified values. */
  low?: number;
  high?: number;
  /** Unit as normalised: `people`, `magnitude`, `USD`, `EUR`, `km`, `s`, `%`, `°C`… */
  unit: string;
  /** Physical dimension or kind of count. */
  dimension:
    | 'count'
    | 'magnitude'
    | 'money'
    | 'length'
    | 'depth'
    | 'duration'
    | 'percent'
    | 'temperature'
    | 'area'
    | 'mass'
    | 'other';
  /** The value in the canonical unit of its dimension (km, s, °C, the currency itself). */
  normalized?: { amount: number; unit: string };
  qualifier: QuantityQualifier;
  /** The thing counted ("killed", "injured", "houses", "villages"). */
  counted?: string;
  /** Who the number is attributed to ("the USGS", "Iran's seismologic centre"). */
  speaker?: string;
  /** Equivalent stated in the article itself ("85 million euros ($108 million)"). */
  equivalent?: { amount: number; unit: string };
  /** Whether the speaker is named, anonymous ("officials") or a pronoun that could not be resolved. */
  speakerKind?: 'named' | 'anonymous' | 'unknown';
  /** Entity key of the speaker when the people extractor found them. */
  speakerEntity?: string;
  /** Who or what the quantity is about: the people counted ("children"), the shock ("aftershock"), the populated place ("Qeshm island"). */
  subject?: string;
  /** What happened to the things counted ("destroyed", "damaged"), when not already in `counted`. */
  predicate?: string;
  /** The place a distance is measured from ("Bandar Abbas"). */
  reference?: string;
}

export interface QuoteValue {
  /** The quoted words without the quotation marks. */
  quote: string;
  speaker?: string;
  speakerKind: 'named' | 'anonymous' | 'unknown';
  /** Direct quote (in quotation marks) or reported speech. */
  direct: boolean;
  /** The speaker phrase as written ("he", "Mr Blinken", "a senior US official"). */
  speakerText?: string;
  /** Entity key of the speaker when the people extractor found them. */
  speakerEntity?: string;
  /** How a speaker not named at the quote was found: a pronoun, the quote before it, a sentence ending in a colon. */
  resolvedBy?: 'pronoun' | 'continuation' | 'colon';
  /** The speech verb of reported speech ("said", "told"). */
  verb?: string;
  /** A fragment quoted inside the writer's own sentence ("called for “direct and sustained” dialogue"). */
  partial?: boolean;
}

export interface ClaimValueMap {
  time: TimeValue;
  person: PersonValue;
  organization: OrganizationValue;
  place: PlaceValue;
  meeting: MeetingValue;
  record: RecordValue;
  quantity: QuantityValue;
  quote: QuoteValue;
}

/** A fact read from one article, with its exact position. */
export interface Claim<K extends ClaimKind = ClaimKind> {
  /** Stable id: the same article text gives the same id (see `extract/claim-id.ts`). */
  id: string;
  article: string;
  kind: K;
  /** The exact quote: `article.text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** 1-based, for display. */
  line: number;
  /** 1-based, for display. */
  column: number;
  /** Index of the sentence that holds the claim. */
  sentence: number;
  value: ClaimValueMap[K];
  /** For each field of `value` we report on: was it written in the text or inferred? */
  certainty: Record<string, Certainty>;
}

export type AnyClaim = { [K in ClaimKind]: Claim<K> }[ClaimKind];

/** What an extractor proposes; the pipeline adds id, article, text, line and column. */
export interface ClaimDraft<K extends ClaimKind = ClaimKind> {
  kind: K;
  span: Span;
  value: ClaimValueMap[K];
  certainty?: Record<string, Certainty>;
}

// ---------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------

export interface ExtractorContext {
  doc: Document;
  /** The reference date for relative expressions (the publication date, given or inferred). */
  published: PublishedDate;
  /** Claims found by earlier extractors on this document (extractors run in a fixed order). */
  earlier: readonly Claim[];
}

/** A cache of work on one document, shared by extractors (`DocumentCache`). */
export interface DocumentCacheHandle {
  /** Lets go of what is kept for `doc`. */
  forget(doc: Document): void;
}

/** One module per claim kind. */
export interface Extractor {
  kind: ClaimKind;
  /** Kinds whose claims this extractor reads from `earlier` (they must run before it). */
  requires?: ClaimKind[];
  /** Document caches it reads: each is let go once the last extractor that reads it has run. */
  caches?: readonly DocumentCacheHandle[];
  extract(context: ExtractorContext): ClaimDraft[];
}

// ---------------------------------------------------------------------------------------------
// Reconcile
// ---------------------------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

/** What a finding says about the claims it links. */
export type Verdict =
  | 'conflict'
  | 'variant'
  | 'altered-quote'
  | 'different-events'
  | 'mixed-events'
  | 'update'
  | 'granularity'
  | 'attribution'
  | 'corroborated'
  | 'input';

export interface RuleMeta {
  /** Kebab-case id, e.g. `name-variant`. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Longer help (Markdown), shown in SARIF and reports. */
  help: string;
  /** Message templates keyed by message id, with `{{placeholders}}`. */
  messages: Record<string, string>;
  /**
   * Every finding of the rule sets claims of two or more articles side by side (a disagreement between
   * them, or what several of them corroborate): with one article it has nothing to say, and is not run.
   */
  acrossArticles?: boolean;
}

export interface FindingPosition {
  article: string;
  /** Claim id, or null when the position is not a claim (input problems). */
  claim: string | null;
  text: string;
  span: Span;
  line: number;
  column: number;
  value: unknown;
}

export interface Finding {
  /** Stable id derived from rule and the claims involved. */
  id: string;
  rule: string;
  severity: Severity;
  verdict: Verdict;
  message: string;
  messageId?: string;
  /** Longer plain-language explanation of why this verdict was reached. */
  explanation?: string;
  /** 0..1. */
  confidence: number;
  /** Event group id the finding belongs to, when any. */
  event?: string;
  /** Number of independent sources (articles) behind a corroboration. */
  sources?: number;
  positions: FindingPosition[];
}

/** A group of claims that speak of one occurrence (a trip, a quake) across articles. */
export interface EventGroup {
  id: string;
  /** Human label ("visit to China, 2024-04"). */
  label: string;
  /** `main`: what an article is about; `background`: an earlier occurrence it mentions. */
  role?: 'main' | 'background';
  articles: string[];
  claims: string[];
  interval?: DateInterval;
  /** Places named in the event's sentences (most frequent first). */
  places?: string[];
}

export interface RunContext {
  articles: Article[];
  claims: Claim[];
}

/** A small comparison module: one job, its metadata, and a pure `run`. */
export interface ReconcileRule {
  meta: RuleMeta;
  run(context: ReconcileContext): FindingDraft[];
}

export interface ReconcileContext extends RunContext {
  events: EventGroup[];
  /** Claim id → id of the event group it speaks of. */
  eventOf: ReadonlyMap<string, string>;
  /** Article id → id of the event the article is mainly about. */
  mainEventOf: ReadonlyMap<string, string>;
  claimById: ReadonlyMap<string, Claim>;
  articleById: ReadonlyMap<string, Article>;
}

/** What a rule proposes; the reconciler adds the id, the severity default and formats the message. */
export interface FindingDraft {
  messageId: string;
  data: Record<string, string | number>;
  verdict: Verdict;
  severity?: Severity;
  confidence: number;
  explanation?: string;
  event?: string;
  sources?: number;
  /** Claim ids, in the order the sides should be shown. */
  claims: string[];
}

// ---------------------------------------------------------------------------------------------
// Result (the JSON report contract, schemaVersion 1)
// ---------------------------------------------------------------------------------------------

export interface ArticleReport {
  id: string;
  path: string;
  title?: string;
  outlet?: string;
  url?: string;
  textSource: 'file' | 'html-text';
  published: PublishedDate;
}

export interface CheckResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  articles: ArticleReport[];
  claims: Claim[];
  findings: Finding[];
  events?: EventGroup[];
}
