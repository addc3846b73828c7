/**
 * The procedures' own dossier questions (they become `formData`). Kept apart
 * from the area files so the wording of a question is reviewed in one place.
 * The applicant's name, ID number and phone are asked by the dossier dialog,
 * never here.
 */
import type { QuestionInput } from './types';

const sex: QuestionInput['choices'] = [
  { value: 'male', vi: 'Nam', en: 'Male' },
  { value: 'female', vi: 'Nữ', en: 'Female' },
];

export const birthQuestions: QuestionInput[] = [
  {
    key: 'childFullName',
    kind: 'text',
    fromMessage: { kind: 'personName', after: ['bé tên', 'con tên', 'cháu tên', 'tên bé', 'tên con', 'tên cháu'] },
    checks: { format: 'personName' },
    prompt: { vi: 'Họ và tên của bé là gì?', en: "What is the child's full name?" },
    help: {
      vi: 'Viết có dấu, đủ họ, tên đệm và tên, đúng như muốn ghi trên giấy khai sinh. Ví dụ: Nguyễn Thị Mai.',
      en: 'Family name, middle name and given name, with Vietnamese accents, exactly as it should appear on the birth certificate. Example: Nguyễn Thị Mai.',
    },
  },
  {
    key: 'childDateOfBirth',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['sinh', 'sinh ra', 'ngày sinh'], alone: true },
    checks: { when: 'past' },
    prompt: { vi: 'Bé sinh ngày nào?', en: 'What is the date of birth?' },
    help: {
      vi: 'Ghi theo ngày/tháng/năm, ví dụ 05/03/2026. Ngày này có trên giấy chứng sinh của bệnh viện.',
      en: 'Day/month/year, e.g. 05/03/2026. It is on the hospital birth notice (giấy chứng sinh).',
    },
  },
  {
    key: 'childSex',
    kind: 'choice',
    prompt: { vi: 'Giới tính của bé?', en: "The child's sex?" },
    choices: sex,
  },
  {
    key: 'childPlaceOfBirth',
    kind: 'text',
    prompt: { vi: 'Bé sinh ở đâu?', en: 'Where was the child born?' },
    help: {
      vi: 'Ghi tên bệnh viện hoặc trạm y tế. Nếu sinh ở nhà, ghi địa chỉ: thôn/xóm, xã, tỉnh.',
      en: 'The hospital or health station. If born at home, the address: hamlet, commune, province.',
    },
  },
  {
    key: 'childEthnicity',
    kind: 'text',
    prompt: { vi: 'Dân tộc của bé?', en: "The child's ethnic group?" },
    help: {
      vi: 'Thường theo dân tộc của bố hoặc mẹ, ví dụ: Kinh, Tày, Thái, Mường.',
      en: "Usually the father's or mother's ethnic group, e.g. Kinh, Tày, Thái, Mường.",
    },
  },
  {
    key: 'motherFullName',
    kind: 'text',
    fromMessage: { kind: 'personName', after: ['mẹ', 'má', 'mạ', 'bầm'] },
    checks: { format: 'personName' },
    prompt: { vi: 'Họ và tên của mẹ bé?', en: "The mother's full name?" },
  },
  {
    key: 'fatherFullName',
    kind: 'text',
    fromMessage: { kind: 'personName', after: ['bố', 'cha', 'ba', 'tía'] },
    checks: { format: 'personName' },
    optional: true,
    prompt: { vi: 'Họ và tên của bố bé?', en: "The father's full name?" },
    help: {
      vi: 'Nếu bố mẹ chưa đăng ký kết hôn mà muốn ghi tên bố, cần làm thủ tục khai sinh kết hợp nhận cha con. Chưa xác định được cha thì bỏ qua câu này.',
      en: 'If the parents are not registered as married but want the father named, use the procedure "birth registration with recognition of the father". If the father is not known, skip this question.',
    },
  },
  {
    key: 'parentsMarried',
    kind: 'yesno',
    prompt: { vi: 'Bố mẹ bé đã đăng ký kết hôn chưa?', en: "Are the child's parents registered as married?" },
    help: {
      vi: 'Trả lời "có" nếu bố mẹ đã có giấy chứng nhận kết hôn.',
      en: 'Answer "yes" if the parents have a marriage certificate.',
    },
  },
  {
    key: 'applicantRelation',
    kind: 'choice',
    prompt: { vi: 'Anh/chị là gì của bé?', en: 'How are you related to the child?' },
    help: {
      vi: 'Bố, mẹ hoặc ông bà, người thân đều được đi khai sinh cho bé. Người khác cần giấy ủy quyền.',
      en: 'The father, mother, grandparents or other relatives may register the birth. Anyone else needs a written authorisation.',
    },
    choices: [
      { value: 'mother', vi: 'Mẹ', en: 'Mother' },
      { value: 'father', vi: 'Bố', en: 'Father' },
      { value: 'grandparent', vi: 'Ông/bà', en: 'Grandparent' },
      { value: 'relative', vi: 'Người thân khác', en: 'Other relative' },
      { value: 'authorised', vi: 'Người được ủy quyền', en: 'Authorised person' },
    ],
  },
];

