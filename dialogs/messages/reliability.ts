/**
 * Messages about the service's own limits (issue 10): a busy status lookup, too many
 * unsuccessful lookups, a turn the database could not finish. Vietnamese first.
 */
import { translator, type Catalog, type Params } from './format';

export type ReliabilityKey = 'status.busy' | 'status.tryAgain' | 'status.limited' | 'turn.storageTimeout';
type Key = ReliabilityKey;
const s = (p: Params, k: string): string => String(p[k] ?? '');

export const reliability: Catalog<Key> = {
  vi: {
    'status.busy': 'Hệ thống tra cứu của tỉnh đang bận, tôi chưa lấy được kết quả. Anh/chị bấm "Thử lại" sau ít giây nhé.',
    'status.tryAgain': 'Thử lại',
    'status.limited': (p) =>
      `Đã có nhiều lần tra cứu không tìm thấy hồ sơ. Để bảo vệ hồ sơ của người dân, anh/chị vui lòng thử lại sau khoảng ${s(p, 'minutes')} phút, hoặc gọi đường dây nóng ${s(p, 'hotline')} để được hỗ trợ.`,
    'turn.storageTimeout':
      'Xin lỗi, hệ thống đang chậm nên tôi chưa lưu được câu trả lời vừa rồi. Thông tin anh/chị đã nhập trước đó vẫn được giữ. Anh/chị gửi lại câu trả lời sau ít giây nhé.',
  },
  en: {
    'status.busy': 'The province lookup service is busy and I could not get the result yet. Please press "Try again" in a few seconds.',
    'status.tryAgain': 'Try again',
    'status.limited': (p) =>
      `Several lookups found no dossier. To protect citizens' dossiers, please try again in about ${s(p, 'minutes')} minutes, or call the hotline ${s(p, 'hotline')} for help.`,
    'turn.storageTimeout':
      'Sorry, the system is slow and I could not save your last answer. Everything you entered before is kept. Please send your answer again in a few seconds.',
  },
};

export const reliabilityText = translator(reliability);
