/**
 * Polite and conversational filler that says nothing about which procedure is
 * meant. Only words that cannot be content once accents are folded stand
 * alone; ambiguous ones ("sao" = copy, "can" = căn cước, "minh" = chứng minh)
 * are removed only inside a phrase.
 */
const PHRASES: readonly string[] = [
  'cho em hoi',
  'cho toi hoi',
  'cho minh hoi',
  'cho chau hoi',
  'cho anh hoi',
  'cho chi hoi',
  'cho hoi',
  'xin hoi',
  'em hoi',
  'toi hoi',
  'minh hoi',
  'em muon',
  'toi muon',
  'minh muon',
  'lam sao',
  'lam the nao',
  'nhu the nao',
  'the nao',
  'ra sao',
  'nhu nao',
  'o dau',
  'cho nao',
  'noi nao',
  'bao lau',
  'bao nhieu',
  'mat bao lau',
  'het bao nhieu',
  'mat bao nhieu',
  'thu tuc',
  'can gi',
  'can nhung gi',
  'can giay to gi',
  'giay to gi',
  'ho so gi',
  'la gi',
  'phai lam gi',
  'can lam gi',
  'lam gi',
  'duoc khong',
  'co duoc khong',
  'khong a',
  'vay a',
  'nhu vay',
  'the vay',
  'vay thi',
  'giup em',
  'giup toi',
  'giup minh',
  'huong dan em',
  'huong dan toi',
  'nhu the',
  'the nay',
  'bay gio',
  'hien nay',
  'hom nay',
  'how to',
  'how do',
  'how can',
  'what is',
  'i need',
  'i want',
  'where to',
];

const WORDS: ReadonlySet<string> = new Set([
  'a',
  'ah',
  'ak',
  'oi',
  'nhe',
  'voi',
  'em',
  'gi',
  'khong',
  'duoc',
  'giup',
  'muon',
  'xin',
  'please',
  'what',
  'how',
  'where',
  'which',
  'need',
  'want',
  'is',
  'are',
  'of',
  'for',
  'and',
  'mi',
  'get',
  'should',
  'does',
  'did',
  'we',
  'our',
  'us',
  'you',
  'your',
  'would',
  'like',
  'help',
  'at',
]);

// first word → phrases starting with it, longest first
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of [...PHRASES].map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
  const first = phrase[0] as string;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

function phraseAt(syllables: readonly string[], i: number): number {
  for (const phrase of PHRASES_BY_FIRST.get(syllables[i] as string) ?? []) {
    let k = 1;
    while (k < phrase.length && syllables[i + k] === phrase[k]) k += 1;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** Removes filler phrases (longest first), then filler words. */
export function removeStopWords(syllables: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < syllables.length) {
    const skip = phraseAt(syllables, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const s = syllables[i];
    if (s !== undefined && !WORDS.has(s)) out.push(s);
    i += 1;
  }
  return out;
}

/** Greetings and thanks: said to the assistant, not part of any need. Queries only; "chào bán" stays searchable in names. */
const GREETINGS: ReadonlySet<string> = new Set([
  'xin chao',
  'chao ban',
  'chao em',
  'chao anh',
  'chao chi',
  'chao ad',
  'cam on',
  'cam on ban',
  'thank you',
  'thanks',
  'hello',
  'hi',
]);

/** An empty list when the whole segment is a greeting or a thank-you. */
export function dropGreeting(syllables: readonly string[]): readonly string[] {
  return GREETINGS.has(syllables.join(' ')) ? [] : syllables;
}
