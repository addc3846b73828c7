/**
 * What the local intake service takes from the catalog: which procedure codes
 * exist, and the processing time and fees to print on a receipt.
 */
import type { Procedure } from '../../../knowledge/model';
import type { ProcedureTerms } from './context';

export interface CatalogLookups {
  isKnownProcedure: (code: string) => boolean;
  procedureTerms: (code: string) => ProcedureTerms | undefined;
}

export function catalogLookups(procedures: readonly Procedure[]): CatalogLookups {
  const byCode = new Map(procedures.map((p) => [p.code, p]));
  const terms = new Map<string, ProcedureTerms>();
  return {
    isKnownProcedure: (code) => byCode.has(code),
    procedureTerms: (code) => {
      const p = byCode.get(code);
      if (!p) return undefined;
      let t = terms.get(code);
      if (!t) {
        t = termsOf(p);
        terms.set(code, t);
      }
      return t;
    },
  };
}

/** The channel a dossier from the assistant is filed through: online, else by post. */
function termsOf(p: Procedure): ProcedureTerms {
  const channel = p.channels.online ?? p.channels.postal ?? p.channels.inPerson;
  if (!channel) return {};
  const out: ProcedureTerms = {};
  if (channel.time.unit === 'working_days' && channel.time.value !== null) out.workingDays = channel.time.value;
  // Only print fees when every one is a known amount: a partial list would mislead the citizen.
  const known = channel.fees.every((f) => f.kind === 'free' || (f.kind === 'amount' && f.amount !== undefined));
  if (known && channel.fees.length > 0)
    out.fees = channel.fees.map((f) => ({ label: f.text.slice(0, 200), amount: f.kind === 'free' ? 0 : (f.amount ?? 0) }));
  return out;
}
