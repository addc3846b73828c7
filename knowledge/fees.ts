/**
 * Which fees apply on a given day. The catalog keeps every rate the source
 * states, with its validity window when it has one (a halving "từ 01/7/2025
 * đến hết 31/12/2026"); this picks the ones a citizen pays on that day.
 * Pure: no clock is read here; callers pass the day.
 */
import type { CommuneProfile } from './commune/profile';
import type { Channel, Fee } from './model';
import { foldVietnamese } from './text/fold';

/** YYYY-MM-DD of a Date in Vietnam (UTC+7), or the ISO string given. */
export function isoDay(date: Date | string): string {
  if (typeof date === 'string') return date.slice(0, 10);
  return new Date(date.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function covers(fee: Fee, day: string): boolean {
  return (fee.validFrom === undefined || fee.validFrom <= day) && (fee.validUntil === undefined || day <= fee.validUntil);
}

const windowed = (fee: Fee): boolean => fee.validFrom !== undefined || fee.validUntil !== undefined;

/**
 * The fees of one channel that apply on `date`: a time-limited rate in force
 * replaces the standing rate it was derived from; rates out of their window
 * and fees another office collects (an embassy's USD fee) are left out.
 */
export function feesOn(channel: Pick<Channel, 'fees'>, date: Date | string): Fee[] {
  const day = isoDay(date);
  const here = channel.fees.filter((f) => f.payee === undefined);
  const inForce = here.filter((f) => windowed(f) && covers(f, day));
  const replaced = (base: Fee): boolean => inForce.some((w) => w.text.startsWith(`${base.text} ×`));
  const picked = here.filter((f) => (windowed(f) ? inForce.includes(f) : !replaced(f)));
  // two overlapping windows giving the same rate: say it once
  return picked.filter((f, i) => picked.findIndex((g) => g.kind === f.kind && g.amount === f.amount && windowed(g) === windowed(f)) === i);
}

type CouncilFee = CommuneProfile['councilFees'][number];

/**
 * The amount the commune's profile gives for a fee the provincial council sets: a fee the
 * catalog marks as council-set, or one the portal heads "Miễn phí" while its note leaves the
 * amount to the council ("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định", 100+
 * civil-status records). Undefined when the profile states no amount for this procedure.
 */
export function councilAmount(
  fee: Fee,
  procedureCode: string | undefined,
  commune: Pick<CommuneProfile, 'councilFees'> | undefined,
): (CouncilFee & { amountVnd: number }) | undefined {
  const councilSet =
    fee.kind === 'council' || (fee.kind === 'free' && fee.note !== undefined && /hoi dong nhan dan|hdnd/.test(foldVietnamese(fee.note)));
  if (!councilSet || procedureCode === undefined) return undefined;
  const known = commune?.councilFees.find((c) => c.procedureCode === procedureCode && c.amountVnd !== undefined);
  return known?.amountVnd !== undefined ? { ...known, amountVnd: known.amountVnd } : undefined;
}
