/**
 * Sentences the service itself says outside any dialog: turn failures and
 * the proactive follow-ups of the outbox.
 */
import { translator, type Catalog } from './format';

type Key = 'turnError' | 'chatInputFailed';

const catalog: Catalog<Key> = {
  vi: {
    turnError:
      'Xin lỗi anh/chị, hệ thống vừa gặp trục trặc nên chưa xử lý được tin nhắn này. Thông tin anh/chị đã khai vẫn được giữ nguyên. Anh/chị vui lòng gửi lại, hoặc gõ "gặp cán bộ" để được hỗ trợ.',
    chatInputFailed: (p) => `(Không gửi được dòng này: ${p.reason}. Cuộc trò chuyện vẫn tiếp tục.)`,
  },
  en: {
    turnError:
      'Sorry, something went wrong and I could not handle that message. Everything you entered so far is kept. Please send it again, or type "staff" to reach a person.',
    chatInputFailed: (p) => `(Could not send that line: ${p.reason}. The conversation goes on.)`,
  },
};

export const serviceText = translator(catalog);
