/**
 * Land (đất đai). "Sổ đỏ" and "sổ hồng" both mean the land-use-right
 * certificate. Several land procedures are handled by the land registration
 * office rather than the commune; they are kept because citizens ask the
 * commune about them first.
 */
import { hint, landCertificate, requestForm } from './hints';
import type { CuratedInput } from './types';

export const land: CuratedInput[] = [
  {
    code: '1.013978',
    plainTitle: 'Làm sổ đỏ lần đầu (cấp giấy chứng nhận quyền sử dụng đất)',
    englishTitle: 'First land-use-right certificate ("red book")',
    popularity: 20,
    uploadHints: {
      d14: requestForm('đơn đăng ký đất đai, tài sản gắn liền với đất', 'the land registration application'),
      d7: hint(
        'Chụp giấy tờ về đất anh/chị đang có, ví dụ giấy giao đất cũ, giấy mua bán viết tay, biên lai nộp thuế đất, sổ địa chính cũ.',
        'Photograph whatever land papers you have, e.g. an old land allocation paper, a handwritten sale paper, land tax receipts, old cadastral records.',
      ),
      d9: hint('Nếu có: chụp mảnh trích đo bản đồ địa chính thửa đất.', 'If you have it: photograph the cadastral survey extract of the plot.'),
    },
    aliases: [
      'làm sổ đỏ', 'lam so do', 'sổ đỏ', 'so do', 'sổ hồng', 'so hong', 'làm sổ hồng', 'cấp sổ đỏ', 'cap so do',
      'cấp sổ đỏ lần đầu', 'làm bìa đỏ', 'lam bia do', 'xin cấp giấy chứng nhận quyền sử dụng đất', 'gcn qsdđ', 'gcnqsdd',
      'đăng ký đất đai lần đầu', 'đất chưa có sổ', 'dat chua co so', 'đất ông cha để lại chưa có sổ', 'đất khai hoang làm sổ',
      'hợp thức hóa đất', 'làm giấy tờ đất', 'làm sổ cho nhà đất', 'cấp giấy đỏ',
      'land title', 'land use right certificate', 'red book', 'first land certificate',
      'cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'làm sổ đỏ cho đất ông bà để lại', 'đất chưa có giấy tờ',
      'cấp bìa đỏ', 'xin cấp sổ đỏ', 'làm sổ đỏ lần đầu', 'đăng ký cấp sổ đỏ',
    ],
  },
  {
    code: '1.012812',
    plainTitle: 'Hòa giải tranh chấp đất đai ở xã',
    englishTitle: 'Land dispute mediation',
    popularity: 29,
    uploadHints: {
      d2: requestForm('đơn yêu cầu hòa giải tranh chấp đất đai', 'the land dispute mediation request'),
      d1: hint('Chụp các giấy tờ về đất đang tranh chấp (sổ đỏ, giấy mua bán, biên lai thuế…). Photo thường cũng được.', 'Photograph papers about the disputed land (certificate, sale papers, tax receipts…). Plain copies are fine.'),
    },
    aliases: [
      'tranh chấp đất', 'tranh chap dat', 'tranh chấp đất đai', 'hòa giải tranh chấp đất', 'hoa giai tranh chap dat',
      'hàng xóm lấn đất', 'hang xom lan dat', 'lấn chiếm đất', 'tranh chấp ranh giới đất', 'cãi nhau về ranh đất',
      'anh em tranh chấp đất', 'đơn tranh chấp đất', 'làm đơn hòa giải đất đai', 'xây lấn sang đất nhà mình',
      'land dispute', 'neighbour boundary dispute', 'mediation of land dispute',
      'tranh chấp ranh giới với hàng xóm', 'hàng xóm xây lấn', 'hòa giải đất đai', 'mâu thuẫn đất đai',
      'tranh chấp đất với anh em',
    ],
  },
  {
    code: '1.012796',
    plainTitle: 'Sửa sai sót trên sổ đỏ cấp lần đầu (đính chính)',
    englishTitle: 'Correction of an error on a first-issue land certificate',
    popularity: 37,
    uploadHints: {
      d1: hint('Chụp sổ đỏ bị ghi sai, rõ chỗ sai. Bản gốc sẽ nộp lại khi nhận sổ mới.', 'Photograph the certificate with the error visible. The original is handed in when you collect the corrected one.'),
      d2: hint('Chụp giấy tờ chứng minh thông tin đúng, ví dụ thẻ căn cước, giấy khai sinh.', 'Photograph papers showing the correct details, e.g. ID card or birth certificate.'),
      d4: requestForm('đơn đăng ký biến động đất đai', 'the land change registration form'),
    },
    aliases: [
      'đính chính sổ đỏ', 'dinh chinh so do', 'sổ đỏ ghi sai', 'so do ghi sai', 'sửa sổ đỏ', 'sua so do',
      'sai tên trên sổ đỏ', 'sai diện tích sổ đỏ', 'sổ đỏ sai số cmnd', 'sửa thông tin trên sổ đỏ', 'đính chính giấy chứng nhận',
      'correct land certificate', 'error on red book',
      'đính chính giấy chứng nhận quyền sử dụng đất', 'sổ đỏ in sai tên', 'sổ đỏ sai năm sinh',
      'đính chính sổ hồng', 'sổ hồng ghi sai', 'sai thông tin sổ hồng', 'dinh chinh so hong',
    ],
  },
  {
    code: '1.011441',
    plainTitle: 'Đăng ký thế chấp sổ đỏ (vay ngân hàng)',
    englishTitle: 'Registration of a mortgage on land',
    popularity: 32,
    // households mortgage a certified land right: the first group of the source (d1–d3, Điều 27 NĐ 99/2022)
    uploadHints: {
      d1: requestForm('phiếu yêu cầu đăng ký thế chấp (Mẫu 01a)', 'the mortgage registration request (form 01a)'),
      d2: hint(
        'Chụp hợp đồng thế chấp đã ký với ngân hàng (bản có công chứng, chứng thực nếu ngân hàng đã làm), đủ các trang.',
        'Photograph the mortgage contract signed with the bank (the notarised one if the bank had it notarised), every page.',
      ),
      d3: landCertificate,
    },
    aliases: [
      'thế chấp sổ đỏ', 'the chap so do', 'đăng ký thế chấp', 'dang ky the chap', 'đăng ký thế chấp quyền sử dụng đất',
      'cắm sổ đỏ', 'cam so do', 'vay ngân hàng bằng sổ đỏ', 'vay vốn thế chấp đất', 'đăng ký giao dịch bảo đảm',
      'đăng ký biện pháp bảo đảm', 'mortgage registration', 'mortgage land for a bank loan',
      'thế chấp sổ hồng', 'the chap so hong',
    ],
  },
  {
    code: '1.012786',
    plainTitle: 'Cấp lại sổ đỏ bị mất',
    englishTitle: 'Re-issue of a lost land certificate',
    popularity: 40,
    uploadHints: { d2: requestForm('đơn đăng ký biến động đất đai (Mẫu 18)', 'the land change registration form (form 18)') },
    aliases: [
      'mất sổ đỏ', 'mat so do', 'cấp lại sổ đỏ', 'cap lai so do', 'làm lại sổ đỏ bị mất', 'sổ đỏ bị cháy', 'mất sổ hồng',
      'thất lạc giấy chứng nhận quyền sử dụng đất', 'lost land certificate', 'lost red book',
      'làm lại sổ đỏ', 'lam lai so do', 'sổ đỏ bị mất', 'đánh mất sổ đỏ',
    ],
  },
  {
    code: '1.012783',
    plainTitle: 'Đổi sổ đỏ cũ, rách sang sổ mới',
    englishTitle: 'Exchange of a land certificate',
    popularity: 45,
    uploadHints: {
      d3: requestForm('đơn đăng ký biến động đất đai (Mẫu 18)', 'the land change registration form (form 18)'),
      d1: landCertificate,
    },
    aliases: [
      'đổi sổ đỏ', 'doi so do', 'cấp đổi sổ đỏ', 'cap doi so do', 'sổ đỏ bị rách', 'sổ đỏ cũ đổi sang mẫu mới',
      'đổi sổ đỏ sau đo đạc lại', 'đổi sổ hồng', 'exchange land certificate', 'damaged red book',
    ],
  },
  {
    code: '1.012784',
    plainTitle: 'Tách thửa, hợp thửa đất',
    englishTitle: 'Splitting or merging land plots',
    popularity: 31,
    uploadHints: {
      d2: requestForm('đơn đề nghị tách thửa, hợp thửa (Mẫu 21)', 'the plot split or merge application (form 21)'),
      d1: hint('Chụp bản vẽ tách thửa, hợp thửa do đơn vị đo đạc lập.', 'Photograph the split or merge drawing made by the surveyor.'),
      d4: landCertificate,
    },
    aliases: [
      'tách thửa', 'tach thua', 'tách thửa đất', 'tách sổ đỏ', 'tach so do', 'chia đất cho con tách sổ', 'hợp thửa',
      'hop thua', 'gộp sổ đỏ', 'tách đất làm sổ riêng', 'split a land plot', 'merge land plots',
      'tách sổ hồng',
    ],
  },
  {
    code: '1.013949',
    plainTitle: 'Xin chuyển mục đích sử dụng đất (lên thổ cư)',
    englishTitle: 'Change of land-use purpose',
    popularity: 34,
    // a household's change of purpose is the source's last group (d26–d28: "không chấp thuận chủ trương
    // đầu tư"); the other 25 papers are for investors, forest auctions and company land
    uploadHints: {
      d27: requestForm('đơn đề nghị chuyển mục đích sử dụng đất', 'the application for a change of land-use purpose'),
      d26: landCertificate,
    },
    aliases: [
      'chuyển mục đích sử dụng đất', 'chuyen muc dich su dung dat', 'lên thổ cư', 'len tho cu', 'chuyển lên đất ở',
      'chuyển đất vườn lên thổ cư', 'chuyển đất nông nghiệp sang đất ở', 'chuyển đất ruộng làm nhà', 'xin giao đất',
      'xin thuê đất', 'change land use purpose', 'convert farmland to residential land',
    ],
  },
];