export const marriageQuestions: QuestionInput[] = [
  {
    key: 'partnerFullName',
    kind: 'text',
    checks: { format: 'personName' },
    prompt: { vi: 'Họ và tên của người cùng anh/chị đăng ký kết hôn?', en: "Your partner's full name?" },
    help: { vi: 'Viết có dấu, đúng như trên thẻ căn cước.', en: 'With accents, exactly as on their ID card.' },
  },
  {
    key: 'partnerIdNumber',
    kind: 'text',
    fromMessage: { kind: 'citizenId', after: ['căn cước', 'căn cước công dân', 'cccd', 'cmnd', 'số định danh', 'định danh'], alone: true },
    checks: { format: 'citizenId', minAge: { male: 20, female: 18 } },
    prompt: { vi: 'Số căn cước (12 số) của người ấy?', en: "Your partner's citizen ID number (12 digits)?" },
    help: {
      vi: 'Là số định danh cá nhân in trên thẻ căn cước hoặc căn cước công dân, gồm 12 chữ số.',
      en: 'The personal identification number printed on the ID card, 12 digits.',
    },
  },
  {
    key: 'partnerDateOfBirth',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['sinh', 'sinh ra', 'ngày sinh'] },
    checks: { when: 'past', minAge: { male: 20, female: 18, sexFrom: 'partnerIdNumber', applicantToo: true } },
    prompt: { vi: 'Người ấy sinh ngày nào?', en: "Your partner's date of birth?" },
    help: {
      vi: 'Ngày/tháng/năm. Nam phải đủ 20 tuổi, nữ đủ 18 tuổi mới được đăng ký kết hôn.',
      en: 'Day/month/year. Men must be at least 20 and women at least 18 to register a marriage.',
    },
  },
  {
    key: 'partnerResidence',
    kind: 'text',
    checks: { format: 'address' },
    prompt: { vi: 'Người ấy đang cư trú ở đâu?', en: 'Where does your partner live?' },
    help: {
      vi: 'Thôn/xóm, xã, tỉnh nơi người ấy thường trú hoặc tạm trú.',
      en: 'Hamlet, commune and province of their permanent or temporary residence.',
    },
  },
  {
    key: 'applicantPreviouslyMarried',
    kind: 'yesno',
    prompt: { vi: 'Anh/chị đã từng kết hôn trước đây chưa?', en: 'Have you been married before?' },
    help: {
      vi: 'Nếu đã ly hôn hoặc vợ/chồng cũ đã mất, cán bộ sẽ tra cứu bản án ly hôn hoặc trích lục khai tử.',
      en: 'If divorced or widowed, the officer looks up the divorce judgment or death record.',
    },
  },
  {
    key: 'partnerPreviouslyMarried',
    kind: 'yesno',
    prompt: { vi: 'Người ấy đã từng kết hôn trước đây chưa?', en: 'Has your partner been married before?' },
  },
  {
    key: 'preferredDate',
    kind: 'date',
    checks: { when: 'future', collectInPerson: true },
    optional: true,
    prompt: {
      vi: 'Hai người muốn đến nhận giấy chứng nhận kết hôn vào ngày nào?',
      en: 'On which day would you both like to collect the marriage certificate?',
    },
    help: {
      vi: 'Cả hai người phải cùng có mặt để ký. Có thể bỏ qua, cán bộ sẽ hẹn ngày.',
      en: 'Both of you must come in person to sign. You may skip this; the officer will set a date.',
    },
  },
];

