/**
 * Identity cards and the electronic ID (commune police). Since 1 July 2024
 * the card is "thẻ căn cước"; people still say CCCD and CMND. Someone with
 * only an old 9-digit CMND gets a first card (1.014061), not an exchange.
 */
import { hint } from './hints';
import type { CuratedInput } from './types';

export const identity: CuratedInput[] = [
  {
    code: '1.014061',
    plainTitle: 'Làm thẻ căn cước lần đầu (từ 14 tuổi)',
    englishTitle: 'First citizen ID card (age 14 and over)',
    popularity: 11,
    // DC01, DC02 and CC01 are police forms printed and filled at enrolment (checked against the raw record)
    preparedByOffice: ['d1', 'd2', 'd3'],
    // a first card: the applicant has no card number to give
    applicantHasNoIdCard: true,
    aliases: [
      'làm căn cước', 'lam can cuoc', 'làm cccd', 'lam cccd', 'làm căn cước công dân', 'làm thẻ căn cước',
      'cấp căn cước lần đầu', 'cap can cuoc lan dau', 'làm căn cước lần đầu', 'con đủ 14 tuổi làm căn cước',
      'làm căn cước cho con 14 tuổi', 'đổi cmnd sang căn cước', 'doi cmnd sang cccd', 'chuyển chứng minh thư sang căn cước',
      'làm chứng minh nhân dân', 'làm cmnd', 'lam cmnd', 'chưa có căn cước', 'làm thẻ cccd gắn chip', 'cccd gan chip',
      'first id card', 'citizen id card', 'get an id card', 'identity card application',
      'làm căn cước lần đầu cho con 14 tuổi', 'cấp căn cước', 'đi làm căn cước ở đâu', 'thủ tục làm căn cước công dân',
      'làm căn cước gắn chip',
    ],
  },
  {
    code: '1.014063',
    plainTitle: 'Đổi thẻ căn cước (hỏng, hết hạn, đổi thông tin)',
    englishTitle: 'Exchange of the citizen ID card',
    popularity: 13,
    // d1 DC02 and d3 CC01 are prepared by the police at the counter
    preparedByOffice: ['d1', 'd3'],
    uploadHints: {
      d2: hint(
        'Chỉ khi làm cho con dưới 14 tuổi: chụp giấy khai sinh của bé hoặc giấy tờ chứng minh anh/chị là người đại diện hợp pháp.',
        "Only for a child under 14: photograph the child's birth certificate or proof that you are the legal representative.",
      ),
    },
    aliases: [
      'đổi căn cước', 'doi can cuoc', 'đổi cccd', 'doi cccd', 'cấp đổi căn cước', 'cap doi can cuoc', 'cấp đổi thẻ căn cước',
      'căn cước hết hạn', 'can cuoc het han', 'cccd hết hạn', 'đủ 25 tuổi đổi căn cước', 'đổi căn cước năm 40 tuổi',
      'đổi căn cước khi 60 tuổi', 'thẻ căn cước bị hỏng', 'thẻ căn cước bị gãy', 'căn cước bị mờ', 'sai thông tin trên căn cước',
      'đổi căn cước vì thay đổi tên', 'đổi căn cước sau khi chuyển hộ khẩu', 'đổi căn cước công dân sang thẻ căn cước',
      'renew id card', 'exchange id card', 'id card expired', 'damaged id card',
      'đổi thẻ căn cước', 'cccd sai thông tin đổi lại', 'thay đổi thông tin trên căn cước', 'căn cước hỏng',
    ],
  },
  {
    code: '1.014064',
    plainTitle: 'Làm lại thẻ căn cước bị mất',
    englishTitle: 'Re-issue of a lost citizen ID card',
    popularity: 17,
    // d2 DC02 and d4 CC01 are prepared by the police at the counter
    preparedByOffice: ['d2', 'd4'],
    uploadHints: {
      d3: hint(
        'Chỉ khi làm cho con dưới 14 tuổi: chụp giấy khai sinh của bé hoặc giấy tờ chứng minh anh/chị là người đại diện hợp pháp.',
        "Only for a child under 14: photograph the child's birth certificate or proof that you are the legal representative.",
      ),
    },
    aliases: [
      'cấp lại căn cước', 'cap lai can cuoc', 'cấp lại thẻ căn cước', 'mất căn cước', 'mat can cuoc', 'mất cccd', 'mat cccd',
      'làm lại căn cước', 'lam lai can cuoc', 'làm lại cccd', 'đánh rơi căn cước', 'bị mất ví mất căn cước', 'căn cước bị trộm',
      'mất thẻ căn cước công dân', 'mất chứng minh thư', 'làm lại cccd bị mất',
      'lost id card', 'reissue id card', 'replace a lost id card', 'id card stolen',
      'làm lại thẻ căn cước do mất', 'mất căn cước công dân làm lại ở đâu', 'rơi mất cccd',
    ],
  },
  {
    code: '3.000228',
    plainTitle: 'Đăng ký tài khoản định danh điện tử mức 2 (VNeID)',
    englishTitle: 'Electronic ID account level 2 (VNeID)',
    popularity: 14,
    presentAtCounter: ['d1'],
    aliases: [
      'vneid', 'vneid mức 2', 'vneid muc 2', 'định danh điện tử', 'dinh danh dien tu', 'định danh mức 2', 'dinh danh muc 2',
      'kích hoạt vneid', 'kich hoat vneid', 'đăng ký vneid', 'tài khoản định danh điện tử', 'căn cước điện tử',
      'can cuoc dien tu', 'mức độ 2', 'cài vneid', 'không đăng nhập được vneid', 'làm định danh điện tử cho con',
      'electronic id', 'vneid account', 'digital id level 2',
    ],
  },
  {
    code: '1.014062',
    plainTitle: 'Làm thẻ căn cước cho trẻ dưới 14 tuổi',
    englishTitle: 'Citizen ID card for a child under 14',
    popularity: 28,
    // d1/d4 CC01 and d3 DC02 are prepared by the police at the counter
    preparedByOffice: ['d1', 'd3', 'd4'],
    uploadHints: {
      d2: hint(
        'Chụp giấy khai sinh của bé hoặc giấy tờ chứng minh anh/chị là bố, mẹ hoặc người giám hộ của bé.',
        "Photograph the child's birth certificate or proof that you are the parent or guardian.",
      ),
    },
    aliases: [
      'căn cước cho trẻ em', 'can cuoc cho tre em', 'làm căn cước cho bé', 'làm căn cước cho con dưới 14 tuổi',
      'căn cước cho trẻ dưới 14 tuổi', 'cccd cho trẻ em', 'làm căn cước cho con nhỏ để đi máy bay', 'căn cước cho học sinh',
      'id card for a child', 'child id card',
    ],
  },
  {
    code: '1.012564',
    plainTitle: 'Sửa thông tin trong Cơ sở dữ liệu dân cư',
    englishTitle: 'Correction of data in the national population database',
    popularity: 38,
    aliases: [
      'sửa thông tin dân cư', 'sua thong tin dan cu', 'điều chỉnh thông tin cơ sở dữ liệu dân cư', 'sai thông tin trên vneid',
      'thông tin dân cư bị sai', 'cập nhật thông tin dân cư', 'sai ngày sinh trên hệ thống dân cư', 'dữ liệu dân cư sai quê quán',
      'fix population database record', 'wrong data in vneid',
      'thông tin trên vneid bị sai', 'sai ngày sinh trên vneid', 'vneid sai thông tin', 'sửa thông tin trên vneid',
    ],
  },
];
