/**
 * A PDF the intake can use: it opens, it is not encrypted, it is not too long.
 */
import { PDFDocument } from 'pdf-lib';
import type { FileRejection } from './port';

export const MAX_PDF_PAGES = 20;

export async function checkPdf(bytes: Buffer, maxPages: number = MAX_PDF_PAGES): Promise<FileRejection | undefined> {
  let doc: PDFDocument;
  try {
    // Load with encryption ignored, then ask: the error type pdf-lib throws is not part of its API.
    // Strict objects: a damaged object means a damaged file (and lenient mode writes to console).
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return { code: 'pdf_unreadable' };
  }
  if (doc.isEncrypted) return { code: 'pdf_encrypted' };
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    return { code: 'pdf_unreadable' };
  }
  if (pages < 1) return { code: 'pdf_unreadable' };
  if (pages > maxPages) return { code: 'pdf_too_many_pages', pages, limit: maxPages };
  return undefined;
}
