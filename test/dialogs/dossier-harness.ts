/**
 * Test harness for the dossier dialog (not a test file itself): a birth
 * registration procedure built in code, a Knowledge fake around it, fake
 * submission and attachment ports, and a TestAdapter conversation whose
 * replies are collected per turn.
 */
import { createHash } from 'node:crypto';
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogDeps } from '../../dialogs/deps';
import type { Locale } from '../../dialogs/messages/format';
import { DossierDialog, DOSSIER_DIALOG_ID } from '../../dialogs/dossier/dossier-dialog';
import { resolveLocale, setTurnLocale } from '../../dialogs/locale';
import { foldVietnamese } from '../../knowledge/text/fold';
import { CuratedProcedure, type GlossaryEntry, type Knowledge, type Procedure } from '../../knowledge/model';
import type { ConfirmedDossier, SubmitOutcome } from '../../adapters/intake/port';
import type { IncomingAttachment, ReceiveResult } from '../../adapters/files/port';

const channel = {
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
  channels: { online: channel, postal: channel, inPerson: channel },
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

export const certifiedCopy: Procedure = {
  ...birthRegistration,
  code: '2.000815',
  name: 'Cấp bản sao từ sổ gốc',
  channels: { online: null, postal: null, inPerson: channel },
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

export const glossary: GlossaryEntry[] = [
  {
    term: 'bản sao có chứng thực',
    aliases: ['ban sao chung thuc', 'bản sao chứng thực'],
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

export function fakeKnowledge(): Knowledge {
  const procedures = [birthRegistration, certifiedCopy];
  return {
    search(query) {
      const q = foldVietnamese(query);
      return q.includes('ket hon') || q.includes('khai sinh') || q.includes('ban sao')
        ? [{ code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', levels: ['Cấp xã'], score: 1 }]
        : [];
    },
    procedure: (code) => procedures.find((p) => p.code === code),
    curated: (code) => (code === birthCurated.code ? birthCurated : undefined),
    fields: () => [],
    byField: () => [],
    glossary: (term) => glossary.find((g) => foldVietnamese(g.term) === foldVietnamese(term)),
    glossaryEntries: () => glossary,
  };
}

export class FakeSubmission {
  readonly received: ConfirmedDossier[] = [];
  constructor(readonly outcomes: Array<SubmitOutcome | Error> = []) {}
  async submit(dossier: ConfirmedDossier, _turn: TurnContext): Promise<SubmitOutcome> {
    this.received.push(structuredClone(dossier));
    const next = this.outcomes.shift() ?? { kind: 'queued' };
    if (next instanceof Error) throw next;
    return next;
  }
}

/** Decides by file name: "blurry…" warns, "virus…" is refused, "boom…" throws (a broken adapter), anything else is fine. */
export class FakeAttachments {
  readonly seen: string[] = [];
  async receive(attachment: IncomingAttachment): Promise<ReceiveResult> {
    const name = attachment.name ?? 'photo.jpg';
    this.seen.push(name);
    if (name.startsWith('boom')) throw new Error('disk full');
    if (name.startsWith('virus')) return { ok: false, rejection: { code: 'unsupported_type', detected: 'executable' } };
    const file = { sha256: createHash('sha256').update(name).digest('hex'), size: 1000, contentType: 'image/jpeg' as const, name };
    if (name.startsWith('blurry')) return { ok: true, file, warnings: [{ code: 'blurry', sharpness: 3 }] };
    return { ok: true, file, warnings: [] };
  }
}

export interface Harness {
  /** sends one message and returns every reply of that turn, joined by "\n---\n" */
  send(text: string): Promise<string>;
  upload(...names: string[]): Promise<string>;
  deps: DialogDeps;
  submission: FakeSubmission;
  attachments: FakeAttachments;
  storage: MemoryStorage;
  draft(): Promise<Record<string, unknown> | undefined>;
  /** the dialog's end result, once it ended */
  results: Array<Record<string, unknown>>;
  /** full reply activities of the last turn */
  lastActivities: Array<Partial<Activity>>;
}

export function makeHarness(
  options: {
    locale?: Locale;
    outcomes?: Array<SubmitOutcome | Error>;
    /** share storage with an earlier harness to see its draft */
    storage?: MemoryStorage;
    /** the real knowledge instead of the fake */
    knowledge?: Knowledge;
    /** a different dialog-stack property simulates a conversation whose dialogs were reset (e.g. after a restart) */
    dialogStateProperty?: string;
    now?: Date;
    /** called at the end of every turn that did not throw */
    onTurnEnd?: (turn: TurnContext) => void;
  } = {},
): Harness {
  const storage = options.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const dialogState = conversationState.createProperty(options.dialogStateProperty ?? 'dialogState');
  const draftAccessor = conversationState.createProperty<unknown>('dossierDraft');
  const localeAccessor = conversationState.createProperty<Locale | undefined>('locale');
  const submission = new FakeSubmission(options.outcomes);
  const attachments = new FakeAttachments();
  const now = options.now ?? new Date('2026-06-01T08:00:00Z');
  const deps: DialogDeps = {
    knowledge: options.knowledge ?? fakeKnowledge(),
    submission,
    status: { getStatus: async () => null },
    attachments,
    settings: {
      hotline: { number: '1900 1234', hours: '7:30–17:00' },
      postalFeeNote: 'Phí bưu điện trả khi nhận.',
      defaultLocale: 'vi',
      agencyName: 'UBND xã Tân Phú',
    },
    draftAccessor,
    localeAccessor,
    now: () => now,
  };
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new DossierDialog(deps));
  // an aside the conversation may push on top of the dossier (like a staff hand-off card)
  dialogs.add(
    new WaterfallDialog('aside', [
      async (step) => {
        await step.context.sendActivity('(aside)');
        return step.endDialog('aside done');
      },
    ]),
  );
  const results: Array<Record<string, unknown>> = [];
  const locale = options.locale === 'en' ? 'en-US' : 'vi-VN';

  const adapter = new TestAdapter(
    async (turn) => {
      // the turn's language, chosen as createConversation chooses it
      setTurnLocale(turn, await resolveLocale(turn, deps));
      const dc = await dialogs.createContext(turn);
      const text = turn.activity.text ?? '';
      let r = text === 'aside' && dc.activeDialog ? await dc.beginDialog('aside') : await dc.continueDialog();
      if (r.status === DialogTurnStatus.empty) {
        const m = /^(start|resume) ([0-9.]+)$/.exec(text);
        if (m) r = await dc.beginDialog(DOSSIER_DIALOG_ID, { procedureCode: m[2], resume: m[1] === 'resume' });
        else await turn.sendActivity('(idle)');
      }
      if (r.status === DialogTurnStatus.complete) results.push(r.result as Record<string, unknown>);
      await conversationState.saveChanges(turn);
      options.onTurnEnd?.(turn);
    },
    { locale },
  );
  adapter.locale = locale;

  const harness: Harness = {
    deps,
    submission,
    attachments,
    storage,
    results,
    lastActivities: [],
    async send(text) {
      await adapter.receiveActivity(text);
      return collect();
    },
    async upload(...names) {
      await adapter.receiveActivity({
        type: 'message',
        text: '',
        locale,
        attachments: names.map((name) => ({ name, contentType: 'image/jpeg', contentUrl: `https://files.example/${name}` })),
      });
      return collect();
    },
    async draft() {
      const items = await storage.read([`test/conversations/Convo1/`]);
      const state = items['test/conversations/Convo1/'] as Record<string, unknown> | undefined;
      return state?.dossierDraft as Record<string, unknown> | undefined;
    },
  };
  function collect(): string {
    const activities = adapter.activeQueue.splice(0);
    harness.lastActivities = activities;
    return activities.map((a) => a.text ?? '').join('\n---\n');
  }
  return harness;
}
