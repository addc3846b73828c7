/**
 * "Tôi tên Nguyễn Văn A, CCCD 042190012345, sđt 0912345678, muốn làm khai
 * sinh cho con": an older citizen writes everything in one message. This
 * finds the applicant's name, citizen ID and phone in it, and returns the
 * rest (the need, for a search) without those numbers, so nothing downstream
 * can echo them back.
 */
import { checkCitizenId } from './citizen-id';
import { checkFullName } from './name';
import { normaliseVietnamesePhone } from './phone';

export interface Facts {
  fullName?: string;
  idNumber?: string;
  /** E.164 */
  phone?: string;
}

/** Runs of digits, possibly grouped by spaces, dots or dashes ("042 190 012 345"), or +84… */
const NUMBER_RUN = /\+?\d(?:[\d]|[ .-](?=\d)){7,17}/g;

/** Labels that go with the numbers and mean nothing to a search (removed only when a number was found). */
const LABELS =
  /(?<![\p{L}])(?:số\s+)?(?:cccd|cmnd|căn cước công dân|căn cước|can cuoc cong dan|can cuoc|số định danh|so dinh danh|sđt|sdt|đt|số điện thoại|so dien thoai|điện thoại|dien thoai)(?:\s*(?:là|la|:))?(?![\p{L}])/giu;

/** "tôi tên …", "tên tôi là …", "tôi là …", "họ tên …": the name runs to the next comma or label. */
const NAME_INTRO =
  /(?:^|[\s,.])(?:tôi tên là|tôi tên|tên tôi là|tên tôi|tên là|họ tên|họ và tên|tôi là|toi ten la|toi ten|ten toi la|ten toi|ten la|ho ten|toi la|my name is)\s*:?\s+([^,.;\n\d]+)/i;

/** Words after a name that start the next part of the sentence. */
const NAME_STOP =
  /\s+(?:cccd|cmnd|căn|can|số|so|sđt|sdt|điện|dien|muốn|muon|cần|can|đang|dang|ở|o|nhà|nha|xin|làm|lam|đi|di|có|co|sinh|và|va)(?:\s|$).*/i;

export interface Extracted {
  facts: Facts;
  /** the message without the numbers and the name found in it */
  rest: string;
}

export function extractFacts(input: string, now: Date = new Date()): Extracted {
  let rest = input.normalize('NFC');
  const facts: Facts = {};
  for (const run of rest.match(NUMBER_RUN) ?? []) {
    const compact = run.replace(/[ .-]/g, '');
    const id = compact.length === 12 && !compact.startsWith('84') ? checkCitizenId(compact, now) : undefined;
    if (id?.ok && !facts.idNumber) {
      facts.idNumber = id.value;
      rest = rest.replace(run, ' ');
      continue;
    }
    const phone = normaliseVietnamesePhone(compact);
    if (phone && !facts.phone) {
      facts.phone = phone;
      rest = rest.replace(run, ' ');
    }
  }
  const intro = NAME_INTRO.exec(rest);
  if (intro) {
    const [whole, named = ''] = intro;
    const tail = NAME_STOP.exec(named)?.[0] ?? '';
    const name = checkFullName(named.slice(0, named.length - tail.length).trim());
    if (name.ok) {
      facts.fullName = name.value;
      rest = rest.replace(whole.slice(0, whole.length - tail.length), ' ');
    }
  } else if (hasPersonalNumber(facts)) {
    // "Trần Thị Hoa, 038…, 0912…": a name standing alone before the numbers
    const first = rest.split(/[,;\n]/)[0] ?? '';
    const name = checkFullName(first);
    if (name.ok && !name.unaccented) {
      facts.fullName = name.value;
      rest = rest.replace(first, ' ');
    }
  }
  if (hasPersonalNumber(facts)) rest = rest.replace(LABELS, ' ');
  rest = rest
    .replace(/\s*,(\s*,)+/g, ',')
    .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { facts, rest };
}

/** "tìm 042190012345" → "tìm •••••••••345": any long number in text shown back to the citizen. */
export function maskNumbers(text: string): string {
  return text.replace(NUMBER_RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    return `${'•'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
  });
}

export function factCount(facts: Facts): number {
  return [facts.fullName, facts.idNumber, facts.phone].filter((v) => v !== undefined).length;
}

/** Whether a message holds a personal number worth keeping out of a search (an ID or a phone). */
export function hasPersonalNumber(facts: Facts): boolean {
  return facts.idNumber !== undefined || facts.phone !== undefined;
}
