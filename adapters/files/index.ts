/** What bot/ wires: the receiver and the file store (disk with SQLite, PostgreSQL with DATABASE_URL). */
export { createAttachmentReceiver, type AttachmentReceiverOptions } from './receiver';
export { createDiskFileStore, DEFAULT_FILES_DIR } from './disk-store';
export { createPgFileStore, type PgFileStore } from './pg-file-store';
export { systemResolver, type Resolver, type ResolvedAddress } from './safe-download';
export type { AttachmentReceiver, FileStore, FileRejection, QualityWarning, ReceiveResult, IncomingAttachment } from './port';
