/**
 * The one fake knowledge of the dialog tests, built in code: three procedures
 * (certified copy 2.000815, birth registration 1.001193, marriage 1.000894), a
 * glossary, a keyword-matching stand-in for the knowledge layer, a fake status
 * port and settings.
 *
 * Birth registration comes in two forms: `birth`, a short card (the spine's
 * tests: search, card, checklist), and `birthRegistration` with
 * `birthCurated`, the full form with its papers and questions (the dossier's
 * tests); `fakeKnowledge({ birth: 'form' })` serves the second.
 */
import { CuratedProcedure, type GlossaryEntry, type Knowledge, type Procedure, type SearchHit } from '../../knowledge/model';
import type { DossierStatus } from '../../adapters/intake/contract';
import { IntakeRejectedError, IntakeUnavailableError, type StatusPort } from '../../adapters/intake/port';
import type { AssistantSettings } from '../../dialogs/deps';
import { foldVietnamese } from '../../knowledge/text/fold';

const time = (value: number | null, text: string) => ({ value, unit: 'working_days' as const, text });

export const certifiedCopy: Procedure = {
  code: '2.000815',
  // the title the national catalog gives it (../shared/data/dvcqg/procedures.jsonl)
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
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

/** Birth registration as the dossier's tests fill it in: seven papers, upload hints, five questions. */
const formChannel = {
  time: { value: 5, unit: 'working_days' as const, text: '5 ngày làm việc' },
  fees: [{ kind: 'free' as const, text: 'Miễn phí' }],
};

export const birthRegistration: Procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['Cấp xã'],
  ministry: 'Bộ Tư pháp',
  applicants: ['Công dân Việt Nam'],
  agencies: ['Ủy ban nhân dân cấp xã'],
  channels: { online: formChannel, postal: formChannel, inPerson: formChannel },
  documents: [
    { id: 'd1', title: 'Tờ khai đăng ký khai sinh theo mẫu', quantity: 1, form: 'original', required: true },
    { id: 'd2', title: 'Giấy chứng sinh', quantity: 1, form: 'original', required: true },
    {
      id: 'd3',
      title: 'Văn bản ủy quyền có chứng thực',
      quantity: 1,
      form: 'certified_copy',
      condition: 'Trường hợp ủy quyền cho người khác đi đăng ký',
      required: false,
    },
    { id: 'd4', title: 'Giấy tờ tùy thân của người đi đăng ký', quantity: 1, form: 'original', required: true },
    { id: 'd5', title: 'Giấy chứng nhận kết hôn của cha mẹ', quantity: 1, form: 'copy', required: true },
    // notes the national records list among the papers: never an upload step
    {
      id: 'd6',
      title: 'Trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia thì không phải nộp',
      quantity: 0,
      form: 'original',
      required: false,
    },
    {
      id: 'd7',
      title: 'Văn bản xác nhận của cơ sở y tế về mang thai hộ',
      quantity: 1,
      form: 'original',
      condition: 'Trường hợp mang thai hộ',
      required: false,
    },
  ],
  conditions: [],
  results: ['Giấy khai sinh'],
  legalBasis: [{ title: 'Luật Hộ tịch', number: '60/2014/QH13' }],
  sourceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
};

export const birthCurated: CuratedProcedure = CuratedProcedure.parse({
  code: '1.001193',
  plainTitle: 'Làm giấy khai sinh cho con',
  englishTitle: 'Birth registration',
  aliases: ['làm giấy khai sinh'],
  popularity: 1,
  uploadHints: {
    d3: { vi: 'văn bản ủy quyền, thấy rõ dấu chứng thực.', en: 'the power of attorney, with the certification stamp visible.' },
    d2: { vi: 'giấy chứng sinh bệnh viện cấp, thấy rõ con dấu.', en: 'the hospital birth notice, with the stamp visible.' },
  },
  presentAtCounter: ['d4'],
  lookedUp: ['d5'],
  questions: [
    {
      key: 'childFullName',
      kind: 'text',
      checks: { format: 'personName' },
      prompt: { vi: 'Họ và tên của bé?', en: "The child's full name?" },
    },
    {
      key: 'childDateOfBirth',
      kind: 'date',
      prompt: { vi: 'Bé sinh ngày nào?', en: 'Date of birth?' },
      help: { vi: 'Ngày này có trên giấy chứng sinh.', en: 'It is on the birth notice.' },
    },
    {
      key: 'childSex',
      kind: 'choice',
      prompt: { vi: 'Giới tính của bé?', en: "The child's sex?" },
      choices: [
        { value: 'male', vi: 'Nam', en: 'Male' },
        { value: 'female', vi: 'Nữ', en: 'Female' },
      ],
    },
    { key: 'bornInHospital', kind: 'yesno', prompt: { vi: 'Bé sinh ở bệnh viện?', en: 'Born in a hospital?' } },
    { key: 'copies', kind: 'number', prompt: { vi: 'Cần mấy bản sao giấy khai sinh?', en: 'How many copies?' } },
  ],
});

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
  {
    term: 'bản sao có chứng thực',
    aliases: ['ban sao co chung thuc'],
    vi: 'bản sao đã được cơ quan có thẩm quyền đóng dấu xác nhận giống bản chính.',
    en: 'a copy stamped by an authority as true to the original.',
  },
  {
    term: 'giấy chứng sinh',
    aliases: ['giay chung sinh'],
    vi: 'giấy bệnh viện hoặc trạm y tế cấp khi bé chào đời.',
    en: 'the paper the hospital gives when a baby is born.',
  },
];

/** A stand-in for the knowledge layer: keyword matching over three procedures. */
export function fakeKnowledge(options: { birth?: 'card' | 'form' } = {}): Knowledge {
  const form = options.birth === 'form';
  const all = [certifiedCopy, form ? birthRegistration : birth, marriage];
  const curatedOf = form ? birthCurated : curatedBirth;
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
    curated: (code) => (code === birth.code ? curatedOf : undefined),
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
