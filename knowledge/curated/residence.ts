/**
 * Residence (cư trú), handled by the commune police. People still speak of
 * "hộ khẩu" and "sổ tạm trú" although paper books ended in 2023.
 */
import { hint, requestForm, residenceForm } from './hints';
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
    uploadHints: {
      d17: residenceForm,
      d14: hint(
        'Chỉ khi nhập khẩu vào nhà thuê, mượn, ở nhờ: chụp hợp đồng thuê hoặc giấy cho ở nhờ đã công chứng hoặc chứng thực, đủ các trang.',
        'Only when registering at a rented, borrowed or lent home: photograph every page of the notarised or certified rental or lending agreement.',
      ),
    },
    lookedUp: ['d5', 'd15', 'd16'],
    aliases: [
      'nhập khẩu', 'nhap khau', 'nhập hộ khẩu', 'nhap ho khau', 'đăng ký thường trú', 'dang ky thuong tru', 'đk thường trú',
      'dk thuong tru', 'nhập khẩu cho con', 'nhap khau cho con', 'nhập khẩu về nhà chồng', 'nhập khẩu về nhà vợ',
      'chuyển hộ khẩu', 'chuyen ho khau', 'chuyển khẩu', 'làm hộ khẩu', 'lam ho khau', 'đăng ký hộ khẩu',
      'nhập khẩu vào nhà mới mua', 'nhập khẩu nhà bố mẹ', 'thêm người vào hộ khẩu', 'đưa tên con vào hộ khẩu',
      'thường trú', 'hộ khẩu thường trú',
      'permanent residence registration', 'register permanent address', 'household registration',
      'nhập khẩu cho vợ', 'nhập khẩu cho cháu', 'chuyển hộ khẩu về quê', 'đăng ký thường trú cho con mới sinh',
      'chuyển khẩu sang nhà mới', 'nhà mới mua xong nhập khẩu', 'về làm dâu nhập khẩu', 'đăng ký thường trú online',
    ],
    questions: permanentResidenceQuestions,
  },
  {
    code: '1.004194',
    plainTitle: 'Đăng ký tạm trú (thuê trọ, ở nhờ)',
    englishTitle: 'Temporary residence registration',
    popularity: 7,
    uploadHints: {
      d3: residenceForm,
      d2: hint(
        'Chụp hợp đồng thuê nhà, thuê phòng hoặc giấy cho ở nhờ có chữ ký của chủ nhà (viết tay cũng được, không cần công chứng). Nếu ở nhà của mình hoặc nhà người thân đã có sổ đỏ, cán bộ tự tra, có thể bỏ qua.',
        "Photograph the rental contract or the owner's signed permission to stay (handwritten is fine, no notarisation needed). If it is your own or a relative's home with a land certificate, the officer looks it up and you may skip this.",
      ),
    },
    aliases: [
      'đăng ký tạm trú', 'dang ky tam tru', 'đk tạm trú', 'dk tam tru', 'khai báo tạm trú', 'khai bao tam tru',
      'làm tạm trú', 'lam tam tru', 'tạm trú', 'tam tru', 'sổ tạm trú', 'làm sổ tạm trú', 'thẻ tạm trú cho người Việt',
      'thuê nhà trọ', 'thue nha tro', 'thuê phòng trọ', 'ở trọ', 'o tro', 'đi làm thuê ở xa', 'công nhân thuê trọ',
      'sinh viên thuê trọ đăng ký tạm trú', 'ở nhờ nhà người quen', 'chuyển đến ở tạm', 'chủ trọ bắt khai tạm trú',
      'temporary residence registration', 'register temporary address', 'renting a room registration',
      'đăng ký tạm trú cho công nhân', 'ở trọ có phải đăng ký tạm trú không', 'thuê phòng trọ làm tạm trú',
      'làm tạm trú online', 'chủ trọ đăng ký tạm trú cho người thuê', 'khai tạm trú', 'thuê nhà ở tạm',
      'register as a tenant',
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
      'mất sổ hộ khẩu', 'mat so ho khau', 'sổ hộ khẩu bị mất', 'xin lại sổ hộ khẩu',
    ],
  },
  {
    code: '1.002755',
    plainTitle: 'Gia hạn tạm trú',
    englishTitle: 'Extension of temporary residence',
    popularity: 16,
    uploadHints: { d6: residenceForm },
    aliases: [
      'gia hạn tạm trú', 'gia han tam tru', 'tạm trú hết hạn', 'tam tru het han', 'hết hạn tạm trú', 'làm lại tạm trú',
      'gia hạn thời hạn tạm trú', 'kéo dài tạm trú', 'tạm trú sắp hết hạn', 'gia hạn sổ tạm trú', 'ở trọ tiếp gia hạn',
      'extend temporary residence', 'temporary residence expired',
      'tam tru sap het han', 'gia hạn đăng ký tạm trú', 'tạm trú hết 2 năm',
    ],
    questions: residenceExtensionQuestions,
  },
  {
    code: '1.010038',
    plainTitle: 'Tách hộ (tách khẩu)',
    englishTitle: 'Household split',
    popularity: 19,
    uploadHints: {
      d4: residenceForm,
      d3: hint(
        'Chỉ khi vợ chồng đã ly hôn mà vẫn ở chung nhà: chụp quyết định hoặc bản án ly hôn và giấy tờ cho thấy anh/chị vẫn được ở tại đó.',
        'Only for a divorced spouse still living in the same home: photograph the divorce decision and proof you may keep living there.',
      ),
    },
    aliases: [
      'tách hộ', 'tach ho', 'tách khẩu', 'tach khau', 'tách hộ khẩu', 'tach ho khau', 'tách sổ hộ khẩu',
      'ra riêng tách hộ', 'con cưới vợ muốn tách hộ', 'tách hộ riêng', 'lập hộ mới', 'làm chủ hộ riêng', 'tách hộ để nhận hỗ trợ',
      'split household', 'household split', 'separate household registration',
      'tách hộ khẩu ra riêng', 'tách hộ khi lấy vợ', 'ra ở riêng tách khẩu',
    ],
  },
  {
    code: '1.003677',
    plainTitle: 'Khai báo tạm vắng',
    englishTitle: 'Declaration of temporary absence',
    popularity: 21,
    uploadHints: {
      d2: hint(
        'Chỉ với người đang bị quản lý, giám sát (án treo, quản chế…): chụp văn bản đồng ý cho đi của cơ quan quản lý.',
        'Only for people under supervision (suspended sentence, probation…): photograph the supervising agency\'s written permission.',
      ),
    },
    aliases: [
      'khai báo tạm vắng', 'khai bao tam vang', 'tạm vắng', 'tam vang', 'đăng ký tạm vắng', 'dang ky tam vang',
      'đi làm xa báo vắng', 'vắng nhà lâu', 'đi xuất khẩu lao động báo tạm vắng', 'đi làm ăn xa khai báo',
      'báo vắng mặt ở địa phương', 'declare temporary absence', 'leaving home for a long time',
      'đi làm xa có cần khai báo tạm vắng', 'khai báo vắng mặt', 'đi nước ngoài khai báo tạm vắng',
      'đi khỏi địa phương',
    ],
    questions: absenceQuestions,
  },
  {
    code: '1.003197',
    plainTitle: 'Xóa đăng ký thường trú (cắt khẩu)',
    englishTitle: 'Removal of permanent residence registration',
    popularity: 27,
    uploadHints: { d2: requestForm('tờ khai thay đổi thông tin cư trú (CT01)', 'the residence change form (CT01)') },
    lookedUp: ['d1'],
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
      'bố là chủ hộ đã mất', 'thay chủ hộ', 'đổi chủ hộ khi chủ hộ mất', 'chuyển tên chủ hộ',
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
    uploadHints: { d2: requestForm('tờ khai thay đổi thông tin cư trú (CT01)', 'the residence change form (CT01)') },
    lookedUp: ['d1'],
    aliases: [
      'xóa tạm trú', 'xoa tam tru', 'xóa đăng ký tạm trú', 'hủy tạm trú', 'huy tam tru', 'chuyển trọ xóa tạm trú',
      'cancel temporary residence',
    ],
  },
];
