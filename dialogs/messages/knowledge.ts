/**
 * Sentences about how current and how local the knowledge is: the snapshot
 * date, council-set fees, time-limited rates and the currency lint's notes.
 * Vietnamese first, English second, same keys.
 */
import { translator, type Catalog, type Params } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

export type KnowledgeKey =
  | 'currency.asOf'
  | 'fee.councilKnown'
  | 'fee.councilUnknown'
  | 'fee.councilNoProfile'
  | 'fee.until'
  | 'currency.note.district_level'
  | 'currency.note.cmnd_as_valid'
  | 'currency.note.household_book'
  | 'currency.note.superseded_one_stop'
  | 'currency.replaced'
  | 'centre.default';

const vi: Record<KnowledgeKey, string | ((p: Params) => string)> = {
  'currency.asOf': (p) => `Thông tin cập nhật ngày ${s(p, 'date')} theo Cổng Dịch vụ công quốc gia.`,
  'fee.councilKnown': (p) => `${s(p, 'money')} (theo ${s(p, 'resolution')})`,
  'fee.councilUnknown': (p) =>
    `mức thu do HĐND tỉnh ${s(p, 'province')} quy định, tôi chưa có số tiền cụ thể; anh/chị xem ${s(p, 'resolution')} hoặc hỏi ${s(p, 'centre')}`,
  'fee.councilNoProfile': 'mức thu do HĐND tỉnh quy định, tôi chưa có số tiền cụ thể; anh/chị hỏi nơi nộp hồ sơ',
  'fee.until': (p) => `áp dụng đến hết ngày ${s(p, 'date')}`,
  'currency.note.district_level':
    'Lưu ý: từ 01/7/2025 không còn cấp huyện; thông tin "cấp huyện" trong thủ tục này có thể đã cũ. Anh/chị hỏi cán bộ xã trước khi đi.',
  'currency.note.cmnd_as_valid':
    'Lưu ý: chứng minh nhân dân 9 số đã hết giá trị từ 01/01/2025; anh/chị dùng thẻ căn cước (thẻ căn cước công dân cũ vẫn dùng được đến hạn in trên thẻ).',
  'currency.note.household_book':
    'Lưu ý: sổ hộ khẩu giấy không còn giá trị từ 01/01/2023; thông tin cư trú được tra trong Cơ sở dữ liệu quốc gia về dân cư.',
  'currency.note.superseded_one_stop': 'Lưu ý: cơ chế một cửa nay thực hiện theo Nghị định 118/2025/NĐ-CP.',
  'currency.replaced': (p) => `Thủ tục này thuộc cấp huyện cũ; thủ tục đang áp dụng là mã ${s(p, 'code')}.`,
  'centre.default': 'Bộ phận một cửa',
};

const en: Record<KnowledgeKey, string | ((p: Params) => string)> = {
  'currency.asOf': (p) => `Information as of ${s(p, 'date')}, from the National Public Service Portal.`,
  'fee.councilKnown': (p) => `${s(p, 'money')} (under ${s(p, 'resolution')})`,
  'fee.councilUnknown': (p) =>
    `set by the ${s(p, 'province')} Provincial People’s Council; I do not have the amount: see ${s(p, 'resolution')} or ask the ${s(p, 'centre')}`,
  'fee.councilNoProfile': 'set by the Provincial People’s Council; I do not have the amount: ask where you file',
  'fee.until': (p) => `until ${s(p, 'date')}`,
  'currency.note.district_level':
    'Note: since 1 July 2025 there is no district level; "district" details in this procedure may be out of date. Please ask the commune staff before you go.',
  'currency.note.cmnd_as_valid':
    'Note: the 9-digit ID card (CMND) stopped being valid on 1 January 2025; use your citizen ID card (old chip cards stay valid until the expiry printed on them).',
  'currency.note.household_book':
    'Note: paper household books stopped being valid on 1 January 2023; residence details are looked up in the national population database.',
  'currency.note.superseded_one_stop': 'Note: the one-stop mechanism now follows Decree 118/2025/NĐ-CP.',
  'currency.replaced': (p) => `This is the former district-level procedure; the one in force is code ${s(p, 'code')}.`,
  'centre.default': 'one-stop office',
};

export const knowledgeMessages: Catalog<KnowledgeKey> = { vi, en };
export const knowledgeText = translator(knowledgeMessages);
