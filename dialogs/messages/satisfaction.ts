/**
 * The one satisfaction question after a receipt or a booked appointment, its five
 * buttons and the optional comment. Vietnamese first, English second; the citizen is
 * "anh/chị". The buttons carry their number first so "1".."5" typed or read aloud on a
 * call mean the same as a tap.
 */
import { translator, type Catalog, type Params } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

type Key =
  | 'askDossier'
  | 'askAppointment'
  | 'rate1'
  | 'rate2'
  | 'rate3'
  | 'rate4'
  | 'rate5'
  | 'thanksAskComment'
  | 'skip'
  | 'thanks'
  | 'thanksComment';

const catalog: Catalog<Key> = {
  vi: {
    askDossier:
      'Một câu hỏi nhỏ, không bắt buộc: anh/chị hài lòng thế nào với việc nộp hồ sơ vừa rồi? Bấm một số từ 1 đến 5, hoặc cứ gõ việc khác để tiếp tục.',
    askAppointment:
      'Một câu hỏi nhỏ, không bắt buộc: anh/chị hài lòng thế nào với việc đặt lịch hẹn vừa rồi? Bấm một số từ 1 đến 5, hoặc cứ gõ việc khác để tiếp tục.',
    rate1: '1 – Rất không hài lòng',
    rate2: '2 – Không hài lòng',
    rate3: '3 – Bình thường',
    rate4: '4 – Hài lòng',
    rate5: '5 – Rất hài lòng',
    thanksAskComment: (p) =>
      `Cảm ơn anh/chị đã chấm ${s(p, 'rating')}/5. Anh/chị có góp ý gì thêm không? Gõ một câu ngắn (xin đừng ghi họ tên, số điện thoại), hoặc bấm "Bỏ qua".`,
    skip: 'Bỏ qua',
    thanks: 'Cảm ơn anh/chị.',
    thanksComment: 'Cảm ơn góp ý của anh/chị.',
  },
  en: {
    askDossier:
      'One short, optional question: how satisfied are you with filing this dossier? Tap a number from 1 to 5, or just type something else to carry on.',
    askAppointment:
      'One short, optional question: how satisfied are you with booking this appointment? Tap a number from 1 to 5, or just type something else to carry on.',
    rate1: '1 – Very dissatisfied',
    rate2: '2 – Dissatisfied',
    rate3: '3 – Neither',
    rate4: '4 – Satisfied',
    rate5: '5 – Very satisfied',
    thanksAskComment: (p) =>
      `Thank you for rating us ${s(p, 'rating')}/5. Anything you would like to add? Type a short comment (please leave out names and phone numbers), or tap "Skip".`,
    skip: 'Skip',
    thanks: 'Thank you.',
    thanksComment: 'Thank you for your comment.',
  },
};

export const satisfactionText = translator(catalog);
export type SatisfactionKey = Key;
