/**
 * "lệ phí bao nhiêu?", "mất mấy ngày?", "nộp ở đâu?", "mấy giờ mở cửa?": a short question about
 * the procedure being looked at, asked in the middle of its situation questions, its checklist
 * or its dossier. Once each was read as the answer to the open question ("Anh/chị chọn 1, 2
 * hoặc 3") or as a search. The conversation answers it from the procedure's record as an aside
 * and asks the open question again, as it does for "giấy tờ cần có" (aside.ts).
 * Only a whole short question that names no procedure: "lệ phí đăng ký kết hôn bao nhiêu" is a
 * search, and "bao giờ có kết quả" with no procedure open is left to the status lookup.
 */
import { foldPhrase } from '../../knowledge/text/fold';

/** fee and time are both read off the same lines of the card (each way of filing: time; fee) */
export type FactQuestion = 'fee' | 'time' | 'where' | 'hours';

const QUESTIONS: Record<FactQuestion, readonly string[]> = {
  fee: [
    'le phi bao nhieu',
    'le phi bao nhieu tien',
    'phi bao nhieu',
    'chi phi bao nhieu',
    'bao nhieu tien',
    'het bao nhieu tien',
    'het bao nhieu',
    'mat bao nhieu tien',
    'mat bao nhieu',
    'ton bao nhieu tien',
    'ton bao nhieu',
    'dong bao nhieu tien',
    'nop bao nhieu tien',
    'le phi the nao',
    'le phi',
    'phi',
    'chi phi',
    'co mat phi',
    'co mat tien',
    'co mat le phi',
    'co ton phi',
    'co ton tien',
    'co phai dong tien',
    'co phai dong phi',
    'co phai nop tien',
    'co phai nop phi',
    'co phai tra tien',
    'co mien phi',
    'mien phi',
    'how much',
    'how much is it',
    'how much does it cost',
    'what is the fee',
    'what does it cost',
    'is there a fee',
    'is it free',
    'fee',
    'fees',
    'cost',
  ],
  time: [
    'bao lau',
    'mat bao lau',
    'bao lau co',
    'bao lau thi co',
    'bao lau co ket qua',
    'bao lau thi co ket qua',
    'bao lau xong',
    'bao lau thi xong',
    'may ngay',
    'mat may ngay',
    'may ngay co',
    'may ngay thi co',
    'may ngay co ket qua',
    'may ngay thi xong',
    'bao nhieu ngay',
    'mat bao nhieu ngay',
    'bao gio',
    'bao gio co',
    'bao gio co ket qua',
    'bao gio xong',
    'khi nao',
    'khi nao co',
    'khi nao co ket qua',
    'khi nao xong',
    'thoi gian giai quyet',
    'how long',
    'how long does it take',
    'how long will it take',
    'when will it be ready',
    'when do i get the result',
  ],
  where: [
    'nop o dau',
    'nop tai dau',
    'lam o dau',
    'lam tai dau',
    'o dau',
    'den dau',
    'di dau',
    'den dau nop',
    'nop cho ai',
    'where',
    'where do i go',
    'where do i file it',
    'where do i apply',
    'where to go',
    'where is it',
  ],
  hours: [
    'gio lam viec',
    'gio lam viec the nao',
    'may gio mo cua',
    'mo cua may gio',
    'may gio lam viec',
    'lam viec may gio',
    'lam viec gio nao',
    'thu bay co lam',
    'thu bay co lam viec',
    'chu nhat co lam',
    'chu nhat co lam viec',
    'opening hours',
    'office hours',
    'when are you open',
    'what time do you open',
  ],
};

const BY_PHRASE = new Map<string, FactQuestion>(
  (Object.entries(QUESTIONS) as [FactQuestion, readonly string[]][]).flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as const)),
);

/** the polite frame around the question: "cho em hỏi …", "thủ tục này …", "… vậy ạ", "… không chị" */
const LEAD =
  /^(?:(?:da|vang|a|oi|(?:em|chi|anh|ban|co|chu|bac) oi|cho (?:em|toi|minh|chau|tui|con) hoi|(?:em|toi|minh|chau|tui) (?:muon )?hoi|hoi|vay|the|con|cai nay|viec nay|thu tuc nay|lam thu tuc nay|ho so nay|lam cai nay|lam giay nay|so)\s+)+/;
const TAIL = /(?:\s+(?:a|vay|the|nhi|nhe|nha|em|chi|anh|ban|co|chu|bac|oi|ha|khong|ko|k|hong|hok|nua|roi|day|vay a|the a|please))+$/;

/** Which fact a whole message asks about, if it is one of those short questions. */
export function factQuestionOf(text: string): FactQuestion | undefined {
  const folded = foldPhrase(text).replace(/[?]+/g, '').trim();
  if (folded.length === 0 || folded.length > 60) return undefined;
  const core = folded.replace(LEAD, '').replace(TAIL, '').trim();
  return BY_PHRASE.get(core);
}
