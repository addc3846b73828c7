/**
 * Certification (chứng thực) at the commune. People say "công chứng" for
 * all of it; the commune certifies, notaries notarise, and for a citizen
 * asking for "photo công chứng" the right procedure is the certified copy.
 */
import { draftDocument, hint, landCertificate } from './hints';
import type { CuratedInput } from './types';

export const certification: CuratedInput[] = [
  {
    code: '2.000815',
    plainTitle: 'Chứng thực bản sao từ bản chính (photo công chứng)',
    englishTitle: 'Certified copy of an original document',
    popularity: 2,
    presentAtCounter: ['d1'],
    aliases: [
      'photo công chứng', 'photo cong chung', 'công chứng giấy tờ', 'cong chung giay to', 'công chứng bản sao',
      'chứng thực bản sao', 'chung thuc ban sao', 'sao y bản chính', 'sao y', 'sao y ban chinh',
      'công chứng căn cước', 'công chứng cccd', 'cong chung cccd', 'công chứng giấy khai sinh', 'công chứng sổ đỏ',
      'công chứng học bạ', 'công chứng bằng tốt nghiệp', 'chứng thực giấy tờ', 'bản sao chứng thực', 'ban sao chung thuc',
      'photo có chứng thực', 'đóng dấu sao y', 'chứng thực hồ sơ xin việc',
      'certified copy', 'certify a copy', 'notarized copy', 'notarised photocopy',
      'công chứng', 'cong chung', 'đi công chứng', 'chứng thực giấy tờ photo', 'công chứng bản photo',
      'đi công chứng giấy tờ ở xã', 'sao y giấy tờ', 'chứng thực bằng đại học', 'công chứng giấy tờ tùy thân',
    ],
  },
  {
    code: '2.000884',
    plainTitle: 'Chứng thực chữ ký',
    englishTitle: 'Certification of a signature',
    popularity: 10,
    presentAtCounter: ['d1', 'd2'],
    aliases: [
      'chứng thực chữ ký', 'chung thuc chu ky', 'xác nhận chữ ký', 'xac nhan chu ky', 'công chứng chữ ký',
      'chứng thực giấy ủy quyền', 'chứng thực giấy uỷ quyền', 'chung thuc giay uy quyen', 'làm giấy ủy quyền',
      'ký giấy ủy quyền ở xã', 'chứng thực điểm chỉ', 'lăn tay điểm chỉ', 'chứng thực đơn', 'xác nhận chữ ký trong đơn',
      'chứng thực chữ ký bản cam kết', 'certify a signature', 'signature certification', 'power of attorney signature',
      'chứng thực chữ ký trên giấy ủy quyền', 'ký xác nhận ở ủy ban', 'chứng thực chữ ký tờ khai',
      'chứng thực chữ ký giấy cam kết',
    ],
  },
  {
    code: '2.001035',
    plainTitle: 'Chứng thực hợp đồng về nhà, đất, tài sản (mua bán, tặng cho, thế chấp)',
    englishTitle: 'Certification of a contract on land, a house or movable property',
    popularity: 15,
    uploadHints: {
      d2: draftDocument('hợp đồng', 'contract'),
      d1: landCertificate,
    },
    aliases: [
      'chứng thực hợp đồng', 'chung thuc hop dong', 'công chứng hợp đồng mua bán đất', 'chứng thực hợp đồng tặng cho',
      'hợp đồng tặng cho đất', 'hop dong tang cho dat', 'cho con đất', 'bố mẹ cho đất con', 'bo me cho dat con',
      'chuyển nhượng đất làm hợp đồng ở xã', 'hợp đồng mua bán nhà', 'hợp đồng mua bán đất', 'mua bán đất giấy tay',
      'chứng thực hợp đồng thế chấp', 'chứng thực hợp đồng mua bán xe', 'chứng thực hợp đồng cho thuê nhà',
      'chứng thực giao dịch nhà đất', 'công chứng hợp đồng sang tên',
      'land gift contract', 'certify a land sale contract', 'house sale contract certification',
      'chứng thực hợp đồng chuyển nhượng quyền sử dụng đất', 'công chứng hợp đồng tặng cho nhà',
      'tặng cho quyền sử dụng đất', 'bố mẹ tặng đất cho con', 'cho tặng đất', 'hợp đồng mua bán đất ở xã',
      'hợp đồng tặng cho nhà đất',
    ],
  },
  {
    code: '2.001406',
    plainTitle: 'Chứng thực văn bản chia thừa kế (phân chia di sản)',
    englishTitle: 'Certification of an inheritance division agreement',
    popularity: 25,
    uploadHints: {
      d1: draftDocument('văn bản phân chia di sản', 'inheritance division agreement'),
      d2: landCertificate,
    },
    aliases: [
      'chia thừa kế', 'chia thua ke', 'phân chia di sản', 'phan chia di san', 'văn bản thỏa thuận phân chia di sản',
      'khai nhận di sản', 'khai nhan di san', 'thừa kế đất của bố mẹ', 'chia đất thừa kế', 'bố mẹ mất chia đất',
      'làm thủ tục thừa kế', 'thỏa thuận chia tài sản thừa kế', 'nhận thừa kế nhà đất',
      'inheritance agreement', 'divide an inheritance', 'inherit land',
    ],
  },
  {
    code: '2.001019',
    plainTitle: 'Chứng thực di chúc',
    englishTitle: 'Certification of a will',
    popularity: 30,
    uploadHints: {
      d2: draftDocument('di chúc', 'will'),
      d1: landCertificate,
    },
    aliases: [
      'chứng thực di chúc', 'chung thuc di chuc', 'làm di chúc', 'lam di chuc', 'viết di chúc', 'lập di chúc',
      'công chứng di chúc', 'di chúc để lại đất cho con', 'để lại tài sản cho con cháu', 'di chuc',
      'certify a will', 'make a will', 'last will',
    ],
  },
  {
    code: '2.001016',
    plainTitle: 'Chứng thực văn bản từ chối nhận di sản',
    englishTitle: 'Certification of a renunciation of inheritance',
    popularity: 42,
    uploadHints: {
      d2: draftDocument('văn bản từ chối nhận di sản', 'renunciation'),
      d1: landCertificate,
    },
    aliases: [
      'từ chối nhận di sản', 'tu choi nhan di san', 'từ chối thừa kế', 'không nhận thừa kế', 'nhường phần thừa kế',
      'nhường đất thừa kế cho anh em', 'renounce an inheritance', 'refuse inheritance',
    ],
  },
  {
    // Not the civil-status copy: extracts and birth certificates come from the civil
    // register (2.000635). This is any other paper, copied from the master book by
    // the office that issued it (a school for a diploma, the commune for its own papers).
    code: '2.000908',
    plainTitle: 'Xin bản sao từ sổ gốc (văn bằng, giấy tờ do cơ quan cấp trước đây)',
    englishTitle: 'Copy from the master register of a paper an office issued',
    popularity: 47,
    uploadHints: {
      d2: hint(
        'Chỉ khi xin bản sao cho người khác (bố mẹ, con, vợ chồng, người đã mất, người ủy quyền cho anh/chị): chụp giấy tờ chứng minh quan hệ, ví dụ giấy khai sinh, giấy kết hôn hoặc giấy ủy quyền.',
        'Only when asking for a copy of someone else\'s paper (parent, child, spouse, a deceased relative, or someone who authorised you): photograph a paper proving the relation, e.g. a birth or marriage certificate, or the authorisation.',
      ),
    },
    presentAtCounter: ['d1'],
    aliases: [
      'bản sao từ sổ gốc', 'ban sao tu so goc', 'cấp bản sao từ sổ gốc', 'xin bản sao từ sổ gốc',
      'mất bản chính xin bản sao từ sổ gốc', 'bản sao bằng tốt nghiệp từ sổ gốc', 'mất bằng tốt nghiệp xin bản sao',
      'xin bản sao văn bằng', 'bản sao giấy tờ ủy ban cấp trước đây', 'copy from the master register', 'copy of a lost diploma',
    ],
  },
  {
    code: '2.000913',
    plainTitle: 'Chứng thực sửa đổi, bổ sung, hủy bỏ hợp đồng đã chứng thực',
    englishTitle: 'Certification of amending or cancelling a certified contract',
    popularity: 48,
    uploadHints: {
      d1: draftDocument('văn bản sửa đổi, bổ sung hoặc hủy bỏ', 'amendment or cancellation'),
      d2: hint('Chụp hợp đồng đã được chứng thực trước đây, đủ các trang.', 'Photograph every page of the contract that was certified before.'),
    },
    aliases: [
      'sửa hợp đồng đã chứng thực', 'hủy hợp đồng đã chứng thực', 'huy hop dong da chung thuc', 'hủy hợp đồng tặng cho',
      'bổ sung hợp đồng', 'sửa đổi giao dịch', 'amend a certified contract', 'cancel a certified contract',
    ],
  },
];
