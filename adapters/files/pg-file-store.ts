/**
 * FileStore in PostgreSQL, for several instances on one database: a file uploaded to one
 * instance must be deliverable by whichever instance's outbox worker claims the dossier
 * (with per-instance disks the others found nothing and the dossier failed).
 *
 * Content-addressed like the disk store, blobs only (names travel in the draft). Bytes are
 * kept in 256 KiB chunks, written and read one chunk per statement, so no request carries a
 * whole 10 MiB file in one parameter or one result row. A file counts as stored only once
 * its `files` row exists, written in the same transaction as its chunks: a crash midway
 * leaves nothing half-visible.
 */
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { Sha256Hex } from '../intake/contract';
import type { DraftFileRef } from './port';
import type { FileStore } from './port';
import { sanitiseFileName } from './file-name';
import { closeOnFailure, createOnce, inTransaction } from '../storage/pg-transaction';

export const PG_FILE_CHUNK_BYTES = 256 * 1024;

export interface PgFileStoreOptions {
  connectionString: string;
  /** same schema as the state store; default commune_assistant */
  schema?: string;
  poolSize?: number;
  chunkBytes?: number;
  /** per statement (client side), so a silent database cannot hang an upload; default 15 s */
  queryTimeoutMs?: number;
}

export interface PgFileStore extends FileStore {
  close(): Promise<void>;
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error('unsafe SQL identifier');
  return `"${name}"`;
}

export async function createPgFileStore(o: PgFileStoreOptions): Promise<PgFileStore> {
  const schema = ident(o.schema ?? 'commune_assistant');
  const files = `${schema}.files`;
  const chunks = `${schema}.file_chunks`;
  const chunkBytes = o.chunkBytes ?? PG_FILE_CHUNK_BYTES;
  const pool = new Pool({
    connectionString: o.connectionString,
    max: o.poolSize ?? 4,
    connectionTimeoutMillis: 5000,
    query_timeout: o.queryTimeoutMs ?? 15_000,
    statement_timeout: o.queryTimeoutMs ?? 15_000,
    idle_in_transaction_session_timeout: 30_000,
    keepAlive: true,
  });
  pool.on('error', () => undefined);
  await closeOnFailure(pool, async () => {
    await createOnce(pool, `commune-assistant-files:${schema}`, schema, async (c) => {
      await c.query(
        `CREATE TABLE IF NOT EXISTS ${files} (sha256 text PRIMARY KEY, size integer NOT NULL, chunks integer NOT NULL, stored_at timestamptz NOT NULL)`,
      );
      await c.query(
        `CREATE TABLE IF NOT EXISTS ${chunks} (sha256 text NOT NULL, n integer NOT NULL, bytes bytea NOT NULL, PRIMARY KEY (sha256, n))`,
      );
    });
  });

  const valid = (sha256: string) => Sha256Hex.safeParse(sha256).success;

  return {
    async put(bytes, meta): Promise<DraftFileRef> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const ref: DraftFileRef = {
        sha256,
        size: bytes.length,
        contentType: meta.contentType,
        name: sanitiseFileName(meta.name, meta.contentType),
      };
      await inTransaction(pool, async (c) => {
        // stored again: in use, so a retention sweep must not take it yet
        const touched = await c.query(`UPDATE ${files} SET stored_at = now() WHERE sha256 = $1`, [sha256]);
        if (touched.rowCount === 1) return;
        // two instances storing the same bytes at once: the second waits here, then finds them
        await c.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [sha256]);
        const again = await c.query(`SELECT 1 FROM ${files} WHERE sha256 = $1`, [sha256]);
        if (again.rowCount === 1) return;
        const count = Math.ceil(bytes.length / chunkBytes);
        await c.query(`DELETE FROM ${chunks} WHERE sha256 = $1`, [sha256]);
        for (let n = 0; n < count; n++) {
          await c.query(`INSERT INTO ${chunks} (sha256, n, bytes) VALUES ($1, $2, $3)`, [
            sha256,
            n,
            bytes.subarray(n * chunkBytes, (n + 1) * chunkBytes),
          ]);
        }
        await c.query(`INSERT INTO ${files} (sha256, size, chunks, stored_at) VALUES ($1, $2, $3, now())`, [sha256, bytes.length, count]);
      });
      return ref;
    },

    async get(sha256) {
      if (!valid(sha256)) return undefined;
      const head = await pool.query<{ size: number; chunks: number }>(`SELECT size, chunks FROM ${files} WHERE sha256 = $1`, [sha256]);
      const row = head.rows[0];
      if (!row) return undefined;
      // one chunk per query, copied into one buffer of the known size
      const out = Buffer.allocUnsafe(row.size);
      let at = 0;
      for (let n = 0; n < row.chunks; n++) {
        const r = await pool.query<{ bytes: Buffer }>(`SELECT bytes FROM ${chunks} WHERE sha256 = $1 AND n = $2`, [sha256, n]);
        const piece = r.rows[0]?.bytes;
        if (!piece || at + piece.length > row.size) return undefined; // deleted meanwhile
        piece.copy(out, at);
        at += piece.length;
      }
      if (at !== row.size || createHash('sha256').update(out).digest('hex') !== sha256) return undefined;
      return out;
    },

    async delete(sha256) {
      if (!valid(sha256)) return;
      await inTransaction(pool, async (c) => {
        await c.query(`DELETE FROM ${files} WHERE sha256 = $1`, [sha256]);
        await c.query(`DELETE FROM ${chunks} WHERE sha256 = $1`, [sha256]);
      });
    },

    async has(sha256) {
      if (!valid(sha256)) return false;
      const r = await pool.query(`SELECT 1 FROM ${files} WHERE sha256 = $1`, [sha256]);
      return r.rowCount === 1;
    },

    close: () => pool.end(),
  };
}
