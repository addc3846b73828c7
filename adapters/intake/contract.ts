/**
 * The province intake API contract (../shared/intake-api/openapi.yaml, 1.1.0) as
 * zod schemas. Both the client and the local intake service validate with these,
 * and test/intake/openapi-drift.test.ts checks them against the OpenAPI file
 * itself, so the three cannot drift apart. Types come from the schemas.
 *
 * Rules the spec states only in prose are enforced here too (and listed in the
 * drift test): a postal delivery needs an address and a counter one has none;
 * `operatorId` is required when `consent.method` is `verbal`.
 */
import { fullFormats } from 'ajv-formats/dist/formats';
import { z } from 'zod';

/**
 * The JSON Schema `format` checks (ajv-formats, full mode) the spec's own validators
 * use, so zod accepts exactly the e-mail addresses and URIs the spec does.
 */
function specFormat(name: 'email' | 'uri'): (value: string) => boolean {
  const format = fullFormats[name];
  if (format instanceof RegExp) return (value) => format.test(value);
  if (typeof format === 'function') return (value) => format(value) === true;
  throw new TypeError(`no check for format ${name}`);
}

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const E164Vn = z.string().regex(/^\+84[0-9]{9}$/);
export const ReceiptCode = z.string().regex(/^[A-Z0-9][A-Z0-9.-]{5,39}$/);
export const IdempotencyKey = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/);
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const IsoDate = z.iso.date();
export const Period = z.enum(['morning', 'afternoon']);
export const Channel = z.enum(['webchat', 'zalo', 'messenger', 'telegram', 'teams', 'hotline', 'other']);
export const ContractLocale = z.enum(['vi-VN', 'en-US']);
export const ProcedureCode = z.string().regex(/^[0-9]\.[0-9]{6}$/);

export const ProblemError = z.object({ path: z.string(), message: z.string() });
/** A free half-day offered instead of a full one (409 slot-full). */
export const SlotAlternative = z.object({ date: IsoDate, period: Period });
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(ProblemError).optional(),
  alternatives: z.array(SlotAlternative).optional(),
});

export const StoredFile = z.object({
  fileId: z.string(),
  sha256: Sha256Hex,
  size: z.number().int().min(1).max(MAX_FILE_BYTES),
  contentType: z.enum(ALLOWED_CONTENT_TYPES),
  name: z.string(),
});

export const PostalAddress = z.strictObject({
  recipientName: z.string().min(1).max(100),
  phone: E164Vn,
  line1: z.string().min(1).max(200),
  commune: z.string().min(1).max(100),
  province: z.string().min(1).max(100),
  note: z.string().max(300).optional(),
});

/** ISO 3166-1 alpha-2 nationality and the passport's number, for an applicant without a Vietnamese ID. */
export const Passport = z.strictObject({
  number: z.string().regex(/^[A-Z0-9]{6,12}$/),
  nationality: z.string().regex(/^[A-Z]{2}$/),
});

export const Applicant = z
  .strictObject({
    fullName: z.string().min(1).max(100),
    idNumber: z
      .string()
      .regex(/^[0-9]{12}$/)
      .optional(),
    passport: Passport.optional(),
    phone: E164Vn,
    email: z.string().max(254).refine(specFormat('email'), 'invalid email').optional(),
  })
  .refine((a) => a.idNumber !== undefined || a.passport !== undefined, {
    message: 'idNumber or passport is required',
    path: ['idNumber'],
  });

export const Consent = z.strictObject({
  personalDataProcessing: z.literal(true),
  acceptedAt: z.iso.datetime({ offset: true }),
  /** absent means `chat` (the spec's default) */
  method: z.enum(['chat', 'verbal']).optional(),
});

export const OperatorId = z.string().min(1).max(64);

/** Counted papers a dossier hands over: uploaded files, or shown in person. */
export const DossierDocument = z.strictObject({
  requirementId: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  fileIds: z.array(z.string()).min(1).max(20),
});
export const CounterPaper = z.strictObject({
  requirementId: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
});

