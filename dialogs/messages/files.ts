/**
 * What the citizen is told about an upload: what is wrong and how to fix it,
 * in plain words (Vietnamese first). Every FileRejection and QualityWarning
 * code has a sentence here; the type system keeps the list complete.
 */
import type { FileRejection, QualityWarning } from '../../adapters/files/port';
import { translator, type Catalog, type Locale } from './format';

type Key =
  | FileRejection['code']
  | QualityWarning['code']
  | 'detected_executable'
  | 'detected_archive'
  | 'detected_office'
  | 'detected_other_image'
  | 'detected_video'
  | 'accepted'
  | 'converted_from_heic'
  | 'keep_or_retake';

const ACCEPTED_VI = 'Hệ thống chỉ nhận ảnh JPEG, ảnh PNG hoặc tệp PDF.';
const ACCEPTED_EN = 'We accept JPEG or PNG photos and PDF files only.';

export const filesCatalog: Catalog<Key> = {
  vi: {
    too_large: (p) =>
      `Tệp lớn hơn ${p.limitMb} MB nên hệ thống không nhận được. Anh/chị gửi ảnh chụp bình thường (không cần chất lượng cao nhất), hoặc tách tệp PDF thành nhiều tệp nhỏ hơn rồi gửi lại nhé.`,
    unsupported_type: (p) =>
      `${p.what ?? ''}${ACCEPTED_VI} Anh/chị chụp ảnh giấy tờ bằng camera điện thoại, hoặc gửi bản quét dạng PDF nhé.`,
    detected_executable: 'Tệp này là một chương trình máy tính, không phải ảnh hay tài liệu. ',
    detected_archive: 'Tệp này là tệp nén (zip, rar…). ',
    detected_office: 'Tệp này là tài liệu Word/Excel; anh/chị có thể lưu nó thành PDF. ',
    detected_other_image: 'Ảnh này ở định dạng khác (GIF, WebP, BMP, TIFF…). ',
    detected_video: 'Tệp này là video. ',
    heic_not_supported:
      'Ảnh đang ở định dạng HEIC của iPhone, hệ thống chưa đọc được. Anh/chị gửi lại ảnh dạng JPEG nhé: vào Cài đặt → Camera → Định dạng, chọn “Tương thích nhất” rồi chụp lại; hoặc khi gửi, chọn gửi dạng “ảnh” chứ không gửi dạng “tệp”.',
    download_failed: 'Hệ thống chưa tải được tệp anh/chị gửi. Anh/chị gửi lại giúp nhé.',
    download_timeout: 'Tệp tải lên quá lâu nên bị ngắt. Anh/chị kiểm tra kết nối mạng rồi gửi lại nhé; nếu mạng yếu, gửi từng ảnh một.',
    address_not_allowed: 'Hệ thống không tải tệp từ đường dẫn này. Anh/chị gửi thẳng ảnh hoặc tệp PDF vào cuộc trò chuyện nhé.',
    pdf_unreadable: 'Tệp PDF bị hỏng nên không mở được. Anh/chị lưu hoặc xuất lại tệp PDF, hoặc chụp ảnh giấy tờ rồi gửi nhé.',
    pdf_encrypted: 'Tệp PDF đang đặt mật khẩu nên cán bộ không mở được. Anh/chị bỏ mật khẩu (hoặc in ra một tệp PDF mới) rồi gửi lại nhé.',
    pdf_too_many_pages: (p) =>
      `Tệp PDF có ${p.pages} trang, nhiều hơn ${p.limit} trang cho phép. Anh/chị chỉ gửi những trang của giấy tờ này, hoặc tách thành nhiều tệp nhé.`,
    image_unreadable: 'Ảnh bị lỗi nên không mở được. Anh/chị chụp lại rồi gửi nhé.',
    empty: 'Tệp gửi lên không có nội dung. Anh/chị gửi lại giúp nhé.',
    too_small: (p) =>
      `Ảnh hơi nhỏ (${p.longSide} điểm ảnh, cần ít nhất ${p.minimum}), chữ có thể không đọc rõ. Anh/chị chụp gần hơn để tờ giấy chiếm gần hết khung hình, hoặc gửi ảnh gốc chứ không gửi ảnh đã thu nhỏ nhé.`,
    blurry: 'Ảnh hơi mờ. Anh/chị đặt giấy trên mặt bàn phẳng, đủ sáng, giữ máy chắc tay rồi chụp lại nhé.',
    too_dark:
      'Ảnh hơi tối. Anh/chị chụp ở chỗ sáng hơn (gần cửa sổ hoặc dưới đèn), để bóng tay và bóng điện thoại không che lên giấy rồi chụp lại nhé.',
    washed_out:
      'Ảnh bị chói nên chữ nhạt, khó đọc. Anh/chị tránh nắng chiếu thẳng, tắt đèn flash, nghiêng máy một chút cho khỏi lóa rồi chụp lại nhé.',
    accepted: 'Đã nhận tệp.',
    converted_from_heic: 'Ảnh HEIC đã được chuyển sang JPEG để gửi kèm hồ sơ.',
    keep_or_retake: 'Anh/chị có thể chụp lại, hoặc giữ ảnh này nếu thấy chữ vẫn đọc rõ.',
  },
  en: {
    too_large: (p) =>
      `The file is larger than ${p.limitMb} MB, so it cannot be accepted. Please send an ordinary photo (the highest quality setting is not needed), or split the PDF into smaller files, and try again.`,
    unsupported_type: (p) =>
      `${p.what ?? ''}${ACCEPTED_EN} Please take a photo of the paper with your phone camera, or send a scanned PDF.`,
    detected_executable: 'This file is a computer program, not a photo or a document. ',
    detected_archive: 'This file is a compressed archive (zip, rar…). ',
    detected_office: 'This file is a Word/Excel document; you can save it as PDF. ',
    detected_other_image: 'This picture is in another format (GIF, WebP, BMP, TIFF…). ',
    detected_video: 'This file is a video. ',
    heic_not_supported:
      'This photo is in the iPhone HEIC format, which we cannot read yet. Please send it as a JPEG: in Settings → Camera → Formats choose “Most Compatible” and take the photo again, or send it as a photo rather than as a file.',
    download_failed: 'We could not download the file you sent. Please send it again.',
    download_timeout:
      'The upload took too long and was stopped. Please check your connection and send it again; on a weak connection, send one photo at a time.',
    address_not_allowed: 'We do not download files from that link. Please send the photo or PDF directly in the chat.',
    pdf_unreadable: 'The PDF is damaged and cannot be opened. Please save or export it again, or take a photo of the paper instead.',
    pdf_encrypted:
      'The PDF is password-protected, so the office cannot open it. Please remove the password (or print it to a new PDF) and send it again.',
    pdf_too_many_pages: (p) =>
      `The PDF has ${p.pages} pages, more than the ${p.limit} allowed. Please send only the pages of this paper, or split it into several files.`,
    image_unreadable: 'The picture is damaged and cannot be opened. Please take it again and send it.',
    empty: 'The file you sent is empty. Please send it again.',
    too_small: (p) =>
      `The photo is small (${p.longSide} pixels, at least ${p.minimum} needed), so the text may not be readable. Please move closer so the paper fills most of the frame, or send the original photo rather than a reduced copy.`,
    blurry: 'The photo is a little blurred. Please lay the paper on a flat table in good light, hold the phone steady and take it again.',
    too_dark:
      'The photo is too dark. Please take it somewhere brighter (near a window or under a lamp), keeping the shadow of your hand and phone off the paper.',
    washed_out:
      'The photo is overexposed, so the text is faint. Please avoid direct sunlight, turn off the flash and tilt the phone slightly to avoid glare, then take it again.',
    accepted: 'File received.',
    converted_from_heic: 'The HEIC photo was converted to JPEG for the dossier.',
    keep_or_retake: 'You can take the photo again, or keep this one if the text is still easy to read.',
  },
};

export const tFiles = translator(filesCatalog);

const DETECTED: Record<string, Key> = {
  executable: 'detected_executable',
  archive: 'detected_archive',
  office: 'detected_office',
  other_image: 'detected_other_image',
  video: 'detected_video',
};

export function rejectionMessage(locale: Locale, r: FileRejection): string {
  switch (r.code) {
    case 'too_large':
      return tFiles(locale, 'too_large', { limitMb: Math.floor(r.limitBytes / (1024 * 1024)) || 1 });
    case 'unsupported_type': {
      const key = r.detected ? DETECTED[r.detected] : undefined;
      return tFiles(locale, 'unsupported_type', key ? { what: tFiles(locale, key) } : {});
    }
    case 'pdf_too_many_pages':
      return tFiles(locale, 'pdf_too_many_pages', { pages: r.pages, limit: r.limit });
    default:
      return tFiles(locale, r.code);
  }
}

export function warningMessage(locale: Locale, w: QualityWarning): string {
  switch (w.code) {
    case 'too_small':
      return tFiles(locale, 'too_small', { longSide: w.longSide, minimum: w.minimum });
    default:
      return tFiles(locale, w.code);
  }
}
