/**
 * The contract stays the contract: adapters/intake/contract.ts (zod) is checked
 * against ../shared/intake-api/openapi.yaml itself, so the two can never drift.
 *
 * - The OpenAPI document is parsed and validated with @apidevtools/swagger-parser;
 *   its component schemas are compiled with Ajv (JSON Schema 2020-12, the dialect of
 *   OpenAPI 3.1) and ajv-formats.
 * - Every component schema and every parameter of the spec has a zod counterpart here;
 *   a schema added to the spec fails this test until it is mapped.
 * - Examples both ways: each example is valid for the spec and for zod, and what zod
 *   produces from it (its parse output) is valid for the spec.
 * - Then each example is mutated (a property removed, nulled, retyped, emptied,
 *   lengthened, an unknown property added) and spec and zod must give the same
 *   verdict on every mutant. The only allowed difference: rules the spec states in
 *   prose, which zod enforces and JSON Schema cannot (PROSE_RULES below).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { z } from 'zod';
import * as C from '../../../adapters/intake/contract';

const SPEC = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'intake-api', 'openapi.yaml');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** spec component schema → the zod schema that must accept exactly the same documents */
const COMPONENTS: Record<string, z.ZodType> = {
  Problem: C.Problem,
  StoredFile: C.StoredFile,
  PostalAddress: C.PostalAddress,
  DossierSubmission: C.DossierSubmission,
  Applicant: C.Applicant,
  Consent: C.Consent,
  AppointmentRequest: C.AppointmentRequest,
  Appointment: C.Appointment,
  Receipt: C.Receipt,
  DossierStatus: C.DossierStatus,
};

/** parameter name → its zod schema */
const PARAMETERS: Record<string, z.ZodType> = {
  receiptCode: C.ReceiptCode,
  appointmentCode: C.ReceiptCode,
  phone: C.E164Vn,
  'Idempotency-Key': C.IdempotencyKey,
  'X-Content-SHA256': C.Sha256Hex,
};

const address: JsonObject = {
  recipientName: 'Nguyễn Văn An',
  phone: '+84912345678',
  line1: 'Số 5, thôn Đông',
  commune: 'xã Đức Thọ',
  province: 'Hà Tĩnh',
};
const consent: JsonObject = { personalDataProcessing: true, acceptedAt: '2026-11-26T08:00:00+07:00' };

