/**
 * A flat BM25+ inverted index that scores exactly as MiniSearch 7 did
 * (same formula, field lengths, running field-length averages, summation
 * order and tie order), but keeps postings in typed arrays and reuses its
 * per-query buffers. MiniSearch materialised a Map entry, a terms array and a
 * match object per posting per query; that garbage drove GC pauses into the
 * latency tail.
 */

export interface FieldSpec {
  name: string;
  boost: number;
}

/** MiniSearch's defaults (k 1.2, b 0.7, d 0.5). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Copied term for term from MiniSearch's calcBM25Score so results stay bit-identical. */
function bm25(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export interface ScoredQuery {
  /** documents matched, in MiniSearch's result order before sorting (first term, first field, document order) */
  count: number;
  /** document index of the i-th match (entries past count are stale) */
  readonly docs: Int32Array;
  /** its BM25+ score times the number of distinct query terms it matched (MiniSearch's "quality") */
  readonly scores: Float64Array;
}

export interface PostingsIndex {
  readonly documentCount: number;
  /**
   * Scores the documents for the terms (each once, in order) with per-term boosts.
   * The returned view is valid until the next call.
   */
  score(terms: readonly string[], boostOf: (term: string) => number): ScoredQuery;
  /** whether the document has the term in any field */
  has(term: string, doc: number): boolean;
}

/** Builds the index; `fieldTerms(doc, field)` gives a field's terms in order, duplicates kept. */
export function buildPostings(
  documentCount: number,
  fields: readonly FieldSpec[],
  fieldTerms: (doc: number, field: number) => readonly string[],
): PostingsIndex {
  const F = fields.length;
  const termIds = new Map<string, number>();
  const fieldLength = new Int32Array(documentCount * F);
  const avgFieldLength = new Float64Array(F);
  // postings as added: document order within each field, fields in document order
  const pTerm = new IntList();
  const pField = new IntList();
  const pDoc = new IntList();
  const pTf = new IntList();
  const tf = new Map<number, number>();
  for (let d = 0; d < documentCount; d += 1) {
    for (let f = 0; f < F; f += 1) {
      const terms = fieldTerms(d, f);
      tf.clear();
      for (const t of terms) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(t, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      // MiniSearch: length is the number of distinct terms; the average is kept as a running mean
      const length = tf.size;
      fieldLength[d * F + f] = length;
      const average = avgFieldLength[f] || 0;
      avgFieldLength[f] = (average * d + length) / (d + 1);
      for (const [id, count] of tf) {
        pTerm.push(id);
        pField.push(f);
        pDoc.push(d);
        pTf.push(count);
      }
    }
  }
  const termCount = termIds.size;
  const total = pTerm.length;
  // start of each (term, field) run; runs of one term are contiguous, fields in order, documents ascending
  const start = new Int32Array(termCount * F + 1);
  for (let i = 0; i < total; i += 1) start[(pTerm.data[i] as number) * F + (pField.data[i] as number) + 1] += 1;
  for (let i = 1; i < start.length; i += 1) start[i] += start[i - 1] as number;
  const cursor = start.slice(0, termCount * F);
  const docs = new Int32Array(total);
  const raw = new Float64Array(total);
  for (let i = 0; i < total; i += 1) {
    const run = (pTerm.data[i] as number) * F + (pField.data[i] as number);
    const at = cursor[run]++ as number;
    docs[at] = pDoc.data[i] as number;
    raw[at] = pTf.data[i] as number;
  }
  for (let run = 0; run < termCount * F; run += 1) {
    const from = start[run] as number;
    const to = start[run + 1] as number;
    const f = run % F;
    for (let at = from; at < to; at += 1) {
      const d = docs[at] as number;
      raw[at] = bm25(raw[at] as number, to - from, documentCount, fieldLength[d * F + f] as number, avgFieldLength[f] as number);
    }
  }

  // per-query buffers, reused: allocation here is what the latency tail paid for in GC
  const total_ = new Float64Array(documentCount);
  const termSum = new Float64Array(documentCount);
  const seenInTerm = new Int32Array(documentCount).fill(-1);
  const seen = new Uint8Array(documentCount);
  const quality = new Uint16Array(documentCount);
  const order = new Int32Array(documentCount);
  const touched = new Int32Array(documentCount);
  const result = new Float64Array(documentCount);
  let count = 0;
  let stamp = 0;
  const view: ScoredQuery = { count: 0, docs: order, scores: result };

  function score(terms: readonly string[], boostOf: (term: string) => number): ScoredQuery {
    for (let i = 0; i < count; i += 1) seen[order[i] as number] = 0;
    count = 0;
    for (const term of terms) {
      const id = termIds.get(term);
      if (id === undefined) continue;
      const termBoost = boostOf(term);
      stamp += 1;
      let touchedCount = 0;
      for (let f = 0; f < F; f += 1) {
        const boost = termBoost * (fields[f] as FieldSpec).boost;
        const to = start[id * F + f + 1] as number;
        for (let at = start[id * F + f] as number; at < to; at += 1) {
          const d = docs[at] as number;
          const weighted = boost * (raw[at] as number);
          if (seenInTerm[d] === stamp) termSum[d] += weighted;
          else {
            seenInTerm[d] = stamp;
            termSum[d] = weighted;
            touched[touchedCount++] = d;
          }
        }
      }
      // MiniSearch sums each term's fields first, then adds terms in query order
      for (let i = 0; i < touchedCount; i += 1) {
        const d = touched[i] as number;
        if (seen[d] === 1) {
          total_[d] += termSum[d] as number;
          quality[d] += 1;
        } else {
          seen[d] = 1;
          total_[d] = termSum[d] as number;
          quality[d] = 1;
          order[count++] = d;
        }
      }
    }
    for (let i = 0; i < count; i += 1) {
      const d = order[i] as number;
      result[i] = (total_[d] as number) * (quality[d] as number);
    }
    view.count = count;
    if (stamp > 1e9) {
      seenInTerm.fill(-1);
      stamp = 0;
    }
    return view;
  }

  function has(term: string, doc: number): boolean {
    const id = termIds.get(term);
    if (id === undefined) return false;
    for (let f = 0; f < F; f += 1) {
      // documents ascend within a run
      let lo = start[id * F + f] as number;
      let hi = (start[id * F + f + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const d = docs[mid] as number;
        if (d === doc) return true;
        if (d < doc) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return false;
  }

  return { documentCount, score, has };
}
