/** What bot/ wires: the receiver and the disk store. */
export { createAttachmentReceiver, type AttachmentReceiverOptions } from './receiver';
export { createDiskFileStore, DEFAULT_FILES_DIR, type DiskFileStore } from './disk-store';
export { systemResolver, type Resolver, type ResolvedAddress } from './safe-download';
export type { AttachmentReceiver, FileStore, FileRejection, QualityWarning, ReceiveResult, IncomingAttachment } from './port';
