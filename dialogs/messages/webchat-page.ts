/**
 * The web chat page's own words (its shell, send box, upload button, receipt
 * card, embed panel). bot/service.ts hands them to the web chat adapter, which
 * puts them in the page; adapters never import dialogs.
 */
import type { PageText } from '../../adapters/channels/webchat/page';
import { render, type Catalog, type Locale, type Params } from './format';

/** the adapter names the words its page needs; the catalog fills them in both languages */
type Key = keyof PageText;

export const webChatPage: Catalog<Key> = {
  vi: {
    title: 'Trợ lý thủ tục hành chính',
    loading: 'Đang tải…',
    hotline: (p: Params) => `Đường dây nóng: ${p.number} (${p.hours})`,
    loadFailed: 'Chưa tải được trang. Anh/chị kiểm tra kết nối mạng rồi tải lại, hoặc gọi đường dây nóng.',
    placeholder: 'Ví dụ: làm giấy khai sinh cho con',
    sendPhoto: 'Chụp / gửi ảnh',
    fileTooLarge: (p: Params) =>
      `Tệp "${p.name}" lớn hơn 10 MB nên chưa gửi được. Anh/chị chụp lại ảnh với độ phân giải thấp hơn, hoặc gửi từng trang.`,
    receiptHeading: 'Hồ sơ đã được tiếp nhận',
    receiptCode: 'Mã hồ sơ',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
    close: 'Đóng',
    openWidget: 'Hỏi thủ tục',
    frameRefused: 'Trang này chưa được phép nhúng trợ lý. Anh/chị mở trợ lý trong cửa sổ mới:',
    noScript: 'Trang này cần bật JavaScript. Anh/chị cũng có thể gọi đường dây nóng của xã.',
  },
  en: {
    title: 'Administrative procedures assistant',
    loading: 'Loading…',
    hotline: (p: Params) => `Hotline: ${p.number} (${p.hours})`,
    loadFailed: 'The page could not load. Please check the connection and reload, or call the hotline.',
    placeholder: 'For example: birth certificate for my child',
    sendPhoto: 'Take / send a photo',
    fileTooLarge: (p: Params) =>
      `"${p.name}" is larger than 10 MB and was not sent. Please take the photo at a lower resolution, or send one page at a time.`,
    receiptHeading: 'Dossier received',
    receiptCode: 'Dossier code',
    copy: 'Copy code',
    copied: 'Copied',
    close: 'Close',
    openWidget: 'Ask about procedures',
    frameRefused: 'This site may not embed the assistant. Open it in a new window:',
    noScript: 'This page needs JavaScript. You can also call the commune hotline.',
  },
};

export type WebChatPageText = Record<Key, string>;

/** every page text rendered, with the hotline filled in ({name} stays for the page to fill) */
export function webChatPageText(locale: Locale, hotline: { number: string; hours: string }): WebChatPageText {
  const out = {} as WebChatPageText;
  for (const key of Object.keys(webChatPage[locale]) as Key[]) out[key] = render(webChatPage[locale][key], { ...hotline, name: '{name}' });
  return out;
}