export const maritalStatusQuestions: QuestionInput[] = [
  {
    key: 'purpose',
    kind: 'choice',
    prompt: { vi: 'Anh/chị xin giấy xác nhận tình trạng hôn nhân để làm gì?', en: 'What do you need the marital-status certificate for?' },
    help: {
      vi: 'Giấy chỉ dùng đúng mục đích ghi trên giấy, nên cần chọn đúng.',
      en: 'The certificate is valid only for the purpose written on it, so choose carefully.',
    },
    choices: [
      { value: 'marriage', vi: 'Để đăng ký kết hôn', en: 'To register a marriage' },
      { value: 'property', vi: 'Mua bán, tặng cho nhà đất', en: 'To buy, sell or give land or a house' },
      { value: 'loan', vi: 'Vay vốn ngân hàng', en: 'For a bank loan' },
      { value: 'abroad', vi: 'Đi làm việc, học tập ở nước ngoài', en: 'To work or study abroad' },
      { value: 'other', vi: 'Mục đích khác', en: 'Another purpose' },
    ],
  },
  {
    key: 'intendedSpouseName',
    kind: 'text',
    checks: { format: 'personName' },
    optional: true,
    prompt: {
      vi: 'Nếu để kết hôn: họ tên người anh/chị định kết hôn?',
      en: 'If for marriage: the full name of the person you intend to marry?',
    },
    help: {
      vi: 'Giấy để kết hôn ghi rõ tên người kia. Không phải để kết hôn thì bỏ qua.',
      en: 'A certificate for marriage names the other person. Skip this if it is not for marriage.',
    },
  },
  {
    key: 'currentStatus',
    kind: 'choice',
    prompt: { vi: 'Tình trạng hôn nhân hiện nay của anh/chị?', en: 'Your current marital status?' },
    choices: [
      { value: 'single', vi: 'Chưa kết hôn với ai', en: 'Never married' },
      { value: 'married', vi: 'Đang có vợ/chồng', en: 'Married' },
      { value: 'divorced', vi: 'Đã ly hôn', en: 'Divorced' },
      { value: 'widowed', vi: 'Vợ/chồng đã mất', en: 'Widowed' },
    ],
  },
  {
    key: 'otherResidences',
    kind: 'text',
    optional: true,
    prompt: {
      vi: 'Từ năm 18 tuổi (nữ) hoặc 20 tuổi (nam), anh/chị có từng sống ở xã khác không? Nếu có, ghi nơi đó.',
      en: 'Since age 18 (women) or 20 (men), have you lived in another commune? If so, where?',
    },
    help: {
      vi: 'Cán bộ có thể cần kiểm tra tình trạng hôn nhân ở nơi anh/chị từng ở. Không có thì bỏ qua.',
      en: 'The officer may need to check your status where you lived before. Skip if none.',
    },
  },
];

