/**
 * The one contract every StateStore passes (adapters/storage/port.ts). Each
 * store's test file calls runStateStoreContract with a way to open stores on
 * one fresh database.
 */
import type { StoreItems } from 'botbuilder';
import { EtagConflictError, OUTBOX_FIELD, type StateStore } from '../../../adapters/storage/port';
import { fakeFileBytes, makeEnqueue, sha256 } from './fixtures';

export interface StoreHarness {
  /** a fresh, empty database; called once per test */
  create(): Promise<{ open(): Promise<StateStore>; destroy(): Promise<void> }>;
}

/** a fixed wait on purpose: the clock must move between writes whose times a test compares (purge cutoffs) */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function runStateStoreContract(harness: StoreHarness): void {
  let store: StateStore;
  let open: () => Promise<StateStore>;
  let destroy: () => Promise<void>;
  const extra: StateStore[] = [];

  beforeEach(async () => {
    const db = await harness.create();
    open = db.open;
    destroy = db.destroy;
    store = await open();
  });

  afterEach(async () => {
    for (const s of extra.splice(0)) await s.close();
    await store.close();
    await destroy();
  });

  async function second(): Promise<StateStore> {
    const s = await open();
    extra.push(s);
    return s;
  }

  describe('read, write, delete', () => {
    test('missing keys are absent', async () => {
      expect(await store.read(['nope', 'nada'])).toEqual({});
      expect(await store.read([])).toEqual({});
    });

    test('a written item reads back with an eTag', async () => {
      await store.write({ a: { n: 1, nested: { s: 'Xin chào' } }, b: { n: 2 } });
      const got = await store.read(['a', 'b', 'c']);
      expect(Object.keys(got).sort()).toEqual(['a', 'b']);
      expect(got.a).toMatchObject({ n: 1, nested: { s: 'Xin chào' } });
      expect(typeof got.a.eTag).toBe('string');
      expect(got.a.eTag).not.toBe(got.b.eTag);
    });

    test('write sets the new eTag on the passed object, so a second save does not conflict', async () => {
      await store.write({ a: { n: 1 } });
      const { a } = await store.read(['a']);
      const before = a.eTag;
      a.n = 2;
      await store.write({ a });
      expect(a.eTag).not.toBe(before);
      a.n = 3;
      await store.write({ a });
      expect((await store.read(['a'])).a).toMatchObject({ n: 3, eTag: a.eTag });
    });

    test('delete removes items; deleting a missing key is fine', async () => {
      await store.write({ a: { n: 1 }, b: { n: 2 } });
      await store.delete(['a', 'zzz']);
      expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
    });

    test('a large value (~1 MB) round-trips', async () => {
      const big = 'ảnh giấy tờ '.repeat(90_000);
      await store.write({ big: { big, list: Array.from({ length: 1000 }, (_, i) => i) } });
      const got = await store.read(['big']);
      expect(got.big.big).toBe(big);
      expect(got.big.list).toHaveLength(1000);
      expect(Buffer.byteLength(JSON.stringify(got.big))).toBeGreaterThan(1_000_000);
    });
  });

  describe('eTag', () => {
    test('a stale eTag throws EtagConflictError and changes nothing', async () => {
      await store.write({ a: { n: 1 } });
      const first = (await store.read(['a'])).a;
      const stale = { ...first };
      first.n = 2;
      await store.write({ a: first });
      stale.n = 99;
      await expect(store.write({ a: stale })).rejects.toBeInstanceOf(EtagConflictError);
      expect((await store.read(['a'])).a.n).toBe(2);
    });

    test('one conflicting item rolls back the whole write', async () => {
      await store.write({ a: { n: 1 } });
      await expect(store.write({ b: { n: 1 }, a: { n: 5, eTag: 'not-the-etag' } })).rejects.toBeInstanceOf(EtagConflictError);
      expect(await store.read(['b'])).toEqual({});
      expect((await store.read(['a'])).a.n).toBe(1);
    });

    test("'*' and an absent eTag always win", async () => {
      await store.write({ a: { n: 1 } });
      await store.write({ a: { n: 2, eTag: '*' } });
      expect((await store.read(['a'])).a.n).toBe(2);
      await store.write({ a: { n: 3 } });
      expect((await store.read(['a'])).a.n).toBe(3);
      await store.write({ fresh: { n: 1, eTag: '*' } });
      expect((await store.read(['fresh'])).fresh.n).toBe(1);
    });

    test('a conditional write to a key deleted meanwhile conflicts', async () => {
      await store.write({ a: { n: 1 } });
      const a = (await store.read(['a'])).a;
      await store.delete(['a']);
      await expect(store.write({ a })).rejects.toBeInstanceOf(EtagConflictError);
    });

    test('of N writers holding the same eTag exactly one wins (two store instances)', async () => {
      const other = await second();
      await store.write({ c: { n: 0 } });
      const base = (await store.read(['c'])).c;
      const writers = Array.from({ length: 8 }, (_, i) => {
        const s = i % 2 === 0 ? store : other;
        return s.write({ c: { ...base, n: i + 1 } });
      });
      const results = await Promise.allSettled(writers);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const l of lost) expect(l.reason).toBeInstanceOf(EtagConflictError);
      const winner = results.findIndex((r) => r.status === 'fulfilled');
      expect((await store.read(['c'])).c.n).toBe(winner + 1);
    });
  });

  describe('outbox field', () => {
    test('entries under OUTBOX_FIELD go to the outbox with the state, and the field is removed', async () => {
      const item: StoreItems[string] = { dialog: 'confirm', [OUTBOX_FIELD]: makeEnqueue(1) };
      await store.write({ conv: item });
      expect(item[OUTBOX_FIELD]).toBeUndefined();
      expect(typeof item.eTag).toBe('string');
      const stored = (await store.read(['conv'])).conv;
      expect(stored[OUTBOX_FIELD]).toBeUndefined();
      expect(stored.dialog).toBe('confirm');
      const entry = await store.outbox.get(makeEnqueue(1).dossier.idempotencyKey);
      expect(entry).toMatchObject({ status: 'pending', attempts: 0, dossier: makeEnqueue(1).dossier });
      expect(entry?.conversation.conversation?.id).toBe('conv-1');
    });

    test('a list of entries is accepted; a key already queued keeps its first dossier', async () => {
      const again = makeEnqueue(1);
      again.dossier.submission.procedureCode = '2.000002';
      await store.write({ conv: { [OUTBOX_FIELD]: [makeEnqueue(1), makeEnqueue(2)] } });
      await store.write({ conv: { [OUTBOX_FIELD]: again } });
      const all = await store.outbox.list();
      expect(all.map((e) => e.idempotencyKey)).toEqual([makeEnqueue(1).dossier.idempotencyKey, makeEnqueue(2).dossier.idempotencyKey]);
      expect(all[0]?.dossier.submission.procedureCode).toBe('1.000123');
    });

    test('a conflicting write inserts no outbox entry and keeps the field on the object', async () => {
      await store.write({ conv: { n: 1 } });
      const item = { n: 2, eTag: 'stale', [OUTBOX_FIELD]: makeEnqueue(3) };
      await expect(store.write({ conv: item })).rejects.toBeInstanceOf(EtagConflictError);
      expect(await store.outbox.list()).toEqual([]);
      expect(item[OUTBOX_FIELD]).toBeDefined();
    });

    test('an invalid entry fails the write and stores nothing', async () => {
      const bad = makeEnqueue(4);
      bad.dossier.idempotencyKey = 'short';
      await expect(store.write({ conv: { n: 1, [OUTBOX_FIELD]: bad } })).rejects.toThrow();
      expect(await store.read(['conv'])).toEqual({});
      expect(await store.outbox.list()).toEqual([]);
    });
  });

  describe('outbox claims and leases', () => {
    const key = (n: number) => makeEnqueue(n).dossier.idempotencyKey;
    const t0 = () => new Date(Date.now() + 1000);

    test('claimDue leases due entries; a leased entry is not claimed again until the lease ends', async () => {
      for (const n of [1, 2, 3]) await store.outbox.enqueue(makeEnqueue(n));
      const now = t0();
      const first = await store.outbox.claimDue(2, 60_000, now);
      expect(first).toHaveLength(2);
      expect(first.every((e) => e.attempts === 1)).toBe(true);
      const rest = await store.outbox.claimDue(10, 60_000, now);
      expect(rest).toHaveLength(1);
      expect(await store.outbox.claimDue(10, 60_000, now)).toEqual([]);
      expect(await store.outbox.claim(key(1), 60_000, now)).toBeUndefined();
      const later = new Date(now.getTime() + 60_001);
      const again = await store.outbox.claimDue(10, 60_000, later);
      expect(again.map((e) => e.attempts).sort()).toEqual([2, 2, 2]);
    });

    test('claim takes one specific pending entry', async () => {
      await store.outbox.enqueue(makeEnqueue(1));
      await store.outbox.enqueue(makeEnqueue(2));
      const got = await store.outbox.claim(key(2), 30_000, t0());
      expect(got?.idempotencyKey).toBe(key(2));
      expect(await store.outbox.claim('dossier-key-unknown', 30_000, t0())).toBeUndefined();
      expect((await store.outbox.claimDue(10, 30_000, t0())).map((e) => e.idempotencyKey)).toEqual([key(1)]);
    });

    test('markRetry sets the next attempt time and the error', async () => {
      await store.outbox.enqueue(makeEnqueue(1));
      await store.outbox.claimDue(1, 1000, t0());
      const next = new Date(Date.now() + 3_600_000);
      await store.outbox.markRetry(key(1), 'intake unavailable (503)', next);
      expect(await store.outbox.claimDue(1, 1000, new Date(next.getTime() - 1))).toEqual([]);
      const e = await store.outbox.get(key(1));
      expect(e).toMatchObject({ status: 'pending', lastError: 'intake unavailable (503)', nextAttemptAt: next.toISOString() });
      expect(await store.outbox.claimDue(1, 1000, next)).toHaveLength(1);
    });

    test('delivered and failed entries are final; a late retry cannot undo a delivery', async () => {
      await store.outbox.enqueue(makeEnqueue(1));
      await store.outbox.enqueue(makeEnqueue(2));
      const receipt = { receiptCode: 'UBND-261126-0001', status: 'received' as const, receivedAt: '2026-11-26T10:00:00+07:00' };
      await store.outbox.markDelivered(key(1), receipt);
      await store.outbox.markRetry(key(1), 'late', new Date());
      await store.outbox.markFailed(key(1), 'late');
      const problem = {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        errors: [{ path: '/applicant/idNumber', message: 'bad' }],
      };
      await store.outbox.markFailed(key(2), 'rejected 422', problem);
      expect(await store.outbox.claimDue(10, 1000, new Date(Date.now() + 10_000))).toEqual([]);
      expect(await store.outbox.get(key(1))).toMatchObject({ status: 'delivered', receipt });
      expect(await store.outbox.get(key(2))).toMatchObject({ status: 'failed', problem, lastError: 'rejected 422' });
      expect((await store.outbox.list({ status: 'failed' })).map((e) => e.idempotencyKey)).toEqual([key(2)]);
      expect(await store.outbox.list({ status: 'pending' })).toEqual([]);
    });

    test('listUnnotified and markNotified', async () => {
      for (const n of [1, 2, 3]) await store.outbox.enqueue(makeEnqueue(n));
      const receipt = { receiptCode: 'UBND-261126-0002', status: 'received' as const, receivedAt: '2026-11-26T10:00:00+07:00' };
      await store.outbox.markDelivered(key(1), receipt);
      await store.outbox.markFailed(key(2), 'rejected');
      expect((await store.outbox.listUnnotified(10)).map((e) => e.idempotencyKey).sort()).toEqual([key(1), key(2)]);
      await store.outbox.markNotified(key(1));
      const left = await store.outbox.listUnnotified(10);
      expect(left.map((e) => e.idempotencyKey)).toEqual([key(2)]);
      expect(typeof (await store.outbox.get(key(1)))?.notifiedAt).toBe('string');
    });

    test('filesInUse names the hashes a pending or failed entry still points at', async () => {
      const [a, b, c] = [fakeFileBytes('a'), fakeFileBytes('b'), fakeFileBytes('c')];
      await store.outbox.enqueue(makeEnqueue(1, [a, b]));
      await store.outbox.enqueue(makeEnqueue(2, [c]));
      await store.outbox.enqueue(makeEnqueue(3, [b]));
      const receipt = { receiptCode: 'UBND-261126-0003', status: 'received' as const, receivedAt: '2026-11-26T10:00:00+07:00' };
      await store.outbox.markDelivered(key(2), receipt);
      await store.outbox.markFailed(key(3), 'rejected');
      const other = 'f'.repeat(64);
      const inUse = await store.outbox.filesInUse?.([sha256(a), sha256(b), sha256(c), other]);
      expect(inUse).toEqual(new Set([sha256(a), sha256(b)]));
      expect(await store.outbox.filesInUse?.([])).toEqual(new Set());
    });

    test('two store instances claiming at once never take the same entry', async () => {
      const other = await second();
      for (let n = 0; n < 40; n++) await store.outbox.enqueue(makeEnqueue(n));
      const now = t0();
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? store : other).outbox.claimDue(5, 60_000, now)));
      const keys = claims.flat().map((e) => e.idempotencyKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(40);
    });
  });

  describe('purge', () => {
    test('purgeIdle removes items not written since the cutoff and returns them', async () => {
      await store.write({ old: { draft: { files: ['x'] } } });
      await pause(20);
      const cutoff = new Date();
      await pause(20);
      await store.write({ fresh: { n: 1 } });
      const purged = await store.purgeIdle(cutoff);
      expect(purged).toEqual([{ key: 'old', value: { draft: { files: ['x'] } } }]);
      expect(Object.keys(await store.read(['old', 'fresh']))).toEqual(['fresh']);
      expect(await store.purgeIdle(cutoff)).toEqual([]);
    });

    // issue 10 item 10: retention counts from when personal data was entered, not from the last turn
    test('an item holding personal data goes once that data is older than the cutoff, however recently it was written', async () => {
      await store.write({ conv: { dossierDraft: { applicant: { fullName: 'Nguyễn Văn A', phone: '+84912345678' }, step: 'name' } } });
      await store.write({
        booked: {
          appointments: [
            { code: 'LH-261201-0001', phone: '+84912345678', procedureCode: '1.000123', date: '2026-12-02', period: 'morning' },
          ],
        },
      });
      await pause(20);
      const cutoff = new Date();
      await pause(20);
      // later turns: a conditional write (as the bot saves) and an unconditional one, the data still there
      const conv = (await store.read(['conv'])).conv;
      conv.dossierDraft.step = 'id';
      await store.write({ conv });
      await store.write({ conv: { ...conv, eTag: '*', dialogState: { step: 3 } } });
      const booked = (await store.read(['booked'])).booked;
      await store.write({ booked: { ...booked, locale: 'en' } });
      await store.write({ quiet: { locale: 'vi' } });
      const purged = await store.purgeIdle(cutoff);
      expect(purged.map((p) => p.key).sort()).toEqual(['booked', 'conv']);
      expect(purged.find((p) => p.key === 'conv')?.value).toMatchObject({ dossierDraft: { applicant: { fullName: 'Nguyễn Văn A' } } });
      expect(Object.keys(await store.read(['conv', 'booked', 'quiet']))).toEqual(['quiet']);
    });

    test('personal data removed and entered again counts from its new entry; an item without it goes only when idle', async () => {
      await store.write({ conv: { pendingFacts: { idNumber: '001234567890' } } });
      await pause(20);
      // the facts were used up: no personal data left (the minimised draft keeps only a masked phone)
      await store.write({
        conv: {
          pendingFacts: null,
          dossierDraft: { applicant: {}, answers: {}, receiptCode: 'UBNDXA-261201-12345678', phoneMasked: '091*****78' },
        },
      });
      await pause(20);
      const cutoff = new Date();
      await pause(20);
      const conv = (await store.read(['conv'])).conv;
      await store.write({ conv: { ...conv, pendingFacts: { phone: '+84912345678' } } });
      expect(await store.purgeIdle(cutoff)).toEqual([]);
      expect((await store.read(['conv'])).conv.pendingFacts).toEqual({ phone: '+84912345678' });
    });

    // issue 10 item 10 in the outbox: the province holds a confirmed dossier, our row keeps a summary
    test('a delivered entry keeps only procedure, locale and phone; pending and failed ones keep the whole dossier', async () => {
      const key = (n: number) => makeEnqueue(n).dossier.idempotencyKey;
      for (const n of [1, 2, 3]) await store.outbox.enqueue(makeEnqueue(n));
      const receipt = { receiptCode: 'UBNDXA-261201-00000001', status: 'received' as const, receivedAt: '2026-12-01T08:00:00+07:00' };
      await store.outbox.markDelivered(key(1), receipt);
      await store.outbox.markFailed(key(2), 'rejected 422');
      const delivered = await store.outbox.get(key(1));
      expect(delivered).toMatchObject({ status: 'delivered', receipt });
      expect(delivered?.dossier).toEqual({
        idempotencyKey: key(1),
        submission: { procedureCode: '1.000123', locale: 'vi-VN', applicant: { phone: '+84912345678' } },
      });
      const everything = JSON.stringify(await store.outbox.list({ status: 'delivered' }));
      for (const gone of ['Nguyễn Văn A', '001234567890', 'Căn cước công dân', sha256(fakeFileBytes('1'))])
        expect(everything).not.toContain(gone);
      expect((await store.outbox.get(key(2)))?.dossier).toEqual(makeEnqueue(2).dossier);
      expect((await store.outbox.get(key(3)))?.dossier).toEqual(makeEnqueue(3).dossier);
      // a receipt arriving after a failure replaces the body too
      await store.outbox.markDelivered(key(2), { ...receipt, receiptCode: 'UBNDXA-261201-00000002' });
      expect(JSON.stringify((await store.outbox.get(key(2)))?.dossier)).not.toContain('Nguyễn Văn A');
    });

    test('purgeSettled removes delivered and refused entries whose citizen was told before the cutoff, and keeps the rest', async () => {
      for (const n of [1, 2, 3, 4, 5]) await store.outbox.enqueue(makeEnqueue(n));
      const key = (n: number) => makeEnqueue(n).dossier.idempotencyKey;
      const receipt = { receiptCode: 'UBNDXA-261127-0001', status: 'received' as const, receivedAt: '2026-11-27T00:00:00Z' };
      await store.outbox.markDelivered(key(1), receipt);
      await store.outbox.markNotified(key(1));
      await store.outbox.markDelivered(key(2), receipt); // not yet told: kept
      await store.outbox.markFailed(key(3), 'refused'); // not yet told: kept, whole, to tell and reopen
      await store.outbox.markFailed(key(5), 'refused');
      await store.outbox.markNotified(key(5));
      await pause(20);
      const cutoff = new Date();
      expect(await store.outbox.purgeSettled(cutoff)).toBe(2);
      for (const n of [1, 5]) expect(await store.outbox.get(key(n))).toBeUndefined();
      for (const n of [2, 3, 4]) expect(await store.outbox.get(key(n))).toBeDefined();
      expect(await store.outbox.purgeSettled(new Date(0))).toBe(0);
    });

    test('a refused entry keeps the whole dossier until its citizen is told, then only its summary', async () => {
      await store.outbox.enqueue(makeEnqueue(1));
      const key = makeEnqueue(1).dossier.idempotencyKey;
      await store.outbox.markFailed(key, 'refused', { type: 'about:blank', title: 'Invalid', status: 422 });
      // the notice reopens the draft from the conversation; the row is whole until then
      expect((await store.outbox.listUnnotified(10)).find((e) => e.idempotencyKey === key)?.dossier).toEqual(makeEnqueue(1).dossier);
      await store.outbox.markNotified(key);
      const told = await store.outbox.get(key);
      expect(told?.status).toBe('failed');
      expect(told?.problem?.status).toBe(422);
      expect(told?.dossier.submission.procedureCode).toBe(makeEnqueue(1).dossier.submission.procedureCode);
      for (const gone of ['Nguyễn Văn A', '001234567890', 'Căn cước công dân', sha256(fakeFileBytes('1'))])
        expect(JSON.stringify(told)).not.toContain(gone);
      expect(await store.outbox.filesInUse([sha256(fakeFileBytes('1'))])).toEqual(new Set());
      // telling the citizen given up: nothing was reopened, so the dossier stays for staff
      await store.outbox.enqueue(makeEnqueue(2));
      const untold = makeEnqueue(2).dossier.idempotencyKey;
      await store.outbox.markFailed(untold, 'refused');
      await store.outbox.markNotified(untold, { told: false });
      expect((await store.outbox.get(untold))?.dossier).toEqual(makeEnqueue(2).dossier);
      expect((await store.outbox.get(untold))?.notifiedAt).toBeDefined();
    });

    test('ping answers true while open', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
