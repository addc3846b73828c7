/**
 * Applies the citizen vocabulary (citizen-words.ts) to a query segment: each
 * colloquial phrase is replaced by the catalog's wording, longest phrase first.
 * The query is searched both as typed and rewritten; `fix` entries (misspellings,
 * regional words) are corrected in the typed reading too.
 */
import { normaliseSegments } from '../text/normalise';
import { citizenWords, type WordTopic } from './citizen-words';

export interface SynonymRule {
  from: readonly string[];
  to: readonly string[];
}

export interface Rewriter {
  /** misspellings and regional words corrected; the same array when nothing applies */
  fix(segment: readonly string[]): readonly string[];
  /** colloquial phrases replaced by the catalog's wording; the same array when nothing applies */
  rewrite(segment: readonly string[]): readonly string[];
}

function flat(text: string): string[] {
  return normaliseSegments(text).flat();
}

type RuleIndex = Map<string, SynonymRule[]>;

function index(rules: SynonymRule[]): RuleIndex {
  const byFirst: RuleIndex = new Map();
  // longest phrase first so "nhập hộ khẩu" wins over "hộ khẩu"
  for (const rule of [...rules].sort((a, b) => b.from.length - a.from.length)) {
    const first = rule.from[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
  }
  return byFirst;
}

function apply(byFirst: RuleIndex, segment: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  let i = 0;
  outer: while (i < segment.length) {
    for (const rule of byFirst.get(segment[i] as string) ?? []) {
      if (rule.from.every((w, k) => segment[i + k] === w)) {
        out ??= segment.slice(0, i);
        out.push(...rule.to);
        i += rule.from.length;
        continue outer;
      }
    }
    if (out) out.push(segment[i] as string);
    i += 1;
  }
  return out ?? segment;
}

/** Compiles the vocabulary once: every phrase normalised like the index. */
export function createRewriter(topics: readonly WordTopic[]): Rewriter {
  const fixes: SynonymRule[] = [];
  const rewrites: SynonymRule[] = [];
  for (const topic of topics) {
    for (const entry of topic.entries) {
      const to = flat(entry.means);
      for (const say of entry.say) {
        const from = flat(say);
        if (from.length === 0) continue;
        (entry.fix ? fixes : rewrites).push({ from, to });
      }
    }
  }
  const fixIndex = index(fixes);
  const rewriteIndex = index(rewrites);
  return {
    fix: (segment) => apply(fixIndex, segment),
    rewrite: (segment) => apply(rewriteIndex, segment),
  };
}

let shared: Rewriter | undefined;

function rewriter(): Rewriter {
  shared ??= createRewriter(citizenWords());
  return shared;
}

/** The segment with misspellings and regional words corrected (shipped vocabulary). */
export function fixSegment(segment: readonly string[]): readonly string[] {
  return rewriter().fix(segment);
}

/** The segment with each colloquial phrase replaced by the catalog's wording (shipped vocabulary). */
export function rewriteSegment(segment: readonly string[]): readonly string[] {
  return rewriter().rewrite(segment);
}
