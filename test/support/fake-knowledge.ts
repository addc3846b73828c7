/**
 * Data for the spine's tests, built in code: three procedures, a glossary, a
 * keyword-matching stand-in for the knowledge layer, fake status port, settings.
 */
import type { CuratedProcedure, GlossaryEntry, Knowledge, Procedure, SearchHit } from '../../knowledge/model';
import type { DossierStatus } from '../../adapters/intake/contract';
import { IntakeRejectedError, IntakeUnavailableError, type StatusPort } from '../../adapters/intake/port';
import type { AssistantSettings } from '../../dialogs/deps';
import { foldVietnamese } from '../../knowledge/text/fold';

const time = (value: number | null, text: string) => ({ value, unit: 'working_days' as const, text });

export const certifiedCopy: Procedure = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
  field: 'Chứng thực',
  levels: ['Cấp xã'],
  ministry: 'Bộ Tư pháp',
  applicants: ['Công dân Việt Nam'],
  agencies: [],
  channels: {
    online: null,
    postal: null,
    inPerson: {
      time: time(0, 'Trong ngày'),
      fees: [{ kind: 'per_page', amount: 2000, note: 'từ trang thứ ba thu 1.000 đồng/trang', text: '2.000 đồng/trang' }],
    },
  },
  documents: [
    { id: 'd1', title: 'Bản chính giấy tờ làm cơ sở để chứng thực bản sao', quantity: 1, form: 'original', required: true },
    { id: 'd2', title: 'Bản sao cần chứng thực', quantity: 1, form: 'copy', required: true },
  ],
  conditions: [],
  results: ['Bản sao được chứng thực từ bản chính'],
  legalBasis: [],
  sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/2.000815',
};

export const birth: Procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['Cấp xã'],
  ministry: 'Bộ Tư pháp',
  applicants: ['Công dân Việt Nam'],
  agencies: ['UBND cấp xã'],
  channels: {
    online: { time: time(1, '1 ngày làm việc'), fees: [{ kind: 'free', text: 'Miễn lệ phí' }] },
    postal: { time: time(1, '1 ngày làm việc'), fees: [{ kind: 'free', text: 'Miễn lệ phí' }] },
    inPerson: { time: time(1, '1 ngày làm việc'), fees: [{ kind: 'council', text: 'Theo quy định của HĐND tỉnh' }] },
  },
  documents: [
    { id: 'd1', title: 'Tờ khai đăng ký khai sinh', quantity: 1, form: 'original', required: true },
    { id: 'd2', title: 'Giấy chứng sinh', quantity: 1, form: 'original', required: true },
    {
      id: 'd3',
      title: 'Văn bản ủy quyền',
      quantity: 1,
      form: 'certified_copy',
      required: false,
      condition: 'Trường hợp ủy quyền cho người khác đi đăng ký',
    },
  ],
  conditions: [],
  results: ['Giấy khai sinh (bản chính)'],
  legalBasis: [],
  sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.001193',
};

export const marriage: Procedure = {
  ...birth,
  code: '1.000894',
  name: 'Thủ tục đăng ký kết hôn',
  documents: [{ id: 'd1', title: 'Tờ khai đăng ký kết hôn', quantity: 1, form: 'original', required: true }],
  sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.000894',
};

const curatedBirth: CuratedProcedure = {
  code: birth.code,
  plainTitle: 'Làm giấy khai sinh',
  englishTitle: 'Birth registration',
  aliases: ['khai sinh', 'lam giay khai sinh'],
  popularity: 1,
  uploadHints: {},
  presentAtCounter: [],
  lookedUp: [],
  questions: [],
};

const KEYWORDS: Record<string, string[]> = {
  [certifiedCopy.code]: ['chung thuc', 'ban sao', 'certified copy'],
  [birth.code]: ['khai sinh', 'birth'],
  [marriage.code]: ['ket hon', 'marriage'],
};

export const glossary: GlossaryEntry[] = [
  {
    term: 'bản sao chứng thực',
    aliases: ['ban sao chung thuc', 'certified copy'],
    vi: 'bản chụp giấy tờ có dấu xác nhận của xã là giống bản chính.',
    en: 'a photocopy stamped by the commune as identical to the original.',
  },
  { term: 'hộ tịch', aliases: ['ho tich'], vi: 'các việc về khai sinh, kết hôn, khai tử.', en: 'civil status: birth, marriage, death.' },
];

/** A stand-in for the search engineer's knowledge: keyword matching over three procedures. */
export function fakeKnowledge(): Knowledge {
  const all = [certifiedCopy, birth, marriage];
  const hit = (p: Procedure, score: number): SearchHit => ({ code: p.code, name: p.name, field: p.field, levels: p.levels, score });
  return {
    search(query, options) {
      const q = foldVietnamese(query);
      return all
        .filter((p) => (KEYWORDS[p.code] ?? []).some((k) => q.includes(k)))
        .map((p) => hit(p, 1))
        .slice(0, options?.limit ?? 10);
    },
    procedure: (code) => all.find((p) => p.code === code),
    curated: (code) => (code === birth.code ? curatedBirth : undefined),
    fields: () => [
      { field: 'Chứng thực', count: 1 },
      { field: 'Hộ tịch', count: 2 },
    ],
    byField: (field, options) =>
      all
        .filter((p) => p.field === field)
        .map((p) => hit(p, 1))
        .slice(0, options?.limit ?? 10),
    glossary(term) {
      const t = foldVietnamese(term);
      return glossary.find((g) => foldVietnamese(g.term) === t || g.aliases.some((a) => foldVietnamese(a) === t));
    },
    glossaryEntries: () => glossary,
  };
}

export class FakeStatus implements StatusPort {
  readonly known = new Map<string, DossierStatus>();
  unavailable = false;
  /** answer with this HTTP status as an IntakeRejectedError */
  rejectWith?: number;
  async getStatus(receiptCode: string, phoneE164: string): Promise<DossierStatus | null> {
    if (this.unavailable) throw new IntakeUnavailableError('down');
    if (this.rejectWith)
      throw new IntakeRejectedError(this.rejectWith, { type: 'about:blank', title: 'rejected', status: this.rejectWith });
    return this.known.get(`${receiptCode}|${phoneE164}`) ?? null;
  }
}

export const settings: AssistantSettings = {
  hotline: { number: '1900 1234', hours: '7h30–17h, thứ Hai đến thứ Sáu' },
  postalFeeNote: 'Phí bưu điện trả khi nhận.',
  defaultLocale: 'vi',
  agencyName: 'UBND xã Tân Lập',
};