/** Request and response examples: 1.0 shapes and every 1.1.0 addition. */
const EXAMPLES: Record<string, JsonObject[]> = {
  DossierSubmission: [
    {
      procedureCode: '1.001193',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '042095001234', phone: '+84912345678', email: 'an@example.com' },
      formData: { childFullName: 'Nguyễn Thị Bình', twins: false, copies: 2 },
      documents: [{ requirementId: 'd2', title: 'Giấy chứng sinh', fileIds: ['f_1', 'f_2'] }],
      delivery: { method: 'postal', address: { ...address, note: 'gọi trước khi giao' } },
      channel: 'webchat',
      locale: 'vi-VN',
      consent,
      submittedAt: '2026-11-26T08:01:00+07:00',
    },
    {
      procedureCode: '1.000656',
      applicant: { fullName: 'John Smith', passport: { number: 'C1234567', nationality: 'GB' }, phone: '+84912000111' },
      documents: [],
      presentAtCounter: [{ requirementId: 'd1', title: 'Hộ chiếu' }],
      delivery: { method: 'counter' },
      channel: 'hotline',
      locale: 'en-US',
      consent: { ...consent, method: 'verbal' },
      operatorId: 'op-07',
      submittedAt: '2026-11-26T08:01:00Z',
    },
  ],
  AppointmentRequest: [
    {
      procedureCode: '1.014061',
      applicant: { fullName: 'Nguyễn Thị Hoa', idNumber: '042195001234', phone: '+84912345678' },
      date: '2027-02-12',
      period: 'morning',
      channel: 'zalo',
      locale: 'vi-VN',
      consent: { ...consent, method: 'chat' },
      note: 'đi cùng con',
    },
    {
      procedureCode: '1.000894',
      applicant: {
        fullName: 'Maria Lopez',
        idNumber: '042195001235',
        passport: { number: 'X9876543', nationality: 'ES' },
        phone: '+84912000222',
      },
      date: '2027-02-15',
      period: 'afternoon',
      channel: 'hotline',
      locale: 'en-US',
      consent: { ...consent, method: 'verbal' },
      operatorId: 'op-01',
    },
  ],
  Appointment: [
    {
      appointmentCode: 'LH-270203-0001',
      procedureCode: '1.014061',
      date: '2027-02-12',
      period: 'morning',
      status: 'booked',
      office: 'Trung tâm Phục vụ hành chính công xã Đức Thọ',
    },
    { appointmentCode: 'LH-270203-0002', procedureCode: '1.014061', date: '2027-02-12', period: 'afternoon', status: 'cancelled' },
  ],
  Receipt: [
    {
      receiptCode: 'UBNDXA-261126-0001',
      status: 'received',
      receivedAt: '2026-11-26T03:00:00.000Z',
      expectedResultDate: '2026-12-03',
      fees: [{ label: 'Lệ phí', amount: 8000 }],
      paymentUrl: 'https://dichvucong.gov.vn/pay/1',
    },
    { receiptCode: 'UBNDXA-261126-0002', status: 'received', receivedAt: '2026-11-26T10:00:00+07:00' },
  ],
  DossierStatus: [
    {
      receiptCode: 'UBNDXA-261126-0001',
      procedureCode: '1.001193',
      status: 'result_sent_by_post',
      updatedAt: '2026-11-30T02:00:00Z',
      message: 'Đã gửi',
      expectedResultDate: '2026-12-03',
      postalTrackingCode: 'EMS123456789VN',
    },
  ],
  Problem: [
    {
      type: 'urn:intake:problem/slot-full',
      title: 'This half-day is full',
      status: 409,
      alternatives: [{ date: '2027-02-12', period: 'afternoon' }],
    },
    {
      type: 'urn:intake:problem:invalid-dossier',
      title: 'Invalid',
      status: 422,
      detail: '1 problem',
      errors: [{ path: '/applicant/phone', message: 'bad' }],
    },
  ],
  StoredFile: [{ fileId: 'f_abc', sha256: 'a'.repeat(64), size: 1234, contentType: 'image/jpeg', name: 'giay-chung-sinh.jpg' }],
  PostalAddress: [address],
  Applicant: [{ fullName: 'Nguyễn Văn An', idNumber: '042095001234', phone: '+84912345678' }],
  Consent: [consent],
};

/**
 * Rules the spec states in prose only: zod enforces them, JSON Schema does not. A
 * mutant that breaks one is expected to pass the spec and fail zod.
 */
const PROSE_RULES: Array<{ rule: string; broken: (schema: string, doc: Json) => boolean }> = [
  {
    rule: 'delivery.address is required when method is postal, and must be absent when method is counter',
    broken: (schema, doc) => {
      if (schema !== 'DossierSubmission' || !isObject(doc) || !isObject(doc['delivery'])) return false;
      const d = doc['delivery'];
      return (d['method'] === 'postal' && d['address'] === undefined) || (d['method'] === 'counter' && d['address'] !== undefined);
    },
  },
  {
    rule: 'operatorId is required when consent.method is verbal',
    broken: (schema, doc) =>
      (schema === 'DossierSubmission' || schema === 'AppointmentRequest') &&
      isObject(doc) &&
      isObject(doc['consent']) &&
      doc['consent']['method'] === 'verbal' &&
      doc['operatorId'] === undefined,
  },
];

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lengths around every bound the contract uses (6–12 passports, 64 hex, 100/200/300 texts, 50 items, …). */
const LENGTHS = [
  0, 1, 2, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20, 21, 39, 40, 41, 49, 50, 51, 63, 64, 65, 99, 100, 101, 127, 128, 129, 199, 200,
  201, 253, 254, 255, 299, 300, 301,
];
const NUMBERS = [0, 1, -1, 10_485_760, 10_485_761];

