/**
 * Civil status (hộ tịch) and domestic adoption at the commune.
 * Aliases are how people type the need, not the official name: keep each
 * alias specific to one procedure so search does not confuse neighbours
 * (a lost birth certificate is a copy, 2.000635, not a new registration).
 */
import { authorisation, hint, requestForm } from './hints';
import type { CuratedInput } from './types';
import {
  birthQuestions,
  civilStatusChangeQuestions,
  civilStatusCopyQuestions,
  deathQuestions,
  maritalStatusQuestions,
  marriageQuestions,
} from './questions';

export const civilStatus: CuratedInput[] = [
  {
    code: '1.001193',
    plainTitle: 'Làm giấy khai sinh cho con',
    englishTitle: 'Birth registration',
    popularity: 1,
    uploadHints: {
      d5: hint(
        'Chụp giấy chứng sinh bệnh viện hoặc trạm y tế cấp cho bé: chụp thẳng, đủ 4 góc, rõ tên mẹ và ngày sinh. Không có giấy chứng sinh thì chụp giấy xác nhận của người làm chứng hoặc giấy cam đoan về việc sinh.',
        "Photograph the birth notice from the hospital or health station: straight on, all four corners, the mother's name and birth date readable. Without one, photograph a witness's statement or your signed declaration about the birth.",
      ),
      d2: authorisation,
    },
    presentAtCounter: ['d11'],
    lookedUp: ['d7'],
    aliases: [
      'làm giấy khai sinh', 'lam giay khai sinh', 'đăng ký khai sinh', 'dang ky khai sinh',
      'đk khai sinh', 'dk khai sinh', 'khai sinh cho con', 'khai sinh cho bé', 'khai sinh cho em bé',
      'làm giấy khai sinh cho con', 'lam khai sinh cho con', 'làm khai sinh cho cháu',
      'con mới sinh', 'con moi sinh', 'bé mới sinh', 'em bé mới đẻ', 'vừa sinh con', 'vua sinh em be',
      'mới sinh con cần làm giấy tờ gì', 'giấy khai sinh', 'giay khai sinh', 'khai sanh', 'làm khai sanh',
      'đổi giấy chứng sinh lấy giấy khai sinh', 'đặt tên cho con làm giấy tờ',
      'birth registration', 'birth certificate', 'register a birth', "register my baby's birth", 'newborn papers',
      'thủ tục khai sinh cho trẻ', 'khai sinh cho trẻ sơ sinh', 'sinh em bé', 'bé được 2 tháng chưa làm khai sinh',
      'khai sinh quá hạn cho con', 'hồ sơ làm khai sinh', 'khai sinh online', 'làm khai sinh trên mạng',
      'nộp hồ sơ khai sinh', 'how to get a birth certificate for my son',
    ],
    questions: birthQuestions,
  },
  {
    code: '1.000894',
    plainTitle: 'Đăng ký kết hôn',
    englishTitle: 'Marriage registration',
    popularity: 3,
    // the declaration and the portal's interactive e-form are what the dossier's questions fill
    filledByDossier: ['d21', 'd23'],
    presentAtCounter: ['d1'],
    lookedUp: ['d5'],
    aliases: [
      'đăng ký kết hôn', 'dang ky ket hon', 'đk kết hôn', 'dk ket hon', 'dkkh', 'làm giấy kết hôn', 'lam giay ket hon',
      'giấy đăng ký kết hôn', 'giấy chứng nhận kết hôn', 'giay chung nhan ket hon', 'kết hôn', 'ket hon',
      'hôn thú', 'giấy hôn thú', 'làm hôn thú', 'đăng ký cưới', 'cưới vợ', 'lấy vợ', 'lấy chồng', 'lay chong',
      'sắp cưới cần giấy tờ gì', 'hai vợ chồng chưa đăng ký kết hôn', 'về ở với nhau muốn làm giấy kết hôn',
      'marriage registration', 'register our marriage', 'marriage certificate', 'get married',
      'thủ tục cưới', 'làm giấy cưới', 'giấy kết hôn', 'đi đăng ký kết hôn ở xã', 'hai đứa muốn cưới nhau', 'tái hôn',
      'đăng ký kết hôn online', 'wedding registration', 'marry',
    ],
    questions: marriageQuestions,
  },
  {
    code: '1.004873',
    plainTitle: 'Xin giấy xác nhận tình trạng hôn nhân (giấy độc thân)',
    englishTitle: 'Marital-status certificate (proof of single status)',
    popularity: 4,
    uploadHints: {
      d1: hint(
        'Chỉ khi xin lại vì giấy cũ hết hạn hoặc dùng mục đích khác: chụp giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.',
        'Only when asking again because the old one expired or is for another purpose: photograph the marital-status certificate issued before.',
      ),
      d3: authorisation,
    },
    presentAtCounter: ['d4'],
    // d2 (divorce/death details the office looks up) is a note in the source, not a paper
    lookedUp: ['d8'],
    aliases: [
      'giấy độc thân', 'giay doc than', 'xin giấy độc thân', 'xin giay doc than', 'làm giấy độc thân',
      'xác nhận độc thân', 'xac nhan doc than', 'giấy xác nhận độc thân', 'chứng nhận độc thân',
      'xác nhận tình trạng hôn nhân', 'xac nhan tinh trang hon nhan', 'giấy xác nhận tình trạng hôn nhân', 'xnthn',
      'xác nhận chưa kết hôn', 'xác nhận chưa có vợ', 'xác nhận chưa có chồng', 'giấy chưa kết hôn',
      'giấy độc thân để mua nhà', 'giấy độc thân vay ngân hàng', 'giấy độc thân để cưới', 'giấy độc thân đi nước ngoài',
      'single status certificate', 'certificate of marital status', 'proof of single status', 'certificate of no impediment',
      'xác nhận tình trạng độc thân', 'giấy xác nhận chưa vợ', 'tình trạng hôn nhân', 'xin xác nhận độc thân mua đất',
      'giấy độc thân làm hồ sơ', 'độc thân',
    ],
    questions: maritalStatusQuestions,
  },
  {
    code: '1.000656',
    plainTitle: 'Đăng ký khai tử khi người thân mất',
    englishTitle: 'Death registration',
    popularity: 6,
    uploadHints: {
      d1: hint(
        'Chụp giấy báo tử (bệnh viện cấp nếu mất ở bệnh viện; Ủy ban hoặc công an xã cấp nếu mất ở nhà), rõ họ tên người mất và ngày mất.',
        'Photograph the death notice (from the hospital, or from the commune office or police if the person died at home), with the name and date of death readable.',
      ),
      d2: authorisation,
    },
    presentAtCounter: ['d10'],
    lookedUp: ['d6'],
    aliases: [
      'đăng ký khai tử', 'dang ky khai tu', 'khai tử', 'khai tu', 'làm giấy khai tử', 'lam giay khai tu',
      'giấy chứng tử', 'giay chung tu', 'trích lục khai tử mới', 'báo tử', 'bao tu',
      'người nhà mất', 'nguoi nha mat', 'bố em mất', 'mẹ em mất', 'me em mat', 'ông mất', 'bà nội mất',
      'người thân qua đời', 'nguoi than qua doi', 'vợ mất', 'chồng mất', 'có người chết cần làm giấy gì', 'khai tử cho bố',
      'death registration', 'death certificate', 'register a death', 'my father died', 'my mother passed away',
      'bố mất cần làm giấy gì', 'ông nội mới mất', 'bà ngoại qua đời', 'người nhà vừa mất làm thủ tục gì',
      'khai tử cho mẹ', 'giấy báo tử', 'người chết', 'qua đời',
    ],
    questions: deathQuestions,
  },
  {
    code: '2.000635',
    plainTitle: 'Xin bản sao giấy khai sinh, trích lục hộ tịch',
    englishTitle: 'Copy of a birth certificate or civil-status extract',
    popularity: 8,
    uploadHints: { d2: authorisation },
    presentAtCounter: ['d4'],
    lookedUp: ['d5'],
    aliases: [
      'trích lục khai sinh', 'trich luc khai sinh', 'bản sao giấy khai sinh', 'ban sao giay khai sinh',
      'xin bản sao khai sinh', 'mất giấy khai sinh', 'mat giay khai sinh', 'giấy khai sinh bị mất', 'giấy khai sinh bị rách',
      'xin lại giấy khai sinh', 'cấp lại giấy khai sinh', 'trích lục hộ tịch', 'trich luc ho tich', 'xin trích lục',
      'trích lục kết hôn', 'bản sao giấy đăng ký kết hôn', 'mất giấy kết hôn', 'bản sao trích lục khai tử',
      'bản sao khai sinh bản chính của ủy ban', 'copy of birth certificate', 'civil status extract',
      'replacement birth certificate', 'lost birth certificate',
      'xin bản sao giấy khai sinh gốc', 'cần bản sao khai sinh nộp hồ sơ nhập học', 'bản sao khai sinh từ sổ gốc',
      'xin bản sao trích lục', 'bản sao giấy chứng tử',
      // a lost certificate is a copy from the register; re-registration (1.004746, 1.005461) only when the register is gone too
      'giấy kết hôn bị mất', 'làm lại giấy kết hôn bị mất', 'mat giay ket hon', 'mất giấy đăng ký kết hôn', 'mất giấy chứng tử',
    ],
    questions: civilStatusCopyQuestions,
  },
  {
    code: '1.004859',
    plainTitle: 'Sửa, thay đổi, bổ sung thông tin hộ tịch (đổi tên, sửa ngày sinh)',
    englishTitle: 'Change or correction of civil-status details',
    popularity: 12,
    // the declaration and the portal's interactive e-form are what the dossier's questions fill
    filledByDossier: ['d22', 'd23'],
    uploadHints: {
      d20: hint(
        'Chụp giấy tờ chứng minh thông tin đúng, ví dụ học bạ, bằng tốt nghiệp, thẻ căn cước, giấy khai sinh của bố mẹ, có ghi đúng tên hoặc ngày sinh cần sửa.',
        'Photograph papers that show the correct details, e.g. school records, diploma, ID card or the parents\' birth certificates, showing the right name or date.',
      ),
      d19: authorisation,
    },
    presentAtCounter: ['d5'],
    lookedUp: ['d2'],
    aliases: [
      'cải chính hộ tịch', 'cai chinh ho tich', 'thay đổi hộ tịch', 'sửa giấy khai sinh', 'sua giay khai sinh',
      'giấy khai sinh ghi sai', 'sai tên trong giấy khai sinh', 'sai ngày sinh', 'sửa ngày sinh', 'sua ngay sinh',
      'đổi tên', 'doi ten', 'đổi tên cho con', 'thay đổi họ tên', 'đổi họ cho con', 'đổi họ theo mẹ', 'cải chính ngày sinh',
      'bổ sung thông tin hộ tịch', 'bổ sung quê quán', 'xác định lại dân tộc', 'đổi dân tộc', 'doi dan toc',
      'change my name', 'correct birth certificate', 'correction of civil status',
      'cải chính năm sinh', 'sửa họ tên trong giấy khai sinh', 'sai tên cha trong giấy khai sinh', 'thay đổi tên đệm',
      'đổi tên gọi', 'cải chính hộ tịch ngày sinh', 'bổ sung hộ tịch',
      'giấy khai sinh bị sai', 'giấy khai sinh bị sai tên', 'giay khai sinh bi sai', 'khai sinh sai ngày sinh',
      'sai họ tên', 'ghi nhầm tên trong giấy khai sinh',
    ],
    questions: civilStatusChangeQuestions,
  },
  {
    code: '1.000689',
    plainTitle: 'Khai sinh cho con kèm nhận cha (bố mẹ chưa đăng ký kết hôn)',
    englishTitle: 'Birth registration together with recognition of the father',
    popularity: 18,
    // the declaration and the portal's interactive e-form are what the dossier's questions fill
    filledByDossier: ['d3', 'd7'],
    uploadHints: {
      d2: hint('Chụp giấy chứng sinh của bé, đủ 4 góc, rõ chữ.', "Photograph the child's birth notice, all four corners, readable."),
      d6: hint(
        'Chụp kết quả xét nghiệm ADN hoặc giấy của cơ sở y tế xác nhận quan hệ cha con (nếu có).',
        'Photograph the DNA test result or the medical paper confirming the father-child relation (if you have one).',
      ),
      d4: hint(
        'Nếu không có giấy y tế: chụp giấy cam đoan của bố mẹ về quan hệ cha con, có chữ ký của ít nhất hai người làm chứng.',
        'Without a medical paper: photograph the parents\' written declaration of the father-child relation, signed by at least two witnesses.',
      ),
    },
    presentAtCounter: ['d8'],
    lookedUp: ['d11'],
    aliases: [
      'khai sinh kết hợp nhận cha', 'khai sinh ket hop nhan cha', 'khai sinh đồng thời nhận cha con',
      'khai sinh và nhận cha', 'khai sinh nhận cha mẹ con', 'làm khai sinh có tên bố khi chưa cưới',
      'chưa đăng ký kết hôn làm khai sinh cho con', 'chua dang ky ket hon lam khai sinh', 'con ngoài giá thú làm khai sinh',
      'chưa cưới mà có con', 'khai sinh ghi tên bố khi chưa kết hôn', 'bố nhận con khi làm khai sinh',
      'birth registration with recognition of father', 'register birth and acknowledge paternity', 'unmarried parents birth certificate',
      'khai sinh cho con ngoài giá thú có tên bố', 'nhận con khi khai sinh',
      'bố mẹ chưa cưới làm giấy khai sinh cho con',
    ],
  },
  {
    code: '1.001022',
    plainTitle: 'Đăng ký nhận cha, mẹ, con',
    englishTitle: 'Recognition of parentage',
    popularity: 24,
    uploadHints: {
      d3: hint(
        'Chụp kết quả xét nghiệm ADN hoặc giấy của cơ sở y tế xác nhận quan hệ cha con, mẹ con.',
        'Photograph the DNA test result or the medical paper confirming the parent-child relation.',
      ),
      d1: hint(
        'Nếu không có giấy y tế: chụp giấy cam đoan về quan hệ cha mẹ con, có chữ ký của ít nhất hai người làm chứng.',
        'Without a medical paper: photograph the written declaration of the relation, signed by at least two witnesses.',
      ),
    },
    presentAtCounter: ['d5'],
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
    uploadHints: {
      d10: hint('Chụp bản sao giấy khai sinh cũ (nếu còn).', 'Photograph the old birth certificate copy (if you still have it).'),
      d9: hint(
        'Không còn giấy khai sinh: chụp các giấy tờ có ghi họ tên, ngày sinh của anh/chị như học bạ, sổ hộ khẩu cũ, căn cước.',
        'Without a birth certificate: photograph papers that show your name and date of birth, such as school records, the old household book or ID card.',
      ),
    },
    presentAtCounter: ['d2'],
    lookedUp: ['d5'],
    aliases: [
      'đăng ký lại khai sinh', 'dang ky lai khai sinh', 'khai sinh lại', 'đăng ký khai sinh lại',
      'sổ hộ tịch bị mất', 'sổ gốc khai sinh bị cháy', 'ủy ban không còn lưu sổ khai sinh', 'không còn sổ gốc khai sinh',
      're-register a birth', 'birth re-registration',
    ],
  },
  {
    code: '1.004746',
    plainTitle: 'Đăng ký lại kết hôn (khi sổ hộ tịch gốc ở xã không còn)',
    englishTitle: 'Re-registration of a marriage (original register lost)',
    popularity: 45,
    // the declaration and the portal's interactive e-form are what the dossier's questions fill
    filledByDossier: ['d8', 'd9'],
    uploadHints: {
      d1: hint(
        'Chụp bản sao giấy chứng nhận kết hôn cũ (nếu còn). Không còn thì chụp giấy tờ có ghi hai người là vợ chồng, ví dụ sổ hộ khẩu cũ, giấy khai sinh của con có tên cả bố và mẹ, lý lịch có ghi tên vợ hoặc chồng.',
        "Photograph a copy of the old marriage certificate (if you still have one). Otherwise photograph papers showing you are husband and wife, e.g. the old household book, a child's birth certificate naming both parents, or a CV naming the spouse.",
      ),
    },
    presentAtCounter: ['d2'],
    lookedUp: ['d4'],
    aliases: [
      'đăng ký lại kết hôn', 'dang ky lai ket hon', 'đăng ký kết hôn lại', 'dang ky ket hon lai', 'đăng ký lại việc kết hôn',
      'sổ đăng ký kết hôn bị mất', 'ủy ban không còn lưu sổ kết hôn', 'xã không còn sổ gốc kết hôn',
      'xã không còn lưu hồ sơ kết hôn', 'giấy kết hôn cũ bị cháy sổ gốc cũng không còn', 'cưới từ xưa sổ kết hôn ở xã bị thất lạc',
      'hồ sơ kết hôn lưu ở xã bị thất lạc', 're-register a marriage', 'marriage re-registration', 'marriage record lost',
    ],
  },
  {
    code: '1.005461',
    plainTitle: 'Đăng ký lại khai tử (đã khai tử trước đây nhưng sổ hộ tịch gốc không còn)',
    englishTitle: 'Re-registration of a death (original register lost)',
    popularity: 50,
    // the declaration and the portal's interactive e-form are what the dossier's questions fill
    filledByDossier: ['d9', 'd10'],
    uploadHints: {
      d7: hint(
        'Chụp bản sao giấy chứng tử cũ (nếu còn). Không còn thì chụp giấy tờ chứng minh người đó đã mất, ví dụ giấy báo tử, giấy của bệnh viện, quyết định tuyên bố đã chết của tòa án.',
        'Photograph a copy of the old death certificate (if you still have one). Otherwise photograph papers proving the death, e.g. a death notice, a hospital paper, or a court decision declaring the person dead.',
      ),
      d8: authorisation,
    },
    presentAtCounter: ['d2'],
    lookedUp: ['d1'],
    aliases: [
      'đăng ký lại khai tử', 'dang ky lai khai tu', 'đăng ký khai tử lại', 'đăng ký lại việc khai tử', 'khai tử lại', 'khai tu lai',
      'sổ khai tử bị mất', 'ủy ban không còn lưu sổ khai tử', 'xã không còn lưu hồ sơ khai tử',
      'đã khai tử nhưng sổ gốc bị mất', 'giấy chứng tử cũ bị thất lạc sổ gốc không còn', 'sổ gốc khai tử bị cháy hoặc thất lạc',
      're-register a death', 'death re-registration', 'death record lost',
    ],
  },
  {
    code: '2.000528',
    plainTitle: 'Khai sinh có yếu tố nước ngoài (con có bố hoặc mẹ nước ngoài, con sinh ở nước ngoài)',
    englishTitle: 'Birth registration with a foreign parent or a birth abroad',
    popularity: 38,
    uploadHints: {
      d1: hint(
        'Chụp giấy chứng sinh bệnh viện hoặc trạm y tế cấp cho bé: chụp thẳng, đủ 4 góc, rõ tên mẹ và ngày sinh.',
        "Photograph the birth notice from the hospital or health station: straight on, all four corners, the mother's name and birth date readable.",
      ),
      d2: hint(
        'Chỉ khi không có giấy chứng sinh: chụp giấy xác nhận của người làm chứng về việc sinh, hoặc giấy cam đoan về việc sinh.',
        "Only without a birth notice: photograph a witness's statement about the birth, or your signed declaration about it.",
      ),
      d3: hint(
        'Chỉ khi bé sinh ở nước ngoài: chụp giấy khai sinh hoặc giấy chứng sinh nước ngoài cấp, đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt có chứng thực.',
        'Only if the baby was born abroad: photograph the foreign birth certificate or birth notice, consular-legalised and with a certified Vietnamese translation.',
      ),
      d4: hint(
        'Chỉ khi nhờ người ngoài gia đình đi làm thay: chụp giấy ủy quyền của bố hoặc mẹ đã chứng thực. Ông bà, người thân đi làm thì không cần.',
        'Only if someone outside the family files for you: photograph the certified authorisation from the father or mother. Grandparents and relatives need none.',
      ),
      d6: hint(
        'Khi bố hoặc mẹ là người nước ngoài: chụp văn bản bố mẹ thỏa thuận chọn quốc tịch cho con, có chữ ký của cả hai. Nếu chọn quốc tịch nước ngoài thì chụp cả giấy xác nhận của cơ quan nước đó.',
        "When one parent is a foreigner: photograph the parents' signed agreement on the child's nationality. If you choose the foreign nationality, also photograph that country's confirmation.",
      ),
      d9: hint(
        'Chỉ khi bé sinh ở nước ngoài rồi về Việt Nam: chụp trang hộ chiếu của bé có dấu nhập cảnh và giấy công an xác nhận bé đang cư trú tại Việt Nam.',
        "Only if the baby was born abroad and came to Vietnam: photograph the baby's passport page with the entry stamp and the police confirmation that the baby lives in Vietnam.",
      ),
    },
    presentAtCounter: ['d13'],
    lookedUp: ['d7'],
    aliases: [
      'khai sinh có yếu tố nước ngoài', 'khai sinh co yeu to nuoc ngoai', 'khai sinh cho con lai', 'khai sinh cho con lai tây',
      'chồng người nước ngoài làm khai sinh cho con', 'vợ người nước ngoài khai sinh cho con', 'khai sinh cho con có bố nước ngoài',
      'khai sinh cho con co bo nuoc ngoai', 'bố người Hàn Quốc', 'chồng Đài Loan làm giấy khai sinh cho con', 'mẹ người Trung Quốc',
      'chồng người Nhật Bản khai sinh cho con', 'bố mẹ khác quốc tịch khai sinh cho con',
      'con sinh ở nước ngoài về Việt Nam làm khai sinh', 'chọn quốc tịch cho con khi khai sinh',
      'birth registration with a foreign parent', 'my husband is a foreigner register our baby', 'baby born abroad birth certificate',
    ],
  },
  {
    code: '1.004772',
    plainTitle: 'Khai sinh cho người lớn chưa từng đăng ký khai sinh',
    englishTitle: 'Birth registration for a person who already has personal papers',
    popularity: 41,
    uploadHints: {
      d8: hint('Chụp giấy cam đoan anh/chị chưa từng được đăng ký khai sinh, có chữ ký của anh/chị.', 'Photograph your signed declaration that your birth was never registered.'),
      d11: hint(
        'Chụp các giấy tờ cá nhân có ghi họ tên, ngày sinh: căn cước, học bạ, bằng cấp, sổ hộ khẩu cũ.',
        'Photograph personal papers showing your name and date of birth: ID card, school records, diplomas, the old household book.',
      ),
    },
    presentAtCounter: ['d6'],
    lookedUp: ['d5'],
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
    uploadHints: {
      d8: hint(
        'Giám hộ đương nhiên (ông bà, anh chị ruột…): chụp giấy tờ chứng minh quan hệ, ví dụ giấy khai sinh của trẻ, trích lục khai tử của bố mẹ trẻ.',
        "Automatic guardian (grandparent, elder sibling…): photograph papers proving the relation, e.g. the child's birth certificate and the parents' death extracts.",
      ),
      d9: hint('Giám hộ được cử: chụp văn bản cử người giám hộ có chữ ký các bên.', 'Appointed guardian: photograph the signed appointment document.'),
      d7: authorisation,
    },
    presentAtCounter: ['d4'],
    lookedUp: ['d2'],
    aliases: [
      'đăng ký giám hộ', 'dang ky giam ho', 'giám hộ', 'giam ho', 'làm người giám hộ', 'nhận giám hộ', 'cử người giám hộ',
      'giám hộ cho cháu', 'giám hộ trẻ mồ côi', 'bố mẹ cháu mất ai nuôi', 'giám hộ cho người mất năng lực hành vi',
      'giám hộ người bị tâm thần', 'trông nom con của anh chị đã mất',
      'guardianship registration', 'become a guardian', 'legal guardian for a child',
      'làm giám hộ cho cháu mồ côi', 'đăng ký giám hộ cho người già lẫn',
    ],
  },
  {
    code: '2.001263',
    plainTitle: 'Đăng ký nhận con nuôi trong nước',
    englishTitle: 'Domestic adoption',
    popularity: 36,
    uploadHints: {
      d1: requestForm('đơn xin nhận con nuôi', 'the adoption application'),
      d2: hint('Chụp giấy khám sức khỏe của người nhận nuôi (cấp chưa quá 6 tháng).', "Photograph the adopter's health certificate (issued within 6 months)."),
      d3: hint('Chụp giấy xác nhận hoàn cảnh gia đình, chỗ ở, kinh tế do Ủy ban xã cấp.', "Photograph the commune's confirmation of your family, housing and income situation."),
      d5: hint('Chụp giấy chứng nhận kết hôn (nếu hai vợ chồng cùng nhận) hoặc giấy xác nhận độc thân.', 'Photograph the marriage certificate (for a couple) or the single-status certificate.'),
      d7: hint('Chụp giấy khám sức khỏe của bé được nhận nuôi.', "Photograph the child's health certificate."),
      d9: hint('Chụp 2 ảnh toàn thân, nhìn thẳng của bé, chụp trong 6 tháng gần đây.', 'Photograph 2 full-length, front-facing photos of the child, taken in the last 6 months.'),
      d11: hint('Chụp giấy khai sinh của bé.', "Photograph the child's birth certificate."),
    },
    presentAtCounter: ['d4'],
    aliases: [
      'nhận con nuôi', 'nhan con nuoi', 'nuôi con nuôi', 'nuoi con nuoi', 'đăng ký nuôi con nuôi', 'xin con nuôi',
      'nhận cháu làm con nuôi', 'bố dượng nhận con riêng của vợ', 'mẹ kế nhận con riêng của chồng', 'nhận nuôi trẻ bị bỏ rơi',
      'nhận nuôi em bé', 'làm thủ tục con nuôi', 'adoption', 'adopt a child', 'domestic adoption',
      'xin nhận nuôi con', 'nhận con nuôi trong nước', 'nhận nuôi cháu', 'làm giấy tờ cho con nuôi',
    ],
  },
];
