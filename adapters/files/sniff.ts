/**
 * Type by content (magic numbers), never by name or declared type.
 */
export type SniffedType =
  | { kind: 'pdf' }
  | { kind: 'jpeg' }
  | { kind: 'png' }
  | { kind: 'heif'; brand: string }
  | { kind: 'other'; detected?: string };

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);

function startsWith(b: Buffer, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  return sig.every((v, i) => b[at + i] === v);
}

function ascii(b: Buffer, start: number, end: number): string {
  return b.subarray(start, Math.min(end, b.length)).toString('latin1');
}

export function sniff(b: Buffer): SniffedType {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: 'jpeg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png' };
  // PDF readers accept the header anywhere in the first KiB; so do we.
  if (ascii(b, 0, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (ascii(b, 4, 8) === 'ftyp') {
    const major = ascii(b, 8, 12);
    const boxSize = Math.min(b.readUInt32BE(0), b.length, 256);
    const compatible: string[] = [];
    for (let i = 16; i + 4 <= boxSize; i += 4) compatible.push(ascii(b, i, i + 4));
    const brand = [major, ...compatible].find((x) => HEIF_BRANDS.has(x));
    if (brand) return { kind: 'heif', brand };
    return { kind: 'other', detected: 'video' };
  }
  return { kind: 'other', detected: describeOther(b) };
}

/** A short, non-personal label for what the file seems to be (for messages and logs). */
function describeOther(b: Buffer): string | undefined {
  if (startsWith(b, [0x4d, 0x5a])) return 'executable';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].some((m) => b.length >= 4 && b.readUInt32BE(0) === m))
    return 'executable';
  if (startsWith(b, [0x23, 0x21])) return 'executable'; // #! script
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    const head = ascii(b, 0, 4096);
    if (/word\/|xl\/|ppt\/|mimetypeapplication\/vnd\.oasis/.test(head)) return 'office';
    return 'archive';
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'office';
  if (ascii(b, 0, 6) === 'Rar!\x1a\x07' || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || startsWith(b, [0x1f, 0x8b]))
    return 'archive';
  if (ascii(b, 0, 4) === 'GIF8' || (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') || ascii(b, 0, 2) === 'BM')
    return 'other_image';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'other_image';
  return undefined;
}