/** Every mutant of `doc`: one change at one place, with a name for the failure message. */
function mutants(doc: Json, at = ''): Array<{ name: string; doc: Json }> {
  const out: Array<{ name: string; doc: Json }> = [];
  const here = (name: string, replacement: Json | undefined): void => {
    out.push({ name: `${at || '/'} ${name}`, doc: replacement as Json });
  };
  if (at !== '') {
    here('→ null', null);
    if (typeof doc === 'string') {
      here('→ ""', '');
      here('→ 42', 42);
      here('→ 400 chars', 'x'.repeat(400));
      here('→ "x"', 'x');
      // the same characters at every bound's length: a pattern's or a maxLength's limit shows
      const fill = doc.slice(-1) || 'x';
      for (const n of LENGTHS) here(`→ ${n} × "${fill}"`, (doc + fill.repeat(n)).slice(0, n));
    } else if (typeof doc === 'number') {
      for (const n of NUMBERS) here(`→ ${n}`, n);
      here('→ "1"', String(doc));
      here('→ -1', -1);
      here('→ 1.5', 1.5);
      here('→ 20000000', 20_000_000);
    } else if (typeof doc === 'boolean') {
      here('→ "true"', 'true');
      here('→ !value', !doc);
    } else if (Array.isArray(doc)) {
      here('→ []', []);
      here('→ {}', {});
      for (const n of [1, 2, 19, 20, 21, 49, 50, 51, 60])
        here(
          `→ ${n} items`,
          Array.from({ length: n }, (_, i) => doc[i % Math.max(1, doc.length)] ?? 'x'),
        );
    } else if (isObject(doc)) {
      here('→ []', []);
    }
  }
  if (Array.isArray(doc))
    doc.forEach((item, i) => {
      for (const m of mutants(item, `${at}/${i}`)) out.push({ name: m.name, doc: doc.map((x, j) => (j === i ? m.doc : x)) });
    });
  if (isObject(doc)) {
    out.push({ name: `${at || '/'} + unknown property`, doc: { ...doc, unexpectedField: 'x' } });
    for (const key of Object.keys(doc)) {
      const { [key]: _dropped, ...without } = doc;
      out.push({ name: `${at}/${key} removed`, doc: without });
      for (const m of mutants(doc[key] as Json, `${at}/${key}`)) out.push({ name: m.name, doc: { ...doc, [key]: m.doc } });
    }
  }
  return out;
}

let specSchemas: Record<string, object>;
let specParameters: Array<{ name: string; schema: object }>;
let operationRefs: string[];
let structuralErrors: string[];
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
const specValid = (name: string, doc: unknown): boolean => ajv.validate(specSchemas[name]!, doc);

beforeAll(async () => {
  if (!existsSync(SPEC)) throw new Error(`the intake contract is missing: ${SPEC}`);
  structuralErrors = [];
  try {
    await SwaggerParser.validate(SPEC);
  } catch (err) {
    structuralErrors = String((err as Error).message)
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);
  }
  const raw = (await SwaggerParser.parse(SPEC)) as unknown as {
    info: { version: string };
    paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> }>>;
  };
  operationRefs = [...JSON.stringify(raw.paths).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
  expect(raw.info.version).toBe('1.1.0');
  const api = (await SwaggerParser.dereference(SPEC)) as unknown as {
    components: { schemas: Record<string, object> };
    paths: Record<string, Record<string, { parameters?: Array<{ name: string; schema: object }> }>>;
  };
  specSchemas = api.components.schemas;
  specParameters = Object.values(api.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.parameters ?? []));
});

test('the OpenAPI document is valid, apart from the known omissions of the province file', () => {
  // Reported to the province: three 200 responses lack the `description` OpenAPI requires.
  // Anything else that breaks the OpenAPI 3.1 schema fails here.
  const known = structuralErrors.filter((e) => /responses\/200 must (have required property 'description'|match "else" schema)/.test(e));
  expect(structuralErrors.filter((e) => !known.includes(e))).toEqual([]);
});