export const deathQuestions: QuestionInput[] = [
  {
    key: 'deceasedFullName',
    kind: 'text',
    checks: { format: 'personName' },
    prompt: { vi: 'Họ và tên người đã mất?', en: 'Full name of the person who died?' },
  },
  {
    key: 'dateOfDeath',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['mất', 'qua đời', 'từ trần', 'tạ thế', 'chết'], alone: true },
    checks: { when: 'past' },
    prompt: { vi: 'Người mất vào ngày nào?', en: 'Date of death?' },
    help: { vi: 'Nên đăng ký trong 15 ngày kể từ ngày mất.', en: 'Register within 15 days of the death.' },
  },
  {
    key: 'placeOfDeath',
    kind: 'text',
    prompt: { vi: 'Mất ở đâu?', en: 'Place of death?' },
    help: { vi: 'Tên bệnh viện, hoặc địa chỉ nhà nếu mất tại nhà.', en: 'The hospital, or the home address if at home.' },
  },
  {
    key: 'applicantRelation',
    kind: 'choice',
    prompt: { vi: 'Anh/chị là gì của người mất?', en: 'How were you related to the person who died?' },
    choices: [
      { value: 'child', vi: 'Con', en: 'Child' },
      { value: 'spouse', vi: 'Vợ/chồng', en: 'Spouse' },
      { value: 'parent', vi: 'Bố/mẹ', en: 'Parent' },
      { value: 'relative', vi: 'Người thân khác', en: 'Other relative' },
      { value: 'other', vi: 'Khác', en: 'Other' },
    ],
  },
];

const relationToHouseholder: QuestionInput['choices'] = [
  { value: 'self', vi: 'Tôi là chủ hộ / chủ nhà', en: 'I am the householder / owner' },
  { value: 'spouse', vi: 'Vợ/chồng', en: 'Spouse' },
  { value: 'child', vi: 'Con', en: 'Child' },
  { value: 'parent', vi: 'Bố/mẹ', en: 'Parent' },
  { value: 'sibling', vi: 'Anh/chị/em', en: 'Sibling' },
  { value: 'grandchild', vi: 'Cháu', en: 'Grandchild' },
  { value: 'tenant', vi: 'Thuê, mượn, ở nhờ', en: 'Renting, borrowing or staying as a guest' },
  { value: 'other', vi: 'Quan hệ khác', en: 'Other' },
];

export const permanentResidenceQuestions: QuestionInput[] = [
  {
    key: 'addressToRegister',
    kind: 'text',
    checks: { format: 'address' },
    prompt: {
      vi: 'Địa chỉ anh/chị muốn đăng ký thường trú (nhập khẩu)?',
      en: 'The address where you want to register permanent residence?',
    },
    help: {
      vi: 'Số nhà (nếu có), thôn/xóm/tổ, xã/phường, tỉnh.',
      en: 'House number (if any), hamlet, commune or ward, province.',
    },
  },
  {
    key: 'relationToHouseholder',
    kind: 'choice',
    prompt: { vi: 'Anh/chị là gì của chủ hộ ở địa chỉ đó?', en: 'How are you related to the householder at that address?' },
    choices: relationToHouseholder,
  },
  {
    key: 'householderName',
    kind: 'text',
    checks: { format: 'personName' },
    optional: true,
    prompt: { vi: 'Họ và tên chủ hộ?', en: "The householder's full name?" },
    help: { vi: 'Bỏ qua nếu chính anh/chị là chủ hộ.', en: 'Skip if you are the householder.' },
  },
  {
    key: 'householderAgrees',
    kind: 'yesno',
    prompt: {
      vi: 'Chủ hộ (hoặc chủ nhà) đã đồng ý cho anh/chị nhập khẩu chưa?',
      en: 'Has the householder (or owner) agreed to your registration?',
    },
    help: {
      vi: 'Chủ hộ đồng ý bằng cách ký vào tờ khai CT01 hoặc xác nhận trên ứng dụng VNeID. Nếu anh/chị là chủ nhà, trả lời "có".',
      en: 'The householder agrees by signing form CT01 or confirming in the VNeID app. If you own the home, answer "yes".',
    },
  },
  {
    key: 'previousAddress',
    kind: 'text',
    checks: { format: 'address' },
    optional: true,
    prompt: { vi: 'Nơi thường trú cũ của anh/chị (nếu có)?', en: 'Your previous permanent address (if any)?' },
    help: {
      vi: 'Khi đăng ký nơi mới, nơi cũ sẽ được xóa tự động, anh/chị không phải đi cắt khẩu.',
      en: 'Registering the new address removes the old one automatically; no separate de-registration is needed.',
    },
  },
  {
    key: 'peopleCount',
    kind: 'number',
    optional: true,
    prompt: { vi: 'Có bao nhiêu người cùng đăng ký (kể cả anh/chị)?', en: 'How many people are registering, including you?' },
  },
];

