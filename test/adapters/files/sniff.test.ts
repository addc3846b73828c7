/** Type by magic numbers only. */
import { sniff } from '../../../adapters/files/sniff';
import * as f from './fixtures';

const ftyp = (major: string, compatible: string[] = []): Buffer => {
  const size = 16 + 4 * compatible.length;
  const b = Buffer.alloc(size + 64);
  b.writeUInt32BE(size, 0);
  b.write(`ftyp${major}`, 4, 'latin1');
  for (const [i, c] of compatible.entries()) b.write(c, 16 + 4 * i, 'latin1');
  return b;
};

describe('sniff', () => {
  it('recognises the accepted types by their first bytes', async () => {
    expect(sniff(await f.sharpJpeg())).toEqual({ kind: 'jpeg' });
    expect(sniff(await f.tinyPng())).toEqual({ kind: 'png' });
    expect(sniff(await f.pdf())).toEqual({ kind: 'pdf' });
    expect(sniff(Buffer.concat([Buffer.from('garbage before\n'), await f.pdf()]))).toEqual({ kind: 'pdf' });
  });

  it('recognises HEIC/HEIF by major or compatible brand, and other ISO media as video', () => {
    expect(sniff(f.heicHeader())).toEqual({ kind: 'heif', brand: 'heic' });
    expect(sniff(ftyp('mif1', ['heic']))).toEqual({ kind: 'heif', brand: 'mif1' });
    expect(sniff(ftyp('isom', ['mif1']))).toEqual({ kind: 'heif', brand: 'mif1' });
    expect(sniff(ftyp('isom', ['mp41']))).toEqual({ kind: 'other', detected: 'video' });
  });

  it('labels what it refuses without trusting names', () => {
    expect(sniff(f.windowsExe())).toEqual({ kind: 'other', detected: 'executable' });
    expect(sniff(f.elfBinary())).toEqual({ kind: 'other', detected: 'executable' });
    expect(sniff(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toEqual({ kind: 'other', detected: 'executable' });
    expect(sniff(f.zipArchive())).toEqual({ kind: 'other', detected: 'archive' });
    expect(sniff(f.docxLike())).toEqual({ kind: 'other', detected: 'office' });
    expect(sniff(Buffer.from('GIF89a....'))).toEqual({ kind: 'other', detected: 'other_image' });
    expect(sniff(Buffer.from([0xff, 0xd8]))).toEqual({ kind: 'other' });
    expect(sniff(Buffer.alloc(0))).toEqual({ kind: 'other' });
  });
});
