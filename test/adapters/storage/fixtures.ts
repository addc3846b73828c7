/** Dossier fixtures built in code for storage and outbox tests. */
import { createHash } from 'node:crypto';
import type { ConfirmedDossier } from '../../../adapters/intake/port';
import type { OutboxEnqueue } from '../../../adapters/storage/port';

export function fakeFileBytes(seed: string): Buffer {
  // A minimal JPEG-looking payload: magic number, then seed bytes.
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`file:${seed}`)]);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function makeDossier(n: number | string, files: Buffer[] = [fakeFileBytes(String(n))]): ConfirmedDossier {
  const at = '2026-11-26T10:00:00.000+07:00';
  return {
    idempotencyKey: `dossier-key-${String(n).padStart(8, '0')}`,
    submission: {
      procedureCode: '1.000123',
      applicant: { fullName: 'Nguyễn Văn A', idNumber: '001234567890', phone: '+84912345678' },
      documents: [
        {
          requirementId: 'cccd',
          title: 'Căn cước công dân',
          files: files.map((b, i) => ({ sha256: sha256(b), size: b.length, contentType: 'image/jpeg' as const, name: `p${i}.jpg` })),
        },
      ],
      delivery: { method: 'counter' },
      channel: 'webchat',
      locale: 'vi-VN',
      consent: { personalDataProcessing: true, acceptedAt: at },
      submittedAt: at,
    },
  };
}

export function makeEnqueue(n: number | string, files?: Buffer[]): OutboxEnqueue {
  return {
    dossier: makeDossier(n, files),
    conversation: {
      conversation: { id: `conv-${n}`, isGroup: false, conversationType: 'personal', name: '' },
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1',
    },
  };
}
