/**
 * What every StaffStore must do, run against SQLite and PostgreSQL: accounts with unique
 * usernames, disable / password / unlock, the atomic wrong-password count that locks at
 * the limit, sessions joined to their account, ending one or all of them, expiry
 * housekeeping, and the audit log newest first.
 */
import { DuplicateUsernameError, type StaffSession, type StaffStore } from '../../../../adapters/storage/staff/port';

export interface StaffStoreFixture {
  open(): Promise<StaffStore>;
  destroy(): Promise<void>;
}

const session = (tokenHash: string, accountId: string, at: number): StaffSession => ({
  tokenHash,
  accountId,
  csrfToken: `csrf-${tokenHash}`,
  createdAt: at,
  lastSeenAt: at,
});

export function runStaffStoreContract(create: () => Promise<StaffStoreFixture>): void {
  let fixture: StaffStoreFixture;
  let store: StaffStore;

  beforeEach(async () => {
    fixture = await create();
    store = await fixture.open();
  });
  afterEach(async () => {
    await store.close();
    await fixture.destroy();
  });

  test('adds accounts with unique usernames and reads them back', async () => {
    const lan = await store.addAccount({ username: 'lan', role: 'operator', passwordHash: '$argon2id$x' }, 1000);
    await store.addAccount({ username: 'an', role: 'admin', passwordHash: '$argon2id$y' }, 2000);
    await expect(store.addAccount({ username: 'lan', role: 'officer', passwordHash: 'z' }, 3000)).rejects.toBeInstanceOf(
      DuplicateUsernameError,
    );
    expect(await store.account('lan')).toEqual({
      id: lan.id,
      username: 'lan',
      role: 'operator',
      passwordHash: '$argon2id$x',
      disabled: false,
      failedAttempts: 0,
      createdAt: 1000,
    });
    expect(await store.account('nobody')).toBeUndefined();
    expect((await store.listAccounts()).map((a) => [a.username, a.role])).toEqual([
      ['an', 'admin'],
      ['lan', 'operator'],
    ]);
    expect(await store.ping()).toBe(true);
  });

  test('disables and enables; a new password clears failures and the lock', async () => {
    const a = await store.addAccount({ username: 'lan', role: 'operator', passwordHash: 'old' }, 1000);
    expect(await store.setDisabled('lan', true)).toBe(true);
    expect((await store.account('lan'))?.disabled).toBe(true);
    expect(await store.setDisabled('lan', false)).toBe(true);
    expect(await store.setDisabled('nobody', true)).toBe(false);
    await store.recordFailure(a.id, 5000, 2, 60_000);
    await store.recordFailure(a.id, 5000, 2, 60_000);
    expect((await store.account('lan'))?.lockedUntil).toBe(65_000);
    expect(await store.setPasswordHash('lan', 'new')).toBe(true);
    expect(await store.account('lan')).toMatchObject({ passwordHash: 'new', failedAttempts: 0 });
    expect((await store.account('lan'))?.lockedUntil).toBeUndefined();
    expect(await store.setPasswordHash('nobody', 'x')).toBe(false);
  });

  test('the lockAfter-th failure locks until now + lockMs and restarts the count; unlock and clearFailures undo it', async () => {
    const a = await store.addAccount({ username: 'lan', role: 'operator', passwordHash: 'h' }, 1000);
    for (let i = 1; i <= 4; i++) {
      expect(await store.recordFailure(a.id, 10_000, 5, 900_000)).toEqual({ locked: false });
      expect((await store.account('lan'))?.failedAttempts).toBe(i);
    }
    expect(await store.recordFailure(a.id, 10_000, 5, 900_000)).toEqual({ locked: true });
    expect(await store.account('lan')).toMatchObject({ failedAttempts: 0, lockedUntil: 910_000 });
    expect(await store.unlock('lan')).toBe(true);
    expect((await store.account('lan'))?.lockedUntil).toBeUndefined();
    await store.recordFailure(a.id, 20_000, 5, 900_000);
    await store.clearFailures(a.id);
    expect((await store.account('lan'))?.failedAttempts).toBe(0);
  });

  test('concurrent wrong passwords are all counted: ten at once lock exactly twice over', async () => {
    const a = await store.addAccount({ username: 'lan', role: 'operator', passwordHash: 'h' }, 1000);
    const results = await Promise.all(Array.from({ length: 10 }, () => store.recordFailure(a.id, 10_000, 5, 60_000)));
    expect(results.filter((r) => r.locked)).toHaveLength(10 - 4);
    // the fifth and tenth failures each locked and restarted the count
    expect((await store.account('lan'))?.failedAttempts).toBe(0);
  });

  test('sessions are found with their account, touched, and ended one, all, or when expired', async () => {
    const lan = await store.addAccount({ username: 'lan', role: 'operator', passwordHash: 'h' }, 1000);
    const an = await store.addAccount({ username: 'an', role: 'admin', passwordHash: 'h' }, 1000);
    await store.createSession(session('t1', lan.id, 10_000));
    await store.createSession(session('t2', lan.id, 20_000));
    await store.createSession(session('t3', an.id, 30_000));
    const found = await store.session('t1');
    expect(found?.session).toEqual(session('t1', lan.id, 10_000));
    expect(found?.account).toMatchObject({ id: lan.id, username: 'lan', role: 'operator', createdAt: 1000 });
    expect(await store.session('nope')).toBeUndefined();

    await store.touchSession('t1', 15_000);
    expect((await store.session('t1'))?.session.lastSeenAt).toBe(15_000);
    // never moved backwards by a slower instance
    await store.touchSession('t1', 12_000);
    expect((await store.session('t1'))?.session.lastSeenAt).toBe(15_000);

    await store.deleteSession('t1');
    expect(await store.session('t1')).toBeUndefined();
    await store.createSession(session('t4', lan.id, 40_000));
    expect(await store.deleteSessionsOf(lan.id)).toBe(2);
    expect(await store.session('t2')).toBeUndefined();
    expect(await store.session('t3')).toBeDefined();

    await store.createSession({ ...session('old', an.id, 1000), lastSeenAt: 50_000 });
    await store.createSession({ ...session('idle', an.id, 40_000), lastSeenAt: 40_000 });
    // idle before 35,000 (t3 last seen 30,000) or created before 5,000 (old)
    expect(await store.deleteExpiredSessions(35_000, 5_000)).toBe(2);
    expect(await store.session('idle')).toBeDefined();
    expect(await store.session('t3')).toBeUndefined();
    expect(await store.session('old')).toBeUndefined();
  });

  test('the audit log keeps username, action and dossier reference, newest first', async () => {
    await store.appendAudit({ at: 1000, username: 'lan', action: 'sign-in' });
    await store.appendAudit({ at: 2000, username: 'lan', action: 'dossier.opened', dossierRef: 'UBNDXA-261127-0001' });
    await store.appendAudit({ at: 2000, username: 'an', action: 'dossier.keyed', dossierRef: 'UBNDXA-261127-0002' });
    expect(await store.listAudit(2)).toEqual([
      { at: 2000, username: 'an', action: 'dossier.keyed', dossierRef: 'UBNDXA-261127-0002' },
      { at: 2000, username: 'lan', action: 'dossier.opened', dossierRef: 'UBNDXA-261127-0001' },
    ]);
    expect(await store.listAudit(10)).toHaveLength(3);
    expect(await store.deleteAuditBefore(2000)).toBe(1);
    expect((await store.listAudit(10)).map((e) => e.at)).toEqual([2000, 2000]);
  });
}
