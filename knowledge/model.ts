/**
 * The shapes of what the assistant knows. Everything the importer writes and
 * the curated files hold is validated against these schemas when loaded, and
 * the TypeScript types the rest of the code uses come from them.
 *
 * Shared contract: dialogs/, bot/ and knowledge/ all depend on it. Change it
 * deliberately and update every user.
 */
import { z } from 'zod';

export const ProcedureCode = z.string().regex(/^[0-9]\.[0-9]{6}$/);

/** Processing time of one channel. A bare number in the source means working days. */
export const ProcessingTime = z.object({
  value: z.number().nonnegative().nullable(),
  unit: z.enum(['working_days', 'days', 'hours', 'unknown']),
  /** the source text, kept for display when the parse is partial */
  text: z.string(),
});

/** Fee of one channel, as far as the source lets us structure it. */
export const Fee = z.object({
  kind: z.enum(['free', 'amount', 'per_page', 'per_case', 'council', 'unknown']),
  /** VND, whole numbers, when known */
  amount: z.number().int().nonnegative().optional(),
  /** extra rules, e.g. "1,000 from page 3, at most 200,000 a copy" */
  note: z.string().optional(),
  text: z.string(),
  /** ISO dates (inclusive) when the source limits the fee in time ("giảm 50% đến hết 31/12/2026") */
  validFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  validUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** who collects it when not the office filed at (an embassy's USD fee) */
  payee: z.string().optional(),
});

export const Channel = z.object({
  time: ProcessingTime,
  /** every distinct time row of the source when it gives several (other offices, other cases) */
  times: z.array(ProcessingTime).optional(),
  fees: z.array(Fee),
  note: z.string().optional(),
  /** the channel's rows of the source table, as written, for tracing a parse */
  source: z.string().optional(),
});

export const DocumentForm = z.enum(['original', 'copy', 'certified_copy', 'original_or_copy', 'unknown']);

export const DocumentRequirement = z.object({
  /** stable within a procedure: "d1", "d2", … in source order */
  id: z.string().regex(/^d[0-9]+$/),
  title: z.string().min(1),
  quantity: z.number().int().nonnegative(),
  form: DocumentForm,
  template: z.string().optional(),
  /** "Trường hợp …" text when the paper applies only in some case */
  condition: z.string().optional(),
  required: z.boolean(),
  /** the group's heading says to show it at the counter ("Giấy tờ phải xuất trình"), not to hand it in */
  presented: z.boolean().optional(),
  /** the source row (title, template, quantity cell) as written */
  source: z.string().optional(),
});

/**
 * A row of the source's paper table that is not a paper: a heading, a note
 * ("Lưu ý…", "Giá trị sử dụng…") or a case heading ("Trường hợp X, hồ sơ gồm:")
 * whose condition the papers after it carry. Never listed or asked for.
 */
export const DocumentNote = z.object({
  /** "d3" when the row sits among the papers (ids share one sequence), "h2" for a group heading */
  id: z.string().regex(/^[dh][0-9]+$/),
  kind: z.enum(['heading', 'note', 'condition']),
  text: z.string(),
  source: z.string().optional(),
});

export const LegalBasis = z.object({ title: z.string(), number: z.string().optional(), source: z.string().optional() });

/** ISO date, YYYY-MM-DD */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Procedure = z.object({
  code: ProcedureCode,
  name: z.string().min(1),
  field: z.string(),
  levels: z.array(z.string()),
  ministry: z.string(),
  applicants: z.array(z.string()),
  agencies: z.array(z.string()),
  channels: z.object({
    online: Channel.nullable(),
    postal: Channel.nullable(),
    inPerson: Channel.nullable(),
  }),
  /** papers only: headings, notes and case headings are in `documentNotes` */
  documents: z.array(DocumentRequirement),
  documentNotes: z.array(DocumentNote).optional(),
  /** the source gives no paper list at all: nothing to upload, no dossier to build from it */
  noPaperList: z.boolean().optional(),
  conditions: z.array(z.string()),
  results: z.array(z.string()),
  legalBasis: z.array(LegalBasis),
  sourceUrl: z.string(),
  /** the day the national snapshot was taken (YYYY-MM-DD): what "current as of" means for this record */
  snapshotDate: IsoDate.optional(),
  decision: z.string().optional(),
});

/** A question the dossier asks for one procedure (goes into `formData`). */
/**
 * The checks the counter makes on one answer, declared with the question
 * rather than guessed from its key (a business name is not a person's name).
 */
export const QuestionChecks = z.object({
  /** what a text answer must be: a person's name, a 12-digit citizen ID, an address; anything else is free text */
  format: z.enum(['personName', 'citizenId', 'address', 'freeText']).optional(),
  /** where a date may lie: before today, after today, or either */
  when: z.enum(['past', 'future', 'any']).optional(),
  /**
   * minimum age in years (on the day of filing) by sex, e.g. marriage 20/18
   * (Law on Marriage and Family 52/2014/QH13, art. 8). On a citizen ID the
   * sex and birth year come from the number; on a date the sex comes from the
   * ID answer named in `sexFrom`, or else is the opposite of the applicant's.
   * `applicantToo`: the applicant (from their ID) is held to it as well.
   */
  minAge: z
    .object({
      male: z.number().int().positive(),
      female: z.number().int().positive(),
      sexFrom: z.string().optional(),
      applicantToo: z.boolean().optional(),
    })
    .optional(),
  /** the result is handed over only in person (both spouses sign): no return by post */
  collectInPerson: z.boolean().optional(),
});

/**
 * What a question takes from a message that answered another one ("one
 * message, many answers", issue 15 item 3): "Nguyễn Thị Mai, sinh ngày mùng 2
 * tháng 11" at the child's name also answers the birth date. Declared here,
 * never guessed from the key. A mention is taken when one of `after` comes
 * right before it ("sinh ngày …", "mẹ là …", "căn cước số …"); `alone` also
 * takes a date or ID without those words, when the message holds only one of
 * that kind and no other open question takes it. The kind must fit the
 * question (a date question, a text question with that format): a test over
 * the curated data holds them together. The answer is still held to the
 * question's own checks, and the citizen confirms it before going on.
 */
export const FromMessage = z.object({
  kind: z.enum(['date', 'personName', 'citizenId']),
  /** the words that introduce it, as people write them (with accents) */
  after: z.array(z.string().min(1)).min(1),
  alone: z.boolean().optional(),
});

export const FormQuestion = z.object({
  /** key in formData, e.g. "childFullName" */
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  kind: z.enum(['text', 'date', 'choice', 'yesno', 'number']),
  prompt: z.object({ vi: z.string(), en: z.string() }),
  help: z.object({ vi: z.string(), en: z.string() }).optional(),
  choices: z.array(z.object({ value: z.string(), vi: z.string(), en: z.string() })).optional(),
  optional: z.boolean().default(false),
  checks: QuestionChecks.optional(),
  fromMessage: FromMessage.optional(),
});

export const UploadHint = z.object({ vi: z.string(), en: z.string() });

/** Hand-kept layer on top of the national record for the procedures people use most. */
export const CuratedProcedure = z.object({
  code: ProcedureCode,
  plainTitle: z.string(),
  englishTitle: z.string(),
  /** how people say it, with and without accents */
  aliases: z.array(z.string()).min(1),
  /** 1 = most used */
  popularity: z.number().int().positive(),
  /** plain words for what to photograph, per document requirement id */
  uploadHints: z.record(z.string(), UploadHint).default({}),
  /** requirement ids shown at the counter instead of uploaded */
  presentAtCounter: z.array(z.string()).default([]),
  /** requirement ids the office looks up in national databases instead */
  lookedUp: z.array(z.string()).default([]),
  /**
   * requirement ids the dossier itself fills: the declaration form and the portal's interactive
   * e-form ("Mẫu hộ tịch điện tử tương tác") are the answers the citizen gives, never photos
   */
  filledByDossier: z.array(z.string()).optional(),
  /** requirement ids the office prepares itself (police forms DC01, DC02, CC01 printed at enrolment) */
  preparedByOffice: z.array(z.string()).optional(),
  /** the applicant has no ID card number to give (a first ID card): the dossier must not ask for one */
  applicantHasNoIdCard: z.boolean().optional(),
  questions: z.array(FormQuestion).default([]),
});

export const GlossaryEntry = z.object({
  term: z.string(),
  /** other spellings and unaccented forms that should find it */
  aliases: z.array(z.string()).default([]),
  vi: z.string(),
  en: z.string(),
});

export type ProcedureCode = z.infer<typeof ProcedureCode>;
export type ProcessingTime = z.infer<typeof ProcessingTime>;
export type Fee = z.infer<typeof Fee>;
export type Channel = z.infer<typeof Channel>;
export type DocumentRequirement = z.infer<typeof DocumentRequirement>;
export type DocumentNote = z.infer<typeof DocumentNote>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type Procedure = z.infer<typeof Procedure>;
export type FormQuestion = z.infer<typeof FormQuestion>;
export type QuestionChecks = z.infer<typeof QuestionChecks>;
export type FromMessage = z.infer<typeof FromMessage>;
export type CuratedProcedure = z.infer<typeof CuratedProcedure>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export interface SearchHit {
  code: string;
  name: string;
  field: string;
  levels: string[];
  /** relative score, best first; only hits above the confidence threshold are returned */
  score: number;
}

/** What the currency lint says about one record (knowledge/currency/lint.ts). */
export interface CurrencyStatus {
  /** rules the record breaks; the card shows a plain note for each */
  notes: Array<'district_level' | 'cmnd_as_valid' | 'household_book' | 'superseded_one_stop'>;
  /** the current procedure that replaces this one; set when the record is hidden from search */
  replacedBy?: string;
}

/** What the conversation and the HTTP API ask of the knowledge layer. Pure, in memory. */
export interface Knowledge {
  /** best first; empty when nothing is confident */
  search(query: string, options?: { limit?: number }): SearchHit[];
  procedure(code: string): Procedure | undefined;
  curated(code: string): CuratedProcedure | undefined;
  /** fields with procedure counts, for browsing */
  fields(): Array<{ field: string; count: number }>;
  /** procedures in one field, most used first */
  byField(field: string, options?: { limit?: number }): SearchHit[];
  /** glossary lookup by term or alias, accent-insensitive */
  glossary(term: string): GlossaryEntry | undefined;
  glossaryEntries(): GlossaryEntry[];
  /** what the currency lint found for a record; optional so hand-made test doubles need not implement it */
  currency?(code: string): CurrencyStatus;
}
