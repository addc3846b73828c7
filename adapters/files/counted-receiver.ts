/**
 * An AttachmentReceiver that reports each refused file's reason (for /metrics) and
 * otherwise changes nothing: the dossier still gets the same result to explain.
 */
import type { AttachmentReceiver, FileRejection } from './port';

export function countRejections(inner: AttachmentReceiver, onRejected: (reason: FileRejection['code']) => void): AttachmentReceiver {
  return {
    async receive(attachment, options) {
      const result = await inner.receive(attachment, options);
      if (!result.ok) onRejected(result.rejection.code);
      return result;
    },
  };
}
