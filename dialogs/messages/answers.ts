/**
 * What the dossier says about the answers themselves: accents on names,
 * ages, dates that must lie ahead, addresses and communes, answers found in
 * one long message. Vietnamese first, English second; the citizen is "anh/chị".
 */
import { translator, type Catalog, type Params } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

type Key =
  | 'nameNoAccents'
  | 'tooYoungPartner'
  | 'tooYoungApplicant'
  | 'sexMale'
  | 'sexFemale'
  | 'date_in_past'
  | 'date_too_far'
  | 'addressEmpty'
  | 'communeRenamed'
  | 'communeUnknown'
  | 'postalNotForThis'
  | 'factsFound'
  | 'factsYes'
  | 'factsNo'
  | 'factsName'
  | 'factsId'
  | 'factsPhone'
  | 'factsCleared'
  | 'catalogInVietnamese';

const catalog: Catalog<Key> = {
  vi: {
    nameNoAccents: (p) =>
      `Tên "${s(p, 'name')}" chưa có dấu. Anh/chị gõ lại có dấu, đúng như trên thẻ căn cước giúp tôi (ví dụ: Nguyễn Văn An). Nếu không gõ được dấu, gửi lại đúng tên này là được.`,
    tooYoungPartner: (p) =>
      `Theo Luật Hôn nhân và gia đình, ${s(p, 'sex')} phải đủ ${s(p, 'min')} tuổi mới được đăng ký kết hôn; người ấy hiện mới ${s(p, 'age')} tuổi nên cán bộ sẽ không nhận hồ sơ. Nếu gõ nhầm, anh/chị gõ lại.`,
    tooYoungApplicant: (p) =>
      `Theo số căn cước, anh/chị hiện chưa đủ ${s(p, 'min')} tuổi (${s(p, 'sex')} phải đủ ${s(p, 'min')} tuổi mới được đăng ký kết hôn), nên cán bộ sẽ không nhận hồ sơ này. Nếu số căn cước gõ nhầm, gõ "quay lại" để sửa, hoặc gõ "gặp cán bộ".`,
    sexMale: 'nam',
    sexFemale: 'nữ',
    date_in_past: 'Ngày này đã qua, cần chọn một ngày sắp tới.',
    date_too_far: 'Ngày này xa quá, có thể gõ nhầm năm.',
    addressEmpty: 'Tôi cần một địa chỉ thật để bưu điện giao được (ví dụ: Số 12, thôn Đông). Câu này không bỏ qua được.',
    communeRenamed: (p) => `${s(p, 'former')} nay là ${s(p, 'unit')} (sau sắp xếp năm 2025). Tôi ghi ${s(p, 'unit')}.`,
    communeUnknown: (p) =>
      `Tôi không thấy "${s(p, 'text')}" trong danh sách xã, phường của tỉnh ${s(p, 'province')} sau sắp xếp năm 2025. Nếu chắc chắn đúng, anh/chị gửi lại tên tỉnh để xác nhận; gõ "quay lại" để sửa tên xã/phường.`,
    postalNotForThis:
      'Giấy chứng nhận kết hôn phải do cả hai người cùng có mặt ký nhận tại Trung tâm Phục vụ hành chính công của xã, nên không gửi qua bưu điện được. Tôi ghi: nhận tại Trung tâm.',
    factsFound: (p) => `Tôi đã ghi từ tin nhắn của anh/chị:\n${s(p, 'lines')}\nĐúng không ạ?`,
    factsYes: 'Đúng',
    factsNo: 'Sửa lại',
    factsName: (p) => `– Họ tên: ${s(p, 'value')}`,
    factsId: (p) => `– Số căn cước: ${s(p, 'value')}`,
    factsPhone: (p) => `– Số điện thoại: ${s(p, 'value')}`,
    factsCleared: 'Vâng, tôi bỏ các thông tin đó, mình khai lại từng câu nhé.',
    catalogInVietnamese: '',
  },
  en: {
    nameNoAccents: (p) =>
      `"${s(p, 'name')}" has no Vietnamese accents. Please type it with accents exactly as on the ID card (e.g. Nguyễn Văn An). If you cannot type accents, send the same name again and I will keep it.`,
    tooYoungPartner: (p) =>
      `Under the Law on Marriage and Family a ${s(p, 'sex')} must be at least ${s(p, 'min')} to register a marriage; this person is ${s(p, 'age')}, so the office would refuse the dossier. If it was a typo, please type it again.`,
    tooYoungApplicant: (p) =>
      `Your ID number shows you are under ${s(p, 'min')} (a ${s(p, 'sex')} must be at least ${s(p, 'min')} to register a marriage), so the office would refuse this dossier. If the ID number is wrong, type "back" to fix it, or "staff".`,
    sexMale: 'man',
    sexFemale: 'woman',
    date_in_past: 'That day has passed; please choose a day still to come.',
    date_too_far: 'That date is too far ahead; maybe a typo in the year.',
    addressEmpty: 'I need a real address the post office can deliver to (e.g. No. 12, Dong hamlet). This cannot be skipped.',
    communeRenamed: (p) => `${s(p, 'former')} is now ${s(p, 'unit')} (after the 2025 rearrangement). I am writing ${s(p, 'unit')}.`,
    communeUnknown: (p) =>
      `I cannot find "${s(p, 'text')}" among the communes and wards of ${s(p, 'province')} after the 2025 rearrangement. If it is right, send the province again to confirm; type "back" to correct the commune.`,
    postalNotForThis:
      'A marriage certificate is signed by both spouses in person at the commune Public Administration Service Centre, so it cannot be sent by post. I have noted: collect at the Centre.',
    factsFound: (p) => `From your message I noted:\n${s(p, 'lines')}\nIs that right?`,
    factsYes: 'Yes, right',
    factsNo: 'Change it',
    factsName: (p) => `– Full name: ${s(p, 'value')}`,
    factsId: (p) => `– Citizen ID: ${s(p, 'value')}`,
    factsPhone: (p) => `– Phone: ${s(p, 'value')}`,
    factsCleared: 'All right, I have dropped those details; let us go through them one by one.',
    catalogInVietnamese: '(Official names, papers and conditions are quoted in Vietnamese, as the national catalog publishes them.)',
  },
};

export const answersText = translator(catalog);
export type AnswersKey = Key;
