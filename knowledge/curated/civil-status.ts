/**
 * Civil status (hộ tịch) and domestic adoption at the commune.
 * Aliases are how people type the need, not the official name: keep each
 * alias specific to one procedure so search does not confuse neighbours
 * (a lost birth certificate is a copy, 2.000635, not a new registration).
 */
import type { CuratedInput } from './types';
import { birthQuestions, deathQuestions, maritalStatusQuestions, marriageQuestions } from './questions';

export const civilStatus: CuratedInput[] = [
  {
    code: '1.001193',
    plainTitle: 'Làm giấy khai sinh cho con',
    englishTitle: 'Birth registration',
    popularity: 1,
    aliases: [
      'làm giấy khai sinh', 'lam giay khai sinh', 'đăng ký khai sinh', 'dang ky khai sinh',
      'đk khai sinh', 'dk khai sinh', 'khai sinh cho con', 'khai sinh cho bé', 'khai sinh cho em bé',
      'làm giấy khai sinh cho con', 'lam khai sinh cho con', 'làm khai sinh cho cháu',
      'con mới sinh', 'con moi sinh', 'bé mới sinh', 'em bé mới đẻ', 'vừa sinh con', 'vua sinh em be',
      'mới sinh con cần làm giấy tờ gì', 'giấy khai sinh', 'giay khai sinh', 'khai sanh', 'làm khai sanh',
      'đổi giấy chứng sinh lấy giấy khai sinh', 'đặt tên cho con làm giấy tờ',
      'birth registration', 'birth certificate', 'register a birth', "register my baby's birth", 'newborn papers',
    ],
    questions: birthQuestions,
  },
  {
    code: '1.000894',
    plainTitle: 'Đăng ký kết hôn',
    englishTitle: 'Marriage registration',
    popularity: 3,
    aliases: [
      'đăng ký kết hôn', 'dang ky ket hon', 'đk kết hôn', 'dk ket hon', 'dkkh', 'làm giấy kết hôn', 'lam giay ket hon',
      'giấy đăng ký kết hôn', 'giấy chứng nhận kết hôn', 'giay chung nhan ket hon', 'kết hôn', 'ket hon',
      'hôn thú', 'giấy hôn thú', 'làm hôn thú', 'đăng ký cưới', 'cưới vợ', 'lấy vợ', 'lấy chồng', 'lay chong',
      'sắp cưới cần giấy tờ gì', 'hai vợ chồng chưa đăng ký kết hôn', 'về ở với nhau muốn làm giấy kết hôn',
      'marriage registration', 'register our marriage', 'marriage certificate', 'get married',
    ],
    questions: marriageQuestions,
  },
  {
    code: '1.004873',
    plainTitle: 'Xin giấy xác nhận tình trạng hôn nhân (giấy độc thân)',
    englishTitle: 'Marital-status certificate (proof of single status)',
    popularity: 4,
    aliases: [
      'giấy độc thân', 'giay doc than', 'xin giấy độc thân', 'xin giay doc than', 'làm giấy độc thân',
      'xác nhận độc thân', 'xac nhan doc than', 'giấy xác nhận độc thân', 'chứng nhận độc thân',
      'xác nhận tình trạng hôn nhân', 'xac nhan tinh trang hon nhan', 'giấy xác nhận tình trạng hôn nhân', 'xnthn',
      'xác nhận chưa kết hôn', 'xác nhận chưa có vợ', 'xác nhận chưa có chồng', 'giấy chưa kết hôn',
      'giấy độc thân để mua nhà', 'giấy độc thân vay ngân hàng', 'giấy độc thân để cưới', 'giấy độc thân đi nước ngoài',
      'single status certificate', 'certificate of marital status', 'proof of single status', 'certificate of no impediment',
    ],
    questions: maritalStatusQuestions,
  },
  {
    code: '1.000656',
    plainTitle: 'Đăng ký khai tử khi người thân mất',
    englishTitle: 'Death registration',
    popularity: 6,
    aliases: [
      'đăng ký khai tử', 'dang ky khai tu', 'khai tử', 'khai tu', 'làm giấy khai tử', 'lam giay khai tu',
      'giấy chứng tử', 'giay chung tu', 'trích lục khai tử mới', 'báo tử', 'bao tu',
      'người nhà mất', 'nguoi nha mat', 'bố em mất', 'mẹ em mất', 'me em mat', 'ông mất', 'bà nội mất',
      'người thân qua đời', 'nguoi than qua doi', 'vợ mất', 'chồng mất', 'có người chết cần làm giấy gì', 'khai tử cho bố',
      'death registration', 'death certificate', 'register a death', 'my father died', 'my mother passed away',
    ],
    questions: deathQuestions,
  },
  {
    code: '2.000635',
    plainTitle: 'Xin bản sao giấy khai sinh, trích lục hộ tịch',
    englishTitle: 'Copy of a birth certificate or civil-status extract',
    popularity: 8,
    aliases: [
      'trích lục khai sinh', 'trich luc khai sinh', 'bản sao giấy khai sinh', 'ban sao giay khai sinh',
      'xin bản sao khai sinh', 'mất giấy khai sinh', 'mat giay khai sinh', 'giấy khai sinh bị mất', 'giấy khai sinh bị rách',
      'xin lại giấy khai sinh', 'cấp lại giấy khai sinh', 'trích lục hộ tịch', 'trich luc ho tich', 'xin trích lục',
      'trích lục kết hôn', 'bản sao giấy đăng ký kết hôn', 'mất giấy kết hôn', 'bản sao trích lục khai tử',
      'bản sao khai sinh bản chính của ủy ban', 'copy of birth certificate', 'civil status extract',
      'replacement birth certificate', 'lost birth certificate',
    ],
  },
  {
    code: '1.004859',
    plainTitle: 'Sửa, thay đổi, bổ sung thông tin hộ tịch (đổi tên, sửa ngày sinh)',
    englishTitle: 'Change or correction of civil-status details',
    popularity: 12,
    aliases: [
      'cải chính hộ tịch', 'cai chinh ho tich', 'thay đổi hộ tịch', 'sửa giấy khai sinh', 'sua giay khai sinh',
      'giấy khai sinh ghi sai', 'sai tên trong giấy khai sinh', 'sai ngày sinh', 'sửa ngày sinh', 'sua ngay sinh',
      'đổi tên', 'doi ten', 'đổi tên cho con', 'thay đổi họ tên', 'đổi họ cho con', 'đổi họ theo mẹ', 'cải chính ngày sinh',
      'bổ sung thông tin hộ tịch', 'bổ sung quê quán', 'xác định lại dân tộc', 'đổi dân tộc', 'doi dan toc',
      'change my name', 'correct birth certificate', 'correction of civil status',
    ],
  },
  {
    code: '1.000689',
    plainTitle: 'Khai sinh cho con kèm nhận cha (bố mẹ chưa đăng ký kết hôn)',
    englishTitle: 'Birth registration together with recognition of the father',
    popularity: 18,
    aliases: [
      'khai sinh kết hợp nhận cha', 'khai sinh ket hop nhan cha', 'khai sinh đồng thời nhận cha con',
      'khai sinh và nhận cha', 'khai sinh nhận cha mẹ con', 'làm khai sinh có tên bố khi chưa cưới',
      'chưa đăng ký kết hôn làm khai sinh cho con', 'chua dang ky ket hon lam khai sinh', 'con ngoài giá thú làm khai sinh',
      'chưa cưới mà có con', 'khai sinh ghi tên bố khi chưa kết hôn', 'bố nhận con khi làm khai sinh',
      'birth registration with recognition of father', 'register birth and acknowledge paternity', 'unmarried parents birth certificate',
    ],
  },
  {
    code: '1.001022',
    plainTitle: 'Đăng ký nhận cha, mẹ, con',
    englishTitle: 'Recognition of parentage',
    popularity: 24,
    aliases: [
      'nhận cha con', 'nhan cha con', 'đăng ký nhận cha mẹ con', 'dang ky nhan cha me con', 'nhận mẹ con',
      'nhận con', 'nhận con ruột', 'nhận con ngoài giá thú', 'bố nhận con', 'công nhận cha cho con',
      'bổ sung tên bố vào giấy khai sinh', 'giấy khai sinh chưa có tên bố', 'giay khai sinh khong co ten bo', 'thêm tên cha',
      'recognition of parentage', 'acknowledge paternity', 'recognise my child', 'add father to birth certificate',
    ],
  },
  {
    code: '1.004884',
    plainTitle: 'Đăng ký lại khai sinh (sổ gốc không còn)',
    englishTitle: 'Re-registration of a birth (original register lost)',
    popularity: 33,
    aliases: [
      'đăng ký lại khai sinh', 'dang ky lai khai sinh', 'khai sinh lại', 'đăng ký khai sinh lại',
      'sổ hộ tịch bị mất', 'sổ gốc khai sinh bị cháy', 'ủy ban không còn lưu sổ khai sinh', 'không còn sổ gốc khai sinh',
      're-register a birth', 'birth re-registration',
    ],
  },
  {
    code: '1.004772',
    plainTitle: 'Khai sinh cho người lớn chưa từng đăng ký khai sinh',
    englishTitle: 'Birth registration for a person who already has personal papers',
    popularity: 41,
    aliases: [
      'người lớn chưa có giấy khai sinh', 'chưa từng làm khai sinh', 'chua tung lam khai sinh',
      'có căn cước nhưng chưa có giấy khai sinh', 'khai sinh cho người lớn tuổi', 'khai sinh muộn cho người lớn',
      'ông bà chưa có giấy khai sinh', 'late birth registration for an adult',
    ],
  },
  {
    code: '1.004837',
    plainTitle: 'Đăng ký giám hộ',
    englishTitle: 'Guardianship registration',
    popularity: 35,
    aliases: [
      'đăng ký giám hộ', 'dang ky giam ho', 'giám hộ', 'giam ho', 'làm người giám hộ', 'nhận giám hộ', 'cử người giám hộ',
      'giám hộ cho cháu', 'giám hộ trẻ mồ côi', 'bố mẹ cháu mất ai nuôi', 'giám hộ cho người mất năng lực hành vi',
      'giám hộ người bị tâm thần', 'trông nom con của anh chị đã mất',
      'guardianship registration', 'become a guardian', 'legal guardian for a child',
    ],
  },
  {
    code: '2.001263',
    plainTitle: 'Đăng ký nhận con nuôi trong nước',
    englishTitle: 'Domestic adoption',
    popularity: 36,
    aliases: [
      'nhận con nuôi', 'nhan con nuoi', 'nuôi con nuôi', 'nuoi con nuoi', 'đăng ký nuôi con nuôi', 'xin con nuôi',
      'nhận cháu làm con nuôi', 'bố dượng nhận con riêng của vợ', 'mẹ kế nhận con riêng của chồng', 'nhận nuôi trẻ bị bỏ rơi',
      'nhận nuôi em bé', 'làm thủ tục con nuôi', 'adoption', 'adopt a child', 'domestic adoption',
    ],
  },
];
