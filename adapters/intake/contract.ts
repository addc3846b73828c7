/**
 * The province intake API contract (../shared/intake-api/openapi.yaml) as zod
 * schemas. Both the client and the local intake service validate with these,
 * so the two cannot drift apart. Types come from the schemas.
 */
import { z } from 'zod';

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const E164Vn = z.string().regex(/^\+84[0-9]{9}$/);
export const ReceiptCode = z.string().regex(/^[A-Z0-9][A-Z0-9.-]{5,39}$/);
export const IdempotencyKey = z.string().min(16).max(128).regex(/^[A-Za-z0-9_.:-]+$/);
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const ProblemError = z.object({ path: z.string(), message: z.string() });
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(ProblemError).optional(),
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

export const DossierSubmission = z.strictObject({
  procedureCode: z.string().regex(/^[0-9]\.[0-9]{6}$/),
  // 1.1.0: a foreigner is identified by passport instead of idNumber (one of the two is required)
  applicant: z
    .strictObject({
      fullName: z.string().min(1).max(100),
      idNumber: z.string().regex(/^[0-9]{12}$/).optional(),
      passport: z.strictObject({ number: z.string().regex(/^[A-Z0-9]{6,12}$/), nationality: z.string().regex(/^[A-Z]{2}$/) }).optional(),
      phone: E164Vn,
      email: z.email().max(254).optional(),
    })
    .refine((a) => a.idNumber !== undefined || a.passport !== undefined, { path: ['idNumber'], message: 'idNumber or passport is required' }),
  formData: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .refine((o) => Object.keys(o).length <= 50, { message: 'at most 50 properties' })
    .optional(),
  documents: z
    .array(
      z.strictObject({
        requirementId: z.string().min(1).max(100),
        title: z.string().min(1).max(300),
        fileIds: z.array(z.string()).min(1).max(20),
      }),
    )
    // 1.1.0: may be empty (every paper looked up or shown at the counter)
    .max(50),
  /** 1.1.0: papers the applicant will show in person */
  presentAtCounter: z
    .array(z.strictObject({ requirementId: z.string().min(1).max(100), title: z.string().min(1).max(300) }))
    .max(50)
    .optional(),
  delivery: z
    .strictObject({
      method: z.enum(['counter', 'postal']),
      address: PostalAddress.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.method === 'postal' && !d.address)
        ctx.addIssue({ code: 'custom', path: ['address'], message: 'address is required for postal delivery' });
      if (d.method === 'counter' && d.address)
        ctx.addIssue({ code: 'custom', path: ['address'], message: 'address must be absent for counter delivery' });
    }),
  channel: z.enum(['webchat', 'zalo', 'messenger', 'telegram', 'teams', 'hotline', 'other']),
  locale: z.enum(['vi-VN', 'en-US']),
  consent: z.strictObject({
    personalDataProcessing: z.literal(true),
    acceptedAt: z.iso.datetime({ offset: true }),
  }),
  submittedAt: z.iso.datetime({ offset: true }),
});

export const Receipt = z.object({
  receiptCode: ReceiptCode,
  status: z.literal('received'),
  receivedAt: z.iso.datetime({ offset: true }),
  expectedResultDate: z.iso.date().optional(),
  fees: z.array(z.object({ label: z.string(), amount: z.number().int().min(0) })).optional(),
  paymentUrl: z.url().optional(),
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
  expectedResultDate: z.iso.date().optional(),
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