export const temporaryResidenceQuestions: QuestionInput[] = [
  {
    key: 'addressToRegister',
    kind: 'text',
    checks: { format: 'address' },
    prompt: {
      vi: 'Địa chỉ anh/chị đang ở và muốn đăng ký tạm trú?',
      en: 'The address where you live and want to register temporary residence?',
    },
    help: {
      vi: 'Số phòng, số nhà (nếu có), thôn/xóm/tổ, xã/phường, tỉnh.',
      en: 'Room and house number (if any), hamlet, commune or ward, province.',
    },
  },
  {
    key: 'housingType',
    kind: 'choice',
    prompt: { vi: 'Anh/chị đang ở dạng nào?', en: 'What kind of place is it?' },
    choices: [
      { value: 'rented', vi: 'Thuê phòng trọ / thuê nhà', en: 'Rented room or house' },
      { value: 'relative', vi: 'Ở nhờ nhà người thân', en: "Staying at a relative's home" },
      { value: 'dormitory', vi: 'Ký túc xá, nhà ở công ty', en: 'Dormitory or company housing' },
      { value: 'own', vi: 'Nhà của mình', en: 'My own home' },
      { value: 'other', vi: 'Khác', en: 'Other' },
    ],
  },
  {
    key: 'relationToHouseholder',
    kind: 'choice',
    prompt: { vi: 'Anh/chị là gì của chủ hộ / chủ nhà?', en: 'How are you related to the householder or owner?' },
    choices: relationToHouseholder,
  },
  {
    key: 'landlordName',
    kind: 'text',
    checks: { format: 'personName' },
    optional: true,
    prompt: { vi: 'Họ và tên chủ nhà (người cho thuê hoặc cho ở nhờ)?', en: "The owner's (landlord's or host's) full name?" },
    help: { vi: 'Bỏ qua nếu là nhà của anh/chị.', en: 'Skip if it is your own home.' },
  },
  {
    key: 'hasRentalContract',
    kind: 'yesno',
    prompt: {
      vi: 'Anh/chị có hợp đồng thuê hoặc giấy cho ở nhờ của chủ nhà không?',
      en: 'Do you have a rental contract or a written permission from the owner?',
    },
    help: {
      vi: 'Giấy viết tay có chữ ký chủ nhà là được, không cần công chứng. Chủ nhà cũng có thể đồng ý trên ứng dụng VNeID.',
      en: 'A handwritten paper signed by the owner is enough; no notarisation is needed. The owner may also agree in the VNeID app.',
    },
  },
  {
    key: 'stayUntil',
    kind: 'date',
    checks: { when: 'future' },
    prompt: { vi: 'Anh/chị định ở đây đến ngày nào?', en: 'Until what date do you plan to stay?' },
    help: {
      vi: 'Tạm trú tối đa 2 năm một lần, hết hạn có thể gia hạn.',
      en: 'Temporary residence lasts at most 2 years at a time and can be extended.',
    },
  },
  {
    key: 'reason',
    kind: 'choice',
    optional: true,
    prompt: { vi: 'Lý do anh/chị ở đây?', en: 'Why are you staying here?' },
    choices: [
      { value: 'work', vi: 'Đi làm', en: 'Work' },
      { value: 'study', vi: 'Đi học', en: 'Study' },
      { value: 'family', vi: 'Ở cùng gia đình', en: 'Living with family' },
      { value: 'other', vi: 'Khác', en: 'Other' },
    ],
  },
];

