/**
 * "Cảm ơn em", "tạm biệt", and a bare "ok" / "vâng" at the menu: courtesy, not a request. Answered
 * in kind instead of "việc 'cảm ơn em' tôi chưa giúp được", and never taken for a search.
 */
import { foldPhrase } from '../knowledge/text/fold';

/** whom it is said to, and the particles around it: "cảm ơn em nhiều nhé", "thanks a lot" */
const TAIL = '(?:\\s+(?:em|chi|anh|ban|co|chu|bac|ad|admin|tong dai|tro ly|bot|nhieu|lam|nhe|nha|a|a lot|so much|very much))*';
const THANKS = new RegExp(`^(?:(?:da|vang)\\s+)?(?:xin\\s+)?(?:cam\\s+on|thank\\s+you|thanks|thank|thx|tks|ty)${TAIL}$`);
const BYE = new RegExp(
  `^(?:(?:da|vang)\\s+)?(?:tam\\s+biet|hen\\s+gap\\s+lai|chao\\s+tam\\s+biet|bye|bye\\s+bye|goodbye|see\\s+you)${TAIL}$`,
);
/** a bare acknowledgement: only courtesy where no question is waiting for a yes (the menu) */
const ACK = new Set(['ok', 'oke', 'okay', 'vang', 'da', 'da vang', 'u', 'uh', 'um', 'vang a', 'da a', 'ok a', 'ok em', 'roi', 'duoc roi']);

/** "không ạ", "thôi em, cảm ơn", "no thanks": nothing more, where "anything else?" was asked (the menu) */
const NOTHING_MORE = new RegExp(
  `^(?:(?:da|vang)\\s+)?(?:khong|thoi|khong can|khong can nua|khong co gi|het roi|vay thoi|no|nope|no thanks|nothing|nothing else|that s all|thats all)(?:\\s+(?:a|nhe|nha|em|chi|anh|ban|oi|dau|nua|cam on|thanks|thank you|thank|thx))*$`,
);

export type Courtesy = 'thanks' | 'bye';

export function courtesyOf(text: string): Courtesy | undefined {
  const folded = foldPhrase(text)
    .replace(/[,.!~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (THANKS.test(folded)) return 'thanks';
  if (BYE.test(folded)) return 'bye';
  return undefined;
}

export function isAcknowledgement(text: string): boolean {
  return ACK.has(foldPhrase(text));
}

export function isNothingMore(text: string): boolean {
  return NOTHING_MORE.test(
    foldPhrase(text)
      .replace(/[,.!~']+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
