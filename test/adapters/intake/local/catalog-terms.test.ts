/** What the local intake service takes from catalog procedures for its receipts. */
import type { Channel, Procedure } from '../../../../knowledge/model';
import { catalogLookups } from '../../../../adapters/intake/local/catalog-terms';

const channel = (days: number | null, fees: Channel['fees']): Channel => ({
  time: { value: days, unit: days === null ? 'unknown' : 'working_days', text: days === null ? 'không rõ' : `${days} ngày làm việc` },
  fees,
});

function procedure(code: string, channels: Procedure['channels']): Procedure {
  return {
    code,
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    levels: ['Cấp xã'],
    ministry: 'Bộ Tư pháp',
    applicants: [],
    agencies: ['UBND cấp xã'],
    channels,
    documents: [],
    conditions: [],
    results: [],
    legalBasis: [],
    sourceUrl: 'https://dichvucong.gov.vn/',
  };
}

test('known codes, working days and plain fees of the online channel first', () => {
  const lookups = catalogLookups([
    procedure('1.000001', {
      online: channel(3, [{ kind: 'amount', amount: 8000, text: 'Lệ phí: 8.000 đồng' }]),
      postal: channel(5, []),
      inPerson: channel(5, []),
    }),
    procedure('1.000002', { online: null, postal: channel(null, [{ kind: 'free', text: 'Miễn phí' }]), inPerson: null }),
    procedure('1.000003', {
      online: channel(2, [{ kind: 'per_page', amount: 2000, text: '2.000 đồng/trang' }]),
      postal: null,
      inPerson: null,
    }),
  ]);
  expect(lookups.isKnownProcedure('1.000001')).toBe(true);
  expect(lookups.isKnownProcedure('1.999999')).toBe(false);
  expect(lookups.procedureTerms('1.000001')).toEqual({ workingDays: 3, fees: [{ label: 'Lệ phí: 8.000 đồng', amount: 8000 }] });
  expect(lookups.procedureTerms('1.000002')).toEqual({ fees: [{ label: 'Miễn phí', amount: 0 }] });
  // A per-page fee has no single amount: no fees rather than a misleading one.
  expect(lookups.procedureTerms('1.000003')).toEqual({ workingDays: 2 });
  expect(lookups.procedureTerms('1.999999')).toBeUndefined();
});