export const residenceExtensionQuestions: QuestionInput[] = [
  {
    key: 'addressRegistered',
    kind: 'text',
    checks: { format: 'address' },
    prompt: { vi: 'Địa chỉ anh/chị đang đăng ký tạm trú?', en: 'The address of your current temporary residence?' },
  },
  {
    key: 'stayUntil',
    kind: 'date',
    checks: { when: 'future' },
    prompt: { vi: 'Anh/chị muốn gia hạn đến ngày nào?', en: 'Until what date do you want to extend?' },
    help: {
      vi: 'Làm trong 15 ngày trước khi hết hạn tạm trú. Mỗi lần tối đa 2 năm.',
      en: 'Apply within 15 days before it expires. At most 2 years each time.',
    },
  },
];

export const absenceQuestions: QuestionInput[] = [
  {
    key: 'destination',
    kind: 'text',
    checks: { format: 'address' },
    prompt: { vi: 'Anh/chị sẽ đi đến đâu?', en: 'Where are you going?' },
    help: { vi: 'Xã/phường, tỉnh nơi anh/chị sẽ đến ở.', en: 'Commune or ward and province where you will stay.' },
  },
  {
    key: 'absentFrom',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['từ', 'đi từ', 'bắt đầu từ'] },
    checks: { when: 'any' },
    prompt: { vi: 'Anh/chị đi từ ngày nào?', en: 'From which date will you be away?' },
  },
  {
    key: 'absentUntil',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['đến', 'tới', 'về'] },
    checks: { when: 'future' },
    prompt: { vi: 'Dự kiến đến ngày nào thì về?', en: 'Until which date do you expect to be away?' },
  },
  {
    key: 'reason',
    kind: 'text',
    prompt: { vi: 'Lý do vắng mặt?', en: 'Reason for the absence?' },
    help: { vi: 'Ví dụ: đi làm ăn xa, chữa bệnh, đi học.', en: 'For example: working away, medical treatment, study.' },
  },
];

