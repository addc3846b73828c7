/**
 * Residence (cư trú), handled by the commune police. People still speak of
 * "hộ khẩu" and "sổ tạm trú" although paper books ended in 2023.
 */
import type { CuratedInput } from './types';
import {
  absenceQuestions,
  permanentResidenceQuestions,
  residenceExtensionQuestions,
  temporaryResidenceQuestions,
} from './questions';

export const residence: CuratedInput[] = [
  {
    code: '1.004222',
    plainTitle: 'Đăng ký thường trú (nhập hộ khẩu)',
    englishTitle: 'Permanent residence registration',
    popularity: 5,
    aliases: [
      'nhập khẩu', 'nhap khau', 'nhập hộ khẩu', 'nhap ho khau', 'đăng ký thường trú', 'dang ky thuong tru', 'đk thường trú',
      'dk thuong tru', 'nhập khẩu cho con', 'nhap khau cho con', 'nhập khẩu về nhà chồng', 'nhập khẩu về nhà vợ',
      'chuyển hộ khẩu', 'chuyen ho khau', 'chuyển khẩu', 'làm hộ khẩu', 'lam ho khau', 'đăng ký hộ khẩu',
      'nhập khẩu vào nhà mới mua', 'nhập khẩu nhà bố mẹ', 'thêm người vào hộ khẩu', 'đưa tên con vào hộ khẩu',
      'thường trú', 'hộ khẩu thường trú',
      'permanent residence registration', 'register permanent address', 'household registration',
    ],
    questions: permanentResidenceQuestions,
  },
  {
    code: '1.004194',
    plainTitle: 'Đăng ký tạm trú (thuê trọ, ở nhờ)',
    englishTitle: 'Temporary residence registration',
    popularity: 7,
    aliases: [
      'đăng ký tạm trú', 'dang ky tam tru', 'đk tạm trú', 'dk tam tru', 'khai báo tạm trú', 'khai bao tam tru',
      'làm tạm trú', 'lam tam tru', 'tạm trú', 'tam tru', 'sổ tạm trú', 'làm sổ tạm trú', 'thẻ tạm trú cho người Việt',
      'thuê nhà trọ', 'thue nha tro', 'thuê phòng trọ', 'ở trọ', 'o tro', 'đi làm thuê ở xa', 'công nhân thuê trọ',
      'sinh viên thuê trọ đăng ký tạm trú', 'ở nhờ nhà người quen', 'chuyển đến ở tạm', 'chủ trọ bắt khai tạm trú',
      'temporary residence registration', 'register temporary address', 'renting a room registration',
    ],
    questions: temporaryResidenceQuestions,
  },
  {
    code: '1.010041',
    plainTitle: 'Xin giấy xác nhận thông tin cư trú (thay sổ hộ khẩu)',
    englishTitle: 'Residence information confirmation',
    popularity: 9,
    aliases: [
      'xác nhận cư trú', 'xac nhan cu tru', 'giấy xác nhận cư trú', 'giay xac nhan cu tru', 'xác nhận thông tin cư trú',
      'giấy xác nhận thông tin về cư trú', 'ct07', 'mẫu ct07', 'giấy xác nhận hộ khẩu', 'xác nhận hộ khẩu',
      'giấy xác nhận thường trú', 'xác nhận tạm trú', 'giấy thay sổ hộ khẩu', 'sổ hộ khẩu bị thu hồi dùng giấy gì',
      'xin giấy cư trú để nhập học cho con', 'chứng minh nơi ở', 'xác nhận nơi ở hiện tại',
      'proof of residence', 'residence confirmation', 'certificate of residence',
    ],
  },
  {
    code: '1.002755',
    plainTitle: 'Gia hạn tạm trú',
    englishTitle: 'Extension of temporary residence',
    popularity: 16,
    aliases: [
      'gia hạn tạm trú', 'gia han tam tru', 'tạm trú hết hạn', 'tam tru het han', 'hết hạn tạm trú', 'làm lại tạm trú',
      'gia hạn thời hạn tạm trú', 'kéo dài tạm trú', 'tạm trú sắp hết hạn', 'gia hạn sổ tạm trú', 'ở trọ tiếp gia hạn',
      'extend temporary residence', 'temporary residence expired',
    ],
    questions: residenceExtensionQuestions,
  },
  {
    code: '1.010038',
    plainTitle: 'Tách hộ (tách khẩu)',
    englishTitle: 'Household split',
    popularity: 19,
    aliases: [
      'tách hộ', 'tach ho', 'tách khẩu', 'tach khau', 'tách hộ khẩu', 'tach ho khau', 'tách sổ hộ khẩu',
      'ra riêng tách hộ', 'con cưới vợ muốn tách hộ', 'tách hộ riêng', 'lập hộ mới', 'làm chủ hộ riêng', 'tách hộ để nhận hỗ trợ',
      'split household', 'household split', 'separate household registration',
    ],
  },
  {
    code: '1.003677',
    plainTitle: 'Khai báo tạm vắng',
    englishTitle: 'Declaration of temporary absence',
    popularity: 21,
    aliases: [
      'khai báo tạm vắng', 'khai bao tam vang', 'tạm vắng', 'tam vang', 'đăng ký tạm vắng', 'dang ky tam vang',
      'đi làm xa báo vắng', 'vắng nhà lâu', 'đi xuất khẩu lao động báo tạm vắng', 'đi làm ăn xa khai báo',
      'báo vắng mặt ở địa phương', 'declare temporary absence', 'leaving home for a long time',
    ],
    questions: absenceQuestions,
  },
  {
    code: '1.003197',
    plainTitle: 'Xóa đăng ký thường trú (cắt khẩu)',
    englishTitle: 'Removal of permanent residence registration',
    popularity: 27,
    aliases: [
      'cắt khẩu', 'cat khau', 'cắt hộ khẩu', 'cat ho khau', 'xóa hộ khẩu', 'xoa ho khau', 'xóa đăng ký thường trú',
      'xoa dang ky thuong tru', 'xóa thường trú', 'xóa tên khỏi hộ khẩu', 'cắt khẩu người đã mất', 'cắt khẩu đi nước ngoài',
      'remove permanent residence', 'deregister permanent address',
    ],
  },
  {
    code: '1.010039',
    plainTitle: 'Điều chỉnh thông tin cư trú',
    englishTitle: 'Correction of residence information',
    popularity: 39,
    aliases: [
      'điều chỉnh thông tin cư trú', 'dieu chinh thong tin cu tru', 'sửa thông tin cư trú', 'sai thông tin hộ khẩu',
      'đổi chủ hộ', 'thay đổi chủ hộ', 'doi chu ho', 'chủ hộ mất đổi chủ hộ', 'sửa thông tin trong sổ hộ khẩu',
      'change householder', 'correct residence record',
    ],
  },
  {
    code: '2.001159',
    plainTitle: 'Thông báo lưu trú (khách ở lại qua đêm)',
    englishTitle: 'Notice of a short stay (overnight guest)',
    popularity: 43,
    aliases: [
      'thông báo lưu trú', 'thong bao luu tru', 'khai báo lưu trú', 'khai bao luu tru', 'báo lưu trú', 'khách ngủ lại',
      'người thân đến chơi ngủ lại', 'khai báo khách ở qua đêm', 'nhà nghỉ homestay báo lưu trú',
      'guest staying overnight', 'report an overnight stay',
    ],
  },
  {
    code: '1.010028',
    plainTitle: 'Xóa đăng ký tạm trú',
    englishTitle: 'Removal of temporary residence registration',
    popularity: 46,
    aliases: [
      'xóa tạm trú', 'xoa tam tru', 'xóa đăng ký tạm trú', 'hủy tạm trú', 'huy tam tru', 'chuyển trọ xóa tạm trú',
      'cancel temporary residence',
    ],
  },
];
