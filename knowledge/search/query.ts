/**
 * Turns what a citizen typed into search terms: normalised, typos corrected
 * against the catalog's vocabulary, and a second reading with colloquial
 * phrases rewritten into the catalog's wording.
 */
import { normaliseSegments } from '../text/normalise';
import { dropGreeting } from '../text/stopwords';
import { correctSegment, type Vocabulary } from './spelling';
import { fixSegment, rewriteSegment } from './synonyms';
import { isPair, segmentTerms } from './terms';

export interface QueryReading {
  unigrams: string[];
  pairs: string[];
  /** the unigrams as a set, for phrase matching */
  unigramSet: ReadonlySet<string>;
}

export interface AnalysedQuery {
  /** every distinct term of every reading, for the index */
  terms: string[];
  /** terms only the rewritten reading has: they rank lower than what the citizen typed */
  rewrittenOnly: ReadonlySet<string>;
  /** as typed (corrected), and rewritten when a synonym applied */
  readings: QueryReading[];
}

/**
 * A child's age typed as a number ("cho con 10 tuổi", "chưa đủ 14 tuổi"). The index
 * drops numbers and the catalog says an age as a side of a threshold ("dưới 14 tuổi", "(từ) đủ
 * 14 tuổi trở lên"), so the age is read as that side of 14, the căn cước's line (Luật Căn
 * cước 2023): without it "làm căn cước cho con 10 tuổi" put the card from 14 first.
 */
const AGE = new RegExp(
  [
    // "10 tuổi", "chưa đủ 14 tuổi" (not "5t": "nhà 3t" is three storeys)
    /(?<![\p{L}\d])(?:(?<viUnder>dưới|duoi|chưa đủ|chua du|chưa tới|chưa đến)\s*)?(?<vi>\d{1,3})\s*(?:tuổi|tuoi)(?![\p{L}\d])/u.source,
    // "8 years old", "a 10-year-old", "under 14 years old"
    /(?<![\p{L}\d])(?:(?<enUnder>under|below|younger than)\s*)?(?<en>\d{1,3})[\s-]*(?:years?|yrs?)?[\s-]*old(?![\p{L}\d])/u.source,
    // "aged 15", "my son is 8," (a person is so old; not "what is 1.000689")
    /(?<![\p{L}\d])(?:aged?|(?:son|daughter|child|kid|baby|boy|girl|he|she) is)\s+(?<enIs>\d{1,2})(?![\d.]|\s*\p{L})/u.source,
  ].join('|'),
  'giu',
);
const ID_CARD_AGE = 14;
/** an adult's age is left as typed: "kết hôn năm 18 tuổi" is no ID card question */
const ADULT_AGE = 18;

/** The text with an age said as the catalog says it: "con 10 tuổi" → "con dưới 14 tuổi", "8 years old" → "child under 14". */
export function ageAsCatalogSays(text: string): string {
  return text.replace(AGE, (typed: string, ...args: unknown[]) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    const years = g.vi ?? g.en ?? g.enIs;
    const age = Number(years) - (g.viUnder || g.enUnder ? 1 : 0);
    if (age >= ADULT_AGE) return typed;
    if (g.vi !== undefined) return age < ID_CARD_AGE ? `dưới ${ID_CARD_AGE} tuổi` : `đủ ${ID_CARD_AGE} tuổi`;
    return age < ID_CARD_AGE ? `child under ${ID_CARD_AGE}` : `age ${ID_CARD_AGE} and over`;
  });
}

function reading(segments: readonly (readonly string[])[]): QueryReading {
  const terms = [...new Set(segmentTerms(segments))];
  const unigrams = terms.filter((t) => !isPair(t));
  return { unigrams, pairs: terms.filter(isPair), unigramSet: new Set(unigrams) };
}

export function analyseQuery(text: string, vocab: Vocabulary): AnalysedQuery {
  const fixed = normaliseSegments(ageAsCatalogSays(text))
    .map(dropGreeting)
    .filter((s) => s.length > 0)
    .map(fixSegment);
  const typed = fixed.map((s) => correctSegment(vocab, s));
  // a phrase of the vocabulary as typed, before spelling correction bent one of its words to a
  // catalog syllable: English words are not misspelt Vietnamese ("my baby was just born")
  const rewritten = typed.map((s, i) => {
    const corrected = rewriteSegment(s);
    if (corrected !== s) return corrected;
    const asTyped = fixed[i] as readonly string[];
    const rewrittenAsTyped = rewriteSegment(asTyped);
    return rewrittenAsTyped !== asTyped ? rewrittenAsTyped : s;
  });
  const readings = [reading(typed)];
  if (rewritten.some((s, i) => s !== typed[i])) readings.push(reading(rewritten));
  const terms = new Set<string>();
  for (const r of readings) for (const t of [...r.unigrams, ...r.pairs]) terms.add(t);
  const first = readings[0] as QueryReading;
  const typedTerms = new Set([...first.unigrams, ...first.pairs]);
  return { terms: [...terms], readings, rewrittenOnly: new Set([...terms].filter((t) => !typedTerms.has(t))) };
}