export const civilStatusCopyQuestions: QuestionInput[] = [
  {
    key: 'recordType',
    kind: 'choice',
    prompt: { vi: 'Anh/chị cần bản sao giấy gì?', en: 'Which record do you need a copy of?' },
    choices: [
      { value: 'birth', vi: 'Giấy khai sinh', en: 'Birth certificate' },
      { value: 'marriage', vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' },
      { value: 'death', vi: 'Trích lục khai tử', en: 'Death extract' },
      { value: 'other', vi: 'Giấy hộ tịch khác', en: 'Another civil-status record' },
    ],
  },
  {
    key: 'personFullName',
    kind: 'text',
    checks: { format: 'personName' },
    prompt: { vi: 'Họ và tên người có tên trên giấy đó?', en: 'Full name of the person on that record?' },
  },
  {
    key: 'personDateOfBirth',
    kind: 'date',
    fromMessage: { kind: 'date', after: ['sinh', 'sinh ra', 'ngày sinh'], alone: true },
    checks: { when: 'past' },
    prompt: { vi: 'Người đó sinh ngày nào?', en: "That person's date of birth?" },
  },
  {
    key: 'registeredWhere',
    kind: 'text',
    optional: true,
    prompt: { vi: 'Giấy đó được đăng ký ở xã/phường nào (nếu nhớ)?', en: 'In which commune or ward was it registered (if you remember)?' },
    help: {
      vi: 'Giúp cán bộ tìm sổ gốc nhanh hơn. Không nhớ thì bỏ qua.',
      en: 'It helps the officer find the register faster. Skip if you do not know.',
    },
  },
  {
    key: 'copies',
    kind: 'number',
    prompt: { vi: 'Anh/chị cần mấy bản sao?', en: 'How many copies do you need?' },
    help: { vi: 'Nhập một con số, ví dụ 2.', en: 'Type a number, e.g. 2.' },
  },
];

export const civilStatusChangeQuestions: QuestionInput[] = [
  {
    key: 'changeKind',
    kind: 'choice',
    prompt: { vi: 'Anh/chị muốn làm gì?', en: 'What do you want to do?' },
    choices: [
      { value: 'correct', vi: 'Sửa thông tin bị ghi sai', en: 'Correct a wrong detail' },
      { value: 'change', vi: 'Đổi họ, tên, tên đệm', en: 'Change family, middle or given name' },
      { value: 'add', vi: 'Bổ sung thông tin còn thiếu', en: 'Add missing information' },
      { value: 'ethnicity', vi: 'Xác định lại dân tộc', en: 'Change ethnic group' },
    ],
  },
  {
    key: 'currentValue',
    kind: 'text',
    prompt: { vi: 'Trên giấy hiện đang ghi như thế nào?', en: 'What does the record say now?' },
    help: {
      vi: 'Ví dụ: Ngày sinh 12/05/1990, hoặc tên Nguyễn Văn Nam.',
      en: 'For example: date of birth 12/05/1990, or the name Nguyễn Văn Nam.',
    },
  },
  {
    key: 'requestedValue',
    kind: 'text',
    prompt: { vi: 'Anh/chị muốn sửa hoặc đổi thành gì?', en: 'What should it say instead?' },
  },
  {
    key: 'reason',
    kind: 'text',
    prompt: { vi: 'Lý do?', en: 'Why?' },
    help: {
      vi: 'Ví dụ: ghi nhầm khi đăng ký, hoặc học bạ và căn cước ghi khác giấy khai sinh.',
      en: 'For example: a mistake at registration, or school records and the ID card differ from the birth certificate.',
    },
  },
];

export const householdBusinessQuestions: QuestionInput[] = [
  {
    key: 'businessName',
    kind: 'text',
    checks: { format: 'freeText' },
    prompt: { vi: 'Tên hộ kinh doanh anh/chị muốn đặt?', en: 'The name you want for the business?' },
    help: {
      vi: 'Bắt đầu bằng "Hộ kinh doanh", ví dụ: Hộ kinh doanh Tạp hóa Minh Anh. Không trùng tên hộ khác trong xã.',
      en: 'It starts with "Hộ kinh doanh", e.g. Hộ kinh doanh Tạp hóa Minh Anh, and must not repeat another business name in the commune.',
    },
  },
  {
    key: 'businessLine',
    kind: 'text',
    prompt: { vi: 'Anh/chị kinh doanh mặt hàng hoặc dịch vụ gì?', en: 'What do you sell or what service do you offer?' },
    help: {
      vi: 'Ví dụ: bán tạp hóa, quán ăn, sửa xe máy, cắt tóc.',
      en: 'For example: groceries, an eatery, motorbike repair, hairdressing.',
    },
  },
  {
    key: 'businessAddress',
    kind: 'text',
    checks: { format: 'address' },
    prompt: { vi: 'Địa chỉ nơi kinh doanh?', en: 'Where is the business?' },
    help: { vi: 'Số nhà (nếu có), thôn/xóm, xã, tỉnh.', en: 'House number (if any), hamlet, commune, province.' },
  },
  {
    key: 'capitalVnd',
    kind: 'number',
    prompt: { vi: 'Vốn kinh doanh khoảng bao nhiêu (đồng)?', en: 'Roughly how much capital (VND)?' },
    help: { vi: 'Ghi số tiền, ví dụ 50000000 cho 50 triệu.', en: 'Type the amount, e.g. 50000000 for 50 million.' },
  },
  {
    key: 'employees',
    kind: 'number',
    optional: true,
    prompt: { vi: 'Có thuê bao nhiêu người làm (nếu có)?', en: 'How many people do you employ (if any)?' },
  },
];