test('every component schema and every schema the operations use has a zod counterpart', () => {
  expect(Object.keys(specSchemas).sort()).toEqual(Object.keys(COMPONENTS).sort());
  for (const ref of operationRefs) expect(Object.keys(COMPONENTS)).toContain(ref);
});

test.each(Object.keys(EXAMPLES))('%s: examples are valid for the spec and for zod, and what zod produces is valid for the spec', (name) => {
  for (const example of EXAMPLES[name]!) {
    expect({ example, spec: specValid(name, example), errors: ajv.errors }).toMatchObject({ spec: true });
    const parsed = COMPONENTS[name]!.safeParse(example);
    expect({ example, zod: parsed.success, issues: parsed.error?.issues }).toMatchObject({ zod: true });
    expect(specValid(name, parsed.data)).toBe(true);
  }
});

test.each(Object.keys(EXAMPLES))('%s: spec and zod give the same verdict on every mutant of every example', (name) => {
  const disagreements: string[] = [];
  let count = 0;
  for (const example of EXAMPLES[name]!)
    for (const m of mutants(example)) {
      count += 1;
      const spec = specValid(name, m.doc);
      const zod = COMPONENTS[name]!.safeParse(m.doc).success;
      const prose = PROSE_RULES.some((r) => r.broken(name, m.doc));
      const expectedZod = spec && !prose;
      if (zod !== expectedZod) disagreements.push(`${m.name}: spec ${spec ? 'accepts' : 'refuses'}, zod ${zod ? 'accepts' : 'refuses'}`);
      // zod's output of an accepted mutant is a valid document too
      if (zod) {
        const out = COMPONENTS[name]!.parse(m.doc);
        if (!specValid(name, out)) disagreements.push(`${m.name}: zod's output breaks the spec`);
      }
    }
  expect(count).toBeGreaterThan(5);
  expect(disagreements).toEqual([]);
});

test('each prose rule really is one JSON Schema cannot express (the spec accepts its breach)', () => {
  const postalWithoutAddress = { ...EXAMPLES['DossierSubmission']![0]!, delivery: { method: 'postal' } };
  const verbalWithoutOperator = { ...EXAMPLES['AppointmentRequest']![1]!, operatorId: undefined };
  delete (verbalWithoutOperator as { operatorId?: string }).operatorId;
  expect(specValid('DossierSubmission', postalWithoutAddress)).toBe(true);
  expect(C.DossierSubmission.safeParse(postalWithoutAddress).success).toBe(false);
  expect(specValid('AppointmentRequest', verbalWithoutOperator)).toBe(true);
  expect(C.AppointmentRequest.safeParse(verbalWithoutOperator).success).toBe(false);
});

describe('parameters and headers', () => {
  const samples = [
    'UBNDXA-261126-0001',
    'LH-270203-0001',
    'ab',
    'x'.repeat(50),
    '+84912345678',
    '0912345678',
    '+8491234567',
    'a'.repeat(64),
    'A'.repeat(64),
    'key-0123456789abcdef',
    'short',
    'has space 0123456789',
    '',
    '123456',
  ];
  test('every parameter with a schema has a zod counterpart that agrees on sample values', () => {
    const withSchema = specParameters.filter(
      (p) => ['string'].includes((p.schema as { type?: string }).type ?? '') && ('pattern' in p.schema || 'minLength' in p.schema),
    );
    expect(withSchema.length).toBeGreaterThan(0);
    for (const p of withSchema) {
      const zod = PARAMETERS[p.name];
      expect({ parameter: p.name, mapped: zod !== undefined }).toEqual({ parameter: p.name, mapped: true });
      for (const v of samples)
        expect({ parameter: p.name, v, agrees: ajv.validate(p.schema, v) === zod!.safeParse(v).success }).toMatchObject({ agrees: true });
    }
  });
});