/** operatorId is required when consent was given verbally to a hotline operator (spec prose). */
function requireOperatorForVerbal(v: { consent: { method?: 'chat' | 'verbal' }; operatorId?: string }, ctx: z.RefinementCtx): void {
  if (v.consent.method === 'verbal' && v.operatorId === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['operatorId'],
      message: 'operatorId is required when consent.method is verbal',
    });
}

/**
 * The submission's fields without the cross-field rule, for callers that need
 * `.omit`/`.pick` (zod refuses those on refined objects). Validate with
 * DossierSubmission.
 */
export const DossierSubmissionFields = z.strictObject({
  procedureCode: ProcedureCode,
  applicant: Applicant,
  formData: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .refine((o) => Object.keys(o).length <= 50, {
      message: 'at most 50 properties',
    })
    .optional(),
  // 1.1.0: may be empty (everything looked up or shown at the counter)
  documents: z.array(DossierDocument).max(50),
  presentAtCounter: z.array(CounterPaper).max(50).optional(),
  delivery: z
    .strictObject({
      method: z.enum(['counter', 'postal']),
      address: PostalAddress.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.method === 'postal' && !d.address)
        ctx.addIssue({
          code: 'custom',
          path: ['address'],
          message: 'address is required for postal delivery',
        });
      if (d.method === 'counter' && d.address)
        ctx.addIssue({
          code: 'custom',
          path: ['address'],
          message: 'address must be absent for counter delivery',
        });
    }),
  channel: Channel,
  locale: ContractLocale,
  consent: Consent,
  operatorId: OperatorId.optional(),
  submittedAt: z.iso.datetime({ offset: true }),
});

export const DossierSubmission = DossierSubmissionFields.superRefine(requireOperatorForVerbal);

export const AppointmentRequest = z
  .strictObject({
    procedureCode: ProcedureCode,
    applicant: Applicant,
    date: IsoDate,
    period: Period,
    channel: Channel,
    locale: ContractLocale,
    consent: Consent,
    operatorId: OperatorId.optional(),
    note: z.string().max(300).optional(),
  })
  .superRefine(requireOperatorForVerbal);

export const AppointmentStatus = z.enum(['booked', 'cancelled', 'attended', 'missed']);

export const Appointment = z.object({
  appointmentCode: ReceiptCode,
  procedureCode: z.string(),
  date: IsoDate,
  period: Period,
  status: AppointmentStatus,
  /** where to go: the centre and its address */
  office: z.string().optional(),
});

export const Receipt = z.object({
  receiptCode: ReceiptCode,
  status: z.literal('received'),
  receivedAt: z.iso.datetime({ offset: true }),
  expectedResultDate: IsoDate.optional(),
  fees: z.array(z.object({ label: z.string(), amount: z.number().int().min(0) })).optional(),
  paymentUrl: z.string().refine(specFormat('uri'), 'invalid uri').optional(),
});

export const DossierStatusValue = z.enum([
  'received',
  'in_review',
  'additional_documents_required',
  'result_ready',
  'result_sent_by_post',
  'completed',
  'rejected',
  'withdrawn',
]);

export const DossierStatus = z.object({
  receiptCode: z.string(),
  procedureCode: z.string(),
  status: DossierStatusValue,
  updatedAt: z.iso.datetime({ offset: true }),
  message: z.string().optional(),
  expectedResultDate: IsoDate.optional(),
  postalTrackingCode: z.string().optional(),
});

export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];
export type Problem = z.infer<typeof Problem>;
export type StoredFile = z.infer<typeof StoredFile>;
export type PostalAddress = z.infer<typeof PostalAddress>;
export type DossierSubmission = z.infer<typeof DossierSubmission>;
export type Receipt = z.infer<typeof Receipt>;
export type DossierStatusValue = z.infer<typeof DossierStatusValue>;
export type DossierStatus = z.infer<typeof DossierStatus>;
export type Passport = z.infer<typeof Passport>;
export type Applicant = z.infer<typeof Applicant>;
export type Consent = z.infer<typeof Consent>;
export type Period = z.infer<typeof Period>;
export type SlotAlternative = z.infer<typeof SlotAlternative>;
export type AppointmentRequest = z.infer<typeof AppointmentRequest>;
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;
export type Appointment = z.infer<typeof Appointment>;
