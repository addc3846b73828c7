/**
 * Test kit for the conversation spine: a small in-code catalog behind the
 * `Knowledge` interface, fake intake ports, and a harness that sends one
 * message and returns the bot's replies.
 */
import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type TurnContext } from 'botbuilder';
import type { CuratedProcedure, GlossaryEntry, Knowledge, Procedure, SearchHit } from '../../knowledge/model';
import type { DossierStatus } from '../../adapters/intake/contract';
import { IntakeUnavailableError, type StatusPort, type SubmissionPort } from '../../adapters/intake/port';
import type { AttachmentReceiver } from '../../adapters/files/port';
import type { AssistantSettings, DialogDeps } from '../../dialogs/deps';
import type { Locale } from '../../dialogs/messages/format';
import { createConversation } from '../../dialogs/conversation';
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
    { id: 'd3', title: 'Văn bản ủy quyền', quantity: 1, form: 'certified_copy', required: false, condition: 'Trường hợp ủy quyền cho người khác đi đăng ký' },
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
    byField: (field, options) => all.filter((p) => p.field === field).map((p) => hit(p, 1)).slice(0, options?.limit ?? 10),
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
  async getStatus(receiptCode: string, phoneE164: string): Promise<DossierStatus | null> {
    if (this.unavailable) throw new IntakeUnavailableError('down');
    return this.known.get(`${receiptCode}|${phoneE164}`) ?? null;
  }
}

export const settings: AssistantSettings = {
  hotline: { number: '1900 1234', hours: '7h30–17h, thứ Hai đến thứ Sáu' },
  postalFeeNote: 'Phí bưu điện trả khi nhận.',
  defaultLocale: 'vi',
  agencyName: 'UBND xã Tân Lập',
};

export interface Harness {
  /** sends a message (or a whole activity) and returns the texts of the replies */
  say(text: string | Partial<Activity>): Promise<string[]>;
  /** the last replies as full activities (buttons) */
  last: Partial<Activity>[];
  status: FakeStatus;
  conversationState: ConversationState;
  setDraft(draft: unknown): Promise<void>;
  lastDialog?: string;
}

export function harness(options: { locale?: string; knowledge?: Knowledge } = {}): Harness {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const status = new FakeStatus();
  const unused = async (): Promise<never> => {
    throw new Error('not used by the spine');
  };
  const deps: DialogDeps = {
    knowledge: options.knowledge ?? fakeKnowledge(),
    submission: { submit: unused } satisfies SubmissionPort,
    status,
    attachments: { receive: unused } satisfies AttachmentReceiver,
    settings,
    draftAccessor: conversationState.createProperty<unknown>('dossierDraft'),
    localeAccessor: userState.createProperty<Locale | undefined>('locale'),
  };
  const conversation = createConversation(deps, conversationState);
  let pendingDraft: unknown;
  const h: Harness = {
    last: [],
    status,
    conversationState,
    async say(text) {
      await adapter.processActivity(typeof text === 'string' ? { type: 'message', text } : text);
      h.last = adapter.activeQueue.splice(0);
      return h.last.map((a) => a.text ?? '');
    },
    async setDraft(draft) {
      pendingDraft = draft;
      await adapter.processActivity({ type: 'event', name: 'test.setDraft' });
      adapter.activeQueue.splice(0);
    },
  };
  const adapter = new TestAdapter(
    async (turn: TurnContext) => {
      if (turn.activity.type === 'event' && turn.activity.name === 'test.setDraft') await deps.draftAccessor.set(turn, pendingDraft);
      else h.lastDialog = (await conversation.run(turn)).activeDialog;
      await conversationState.saveChanges(turn);
      await userState.saveChanges(turn);
    },
    { locale: options.locale ?? 'vi-VN' },
  );
  return h;
}

/** All reply texts of one turn as one string, for `toContain`. */
export const joined = (replies: string[]): string => replies.join('\n---\n');
