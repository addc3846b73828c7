/** Does the file start the way its declared type says? (the 415 check of the contract) */
import type { AllowedContentType } from '../contract';

const SIGNATURES: Record<AllowedContentType, Buffer> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};

export function bytesMatchType(bytes: Buffer, contentType: AllowedContentType): boolean {
  const sig = SIGNATURES[contentType];
  return bytes.length >= sig.length && bytes.subarray(0, sig.length).equals(sig);
}
