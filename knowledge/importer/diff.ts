/**
 * What changed between two snapshots, for the monthly re-import review:
 * procedures added, removed and changed; for curated procedures, exactly which
 * papers, fees and times changed, so the hand-kept layer is checked where it
 * matters. Pure: both sides are catalogs already converted by the importer.
 */
import type { Channel, DocumentRequirement, Fee, Procedure, ProcessingTime } from '../model';

export interface ProcedureChange {
  code: string;
  name: string;
  curated: boolean;
  /** top-level fields whose value differs */
  fields: string[];
  /** for curated procedures: one line per paper, fee or time that changed */
  details: string[];
}

export interface CatalogDiff {
  added: Array<{ code: string; name: string }>;
  removed: Array<{ code: string; name: string }>;
  changed: ProcedureChange[];
}

/** fields that describe the snapshot itself, not the procedure */
const IGNORED = new Set(['snapshotDate']);
const CHANNELS = ['online', 'postal', 'inPerson'] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function feeLabel(f: Fee): string {
  const amount = f.amount === undefined ? '' : ` ${f.amount.toLocaleString('en-US')} đ`;
  const window = f.validFrom || f.validUntil ? ` [${f.validFrom ?? '…'} → ${f.validUntil ?? '…'}]` : '';
  return `${f.kind}${amount} "${f.text}"${window}`;
}

function timeLabel(t: ProcessingTime): string {
  return t.value === null ? `"${t.text}"` : `${t.value} ${t.unit}`;
}

function paperLabel(d: DocumentRequirement): string {
  return `"${d.title.slice(0, 80)}${d.title.length > 80 ? '…' : ''}"`;
}

/** Papers are matched by title (ids shift when a row is inserted above). */
function paperDetails(before: DocumentRequirement[], after: DocumentRequirement[]): string[] {
  const out: string[] = [];
  const byTitle = new Map(after.map((d) => [d.title, d]));
  const oldTitles = new Set(before.map((d) => d.title));
  for (const d of before) {
    const now = byTitle.get(d.title);
    if (!now) {
      out.push(`paper removed: ${paperLabel(d)}`);
      continue;
    }
    const parts: string[] = [];
    if (d.quantity !== now.quantity) parts.push(`count ${d.quantity} → ${now.quantity}`);
    if (d.form !== now.form) parts.push(`form ${d.form} → ${now.form}`);
    if (d.required !== now.required) parts.push(`required ${d.required} → ${now.required}`);
    if (d.condition !== now.condition) parts.push(`condition "${d.condition ?? ''}" → "${now.condition ?? ''}"`);
    if (parts.length > 0) out.push(`paper changed: ${paperLabel(d)}: ${parts.join(', ')}`);
  }
  for (const d of after) if (!oldTitles.has(d.title)) out.push(`paper added: ${paperLabel(d)}`);
  return out;
}

function channelDetails(key: string, a: Channel | null, b: Channel | null): string[] {
  if (a === null && b === null) return [];
  if (a === null) return [`channel added: ${key}`];
  if (b === null) return [`channel removed: ${key}`];
  const out: string[] = [];
  const timesA = a.times ?? [a.time];
  const timesB = b.times ?? [b.time];
  if (!same(timesA, timesB)) out.push(`time ${key}: ${timesA.map(timeLabel).join(', ')} → ${timesB.map(timeLabel).join(', ')}`);
  const labelsA = a.fees.map(feeLabel);
  const labelsB = b.fees.map(feeLabel);
  if (labelsA.length === labelsB.length) {
    // same number of fees: a difference at one position is that fee changing
    labelsA.forEach((l, i) => {
      if (l !== labelsB[i]) out.push(`fee ${key} changed: ${l} → ${labelsB[i]}`);
    });
    return out;
  }
  for (const l of labelsA) if (!labelsB.includes(l)) out.push(`fee ${key} removed: ${l}`);
  for (const l of labelsB) if (!labelsA.includes(l)) out.push(`fee ${key} added: ${l}`);
  return out;
}

/** Row ids shift when a row is inserted or removed above; that alone is no change. */
function comparable(p: Procedure, key: string): unknown {
  const value = (p as Record<string, unknown>)[key];
  if (key === 'documents' || key === 'documentNotes') {
    return ((value ?? []) as Array<{ id: string }>).map(({ id: _id, ...rest }) => rest);
  }
  return value;
}

export function diffCatalogs(before: Procedure[], after: Procedure[], curatedCodes: ReadonlySet<string>): CatalogDiff {
  const oldByCode = new Map(before.map((p) => [p.code, p]));
  const newByCode = new Map(after.map((p) => [p.code, p]));
  const added = after.filter((p) => !oldByCode.has(p.code)).map((p) => ({ code: p.code, name: p.name }));
  const removed = before.filter((p) => !newByCode.has(p.code)).map((p) => ({ code: p.code, name: p.name }));
  const changed: ProcedureChange[] = [];
  for (const p of after) {
    const old = oldByCode.get(p.code);
    if (!old) continue;
    const keys = [...new Set([...Object.keys(old), ...Object.keys(p)])].filter((k) => !IGNORED.has(k));
    const fields = keys.filter((k) => !same(comparable(old, k), comparable(p, k))).sort();
    if (fields.length === 0) continue;
    const curated = curatedCodes.has(p.code);
    const details = curated
      ? [...paperDetails(old.documents, p.documents), ...CHANNELS.flatMap((k) => channelDetails(k, old.channels[k], p.channels[k]))]
      : [];
    changed.push({ code: p.code, name: p.name, curated, fields, details });
  }
  const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return { added: added.sort(byCode), removed: removed.sort(byCode), changed: changed.sort(byCode) };
}

export function renderDiff(diff: CatalogDiff): string {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return 'No change.';
  const lines = [`Added ${diff.added.length}, removed ${diff.removed.length}, changed ${diff.changed.length}`];
  for (const p of diff.added) lines.push(`+ ${p.code} ${p.name}`);
  for (const p of diff.removed) lines.push(`- ${p.code} ${p.name}`);
  for (const c of diff.changed) {
    lines.push(`~ ${c.code} ${c.name}${c.curated ? ' [curated]' : ''}: ${c.fields.join(', ')}`);
    for (const d of c.details) lines.push(`    ${d}`);
  }
  return lines.join('\n');
}
