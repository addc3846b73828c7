/**
 * Words of the one-stop shop that a first-time citizen does not know,
 * explained in plain words. Aliases are other spellings, unaccented forms
 * and abbreviations people type when they ask "… là gì?".
 */
import type { z } from 'zod';
import type { GlossaryEntry } from '../model';

type TermInput = z.input<typeof GlossaryEntry>;

export const terms: TermInput[] = [
  {
    term: 'bản chính',
    aliases: ['ban chinh', 'bản gốc', 'ban goc', 'original'],
    vi: 'Tờ giấy gốc do cơ quan cấp lần đầu, có chữ ký và con dấu thật (không phải bản photo).',
    en: 'The original paper issued by the authority, with a real signature and stamp (not a photocopy).',
  },
  {
    term: 'bản sao',
    aliases: ['ban sao', 'bản photo', 'ban photo', 'copy'],
    vi: 'Bản chụp hoặc photo lại bản chính. Bản sao thường không có giá trị nếu không được chứng thực hoặc cấp từ sổ gốc.',
    en: 'A photo or photocopy of the original. A plain copy usually counts only if it is certified or issued from the master register.',
  },
  {
    term: 'bản sao chứng thực',
    aliases: ['ban sao chung thuc', 'bản sao có chứng thực', 'ban sao co chung thuc', 'photo công chứng', 'photo cong chung', 'sao y bản chính', 'sao y', 'certified copy'],
    vi: 'Bản photo đã được Ủy ban xã (hoặc phòng công chứng) đối chiếu với bản chính và đóng dấu xác nhận là giống bản chính. Người dân hay gọi là "photo công chứng".',
    en: 'A photocopy that the commune office (or a notary) has compared with the original and stamped as a true copy. People often call it "photo công chứng".',
  },
  {
    term: 'chứng thực',
    aliases: ['chung thuc', 'certification', 'certify'],
    vi: 'Việc Ủy ban xã xác nhận bản sao đúng với bản chính, hoặc chữ ký đúng là của người ký, hoặc xác nhận một hợp đồng đơn giản.',
    en: 'The commune office confirming that a copy matches the original, that a signature is genuine, or that a simple contract was signed before it.',
  },
  {
    term: 'công chứng',
    aliases: ['cong chung', 'notarisation', 'notarization', 'notary'],
    vi: 'Việc công chứng viên ở văn phòng hoặc phòng công chứng xác nhận một hợp đồng, giao dịch là đúng pháp luật. Khác với chứng thực ở Ủy ban xã, dù nhiều người gọi chung là công chứng.',
    en: 'A notary at a notary office confirming that a contract or transaction is lawful. It differs from certification at the commune, though many people call both "công chứng".',
  },
  {
    term: 'trích lục',
    aliases: ['trich luc', 'trích lục hộ tịch', 'trich luc ho tich', 'extract'],
    vi: 'Giấy do cơ quan hộ tịch cấp, chép lại thông tin đã đăng ký trong sổ (ví dụ trích lục khai tử, trích lục kết hôn). Dùng thay cho bản chính khi cần.',
    en: 'A paper from the civil-status office that copies out what is recorded in the register (e.g. a death or marriage extract). It can be used where the original is asked for.',
  },
  {
    term: 'hộ tịch',
    aliases: ['ho tich', 'civil status'],
    vi: 'Những sự kiện cá nhân được Nhà nước ghi vào sổ: sinh, kết hôn, mất, nhận cha mẹ con, giám hộ, thay đổi họ tên…',
    en: 'Personal life events the State records: birth, marriage, death, recognition of parentage, guardianship, change of name and so on.',
  },
  {
    term: 'cư trú',
    aliases: ['cu tru', 'residence'],
    vi: 'Nơi anh/chị sống và được đăng ký với công an xã: gồm thường trú (nơi ở lâu dài) và tạm trú (nơi ở tạm thời).',
    en: 'Where you live as registered with the commune police: permanent residence (long-term home) and temporary residence.',
  },
  {
    term: 'thường trú',
    aliases: ['thuong tru', 'hộ khẩu', 'ho khau', 'hộ khẩu thường trú', 'nhập khẩu', 'permanent residence'],
    vi: 'Nơi anh/chị sinh sống ổn định, lâu dài và đã đăng ký với công an. Trước đây gọi là "hộ khẩu"; từ năm 2023 không còn sổ hộ khẩu giấy, thông tin nằm trong cơ sở dữ liệu.',
    en: 'The place where you live long-term, registered with the police. It used to be called "hộ khẩu"; since 2023 there is no paper household book, the data is in the database.',
  },
  {
    term: 'tạm trú',
    aliases: ['tam tru', 'sổ tạm trú', 'temporary residence'],
    vi: 'Nơi anh/chị đến ở một thời gian (thuê trọ, ở nhờ, đi học, đi làm) ngoài nơi thường trú. Ở từ 30 ngày trở lên phải đăng ký tạm trú.',
    en: 'A place you stay for a while (rented room, with relatives, for work or study) away from your permanent home. Staying 30 days or more requires registration.',
  },
  {
    term: 'tạm vắng',
    aliases: ['tam vang', 'temporary absence'],
    vi: 'Việc báo với công an xã rằng anh/chị rời nơi cư trú một thời gian. Quy định chung (Luật Cư trú 2020, Điều 31): ai đi khỏi tỉnh nơi thường trú từ 12 tháng liên tục trở lên phải khai báo tạm vắng, trừ khi đã đăng ký tạm trú ở nơi ở mới hoặc đã ra nước ngoài. Ngoài ra một số người phải khai báo khi đi khỏi nơi cư trú dù ngắn hơn: người đang bị điều tra, truy tố, xét xử được tại ngoại, người đang chấp hành án treo hoặc biện pháp giáo dục tại xã, và người trong độ tuổi nghĩa vụ quân sự, dự bị động viên đi xa từ 3 tháng liên tục trở lên.',
    en: 'Telling the commune police that you are away from your place of residence for a while. The general rule (Law on Residence 2020, Article 31): anyone leaving the province of their permanent residence for 12 months in a row or more must declare it, unless they have registered temporary residence at the new place or gone abroad. Some people must declare shorter absences too: suspects and defendants on bail, people serving a suspended sentence or an education measure in the commune, and people of military-service or reserve age away for 3 months in a row or more.',
  },
  {
    term: 'chủ hộ',
    aliases: ['chu ho', 'householder', 'head of household'],
    vi: 'Người đứng tên đại diện cho hộ gia đình trong đăng ký cư trú, thường là người sở hữu nhà hoặc người lớn tuổi nhất. Muốn nhập khẩu vào nhà người khác cần chủ hộ đồng ý.',
    en: 'The person who represents the household in the residence register, usually the home owner or the eldest. Registering into someone else\'s household needs their consent.',
  },
  {
    term: 'căn cước',
    aliases: ['can cuoc', 'thẻ căn cước', 'the can cuoc', 'cccd', 'căn cước công dân', 'can cuoc cong dan', 'cmnd', 'chứng minh nhân dân', 'chung minh thu', 'id card'],
    vi: 'Thẻ có gắn chip ghi thông tin cá nhân, dùng để chứng minh anh/chị là ai. Từ 1/7/2024 gọi là "thẻ căn cước". Thẻ căn cước công dân (CCCD) cũ vẫn dùng được đến hết hạn in trên thẻ, không bắt buộc đổi. Chứng minh nhân dân (CMND) 9 số chỉ còn giá trị đến hết ngày 31/12/2024; ai chỉ có CMND thì làm thẻ căn cước.',
    en: 'The chip card with your personal data that proves who you are. Since 1 July 2024 it is called "thẻ căn cước". An old citizen ID card (CCCD) stays valid until the expiry date printed on it; there is no need to exchange it. The 9-digit ID card (CMND) was valid only until 31 December 2024; anyone who has only a CMND applies for a thẻ căn cước.',
  },
  {
    term: 'số định danh cá nhân',
    aliases: ['so dinh danh ca nhan', 'mã định danh', 'ma dinh danh', 'mã định danh cá nhân', 'số căn cước', 'so can cuoc', 'personal identification number'],
    vi: 'Dãy 12 chữ số riêng của mỗi người, in trên thẻ căn cước. Cán bộ dùng số này để tra thông tin của anh/chị, nên nhiều giấy tờ không cần nộp nữa.',
    en: 'The 12-digit number unique to each person, printed on the ID card. Officers use it to look up your data, so many papers no longer need to be handed in.',
  },
  {
    term: 'định danh điện tử mức 2',
    aliases: ['dinh danh dien tu muc 2', 'vneid', 'vneid mức 2', 'tài khoản định danh điện tử', 'mức độ 2', 'căn cước điện tử', 'electronic id'],
    vi: 'Tài khoản trên ứng dụng VNeID đã được công an xác thực bằng ảnh khuôn mặt và vân tay. Dùng để đăng nhập Cổng dịch vụ công, nộp hồ sơ trực tuyến và xuất trình giấy tờ trên điện thoại.',
    en: 'An account in the VNeID app verified by the police with your face and fingerprints. It logs you into the public-service portal, lets you file online and show papers on your phone.',
  },
  {
    term: 'giấy chứng sinh',
    aliases: ['giay chung sinh', 'birth notice'],
    vi: 'Giấy bệnh viện hoặc trạm y tế cấp khi em bé chào đời, ghi ngày giờ sinh, cân nặng, tên mẹ. Mang giấy này đi làm giấy khai sinh.',
    en: 'The paper the hospital or health station gives when a baby is born, with time of birth, weight and the mother\'s name. You need it to register the birth.',
  },
  {
    term: 'giấy ủy quyền',
    aliases: ['giay uy quyen', 'giấy uỷ quyền', 'văn bản ủy quyền', 'van ban uy quyen', 'ủy quyền', 'power of attorney', 'authorisation'],
    vi: 'Giấy anh/chị viết để nhờ người khác đi làm thủ tục thay mình. Thường phải chứng thực chữ ký; nếu người được nhờ là ông bà, bố mẹ, vợ chồng, con, anh chị em ruột thì với thủ tục hộ tịch không cần chứng thực.',
    en: 'A paper you sign to let someone else do a procedure for you. It usually needs a certified signature; for civil-status procedures it does not if that person is a grandparent, parent, spouse, child or sibling.',
  },
  {
    term: 'tờ khai',
    aliases: ['to khai', 'mẫu đơn', 'mau don', 'đơn', 'biểu mẫu', 'form'],
    vi: 'Mẫu giấy in sẵn để anh/chị điền thông tin của mình. Khi nộp trực tuyến, trợ lý hỏi từng câu và điền giúp anh/chị.',
    en: 'A printed form where you fill in your details. When you file online, the assistant asks the questions and fills it in for you.',
  },
  {
    term: 'lệ phí',
    aliases: ['le phi', 'phí', 'phi', 'lệ phí và phí', 'fee', 'charge'],
    vi: 'Khoản tiền nộp cho Nhà nước khi được giải quyết thủ tục (lệ phí), hoặc để bù chi phí dịch vụ như sao chụp, gửi bưu điện (phí). Nhiều thủ tục hộ tịch đúng hạn được miễn lệ phí.',
    en: 'Money paid to the State for handling a procedure (a charge, "lệ phí"), or to cover a service such as copying or postage (a fee, "phí"). Many on-time civil-status procedures are free.',
  },
  {
    term: 'ngày làm việc',
    aliases: ['ngay lam viec', 'working day', 'working days'],
    vi: 'Ngày cơ quan mở cửa: thứ Hai đến thứ Sáu, không tính thứ Bảy, Chủ nhật và ngày lễ, Tết. "3 ngày làm việc" nộp thứ Sáu thì thường thứ Tư tuần sau có kết quả.',
    en: 'A day the office is open: Monday to Friday, not weekends or public holidays. "3 working days" from a Friday usually means the following Wednesday.',
  },
  {
    term: 'bộ phận một cửa',
    aliases: ['bo phan mot cua', 'một cửa', 'mot cua', 'bộ phận tiếp nhận và trả kết quả', 'trung tâm phục vụ hành chính công', 'one-stop shop'],
    vi: 'Nơi duy nhất ở xã nhận hồ sơ và trả kết quả cho mọi thủ tục, không phải đi từng phòng. Từ 01/7/2025 là Trung tâm Phục vụ hành chính công của xã (Nghị định 118/2025/NĐ-CP), nhận hồ sơ của người dân ở bất cứ đâu trong tỉnh.',
    en: 'The one place at the commune that takes dossiers and hands back results for every procedure, so you need not visit each department. Since 1 July 2025 it is the commune’s Public Administration Service Centre (Decree 118/2025/NĐ-CP), which accepts dossiers from anyone in the province.',
  },
  {
    term: 'dịch vụ bưu chính công ích',
    aliases: ['dich vu buu chinh cong ich', 'trả kết quả qua bưu điện', 'tra ket qua qua buu dien', 'bưu điện', 'buu dien', 'gửi qua bưu điện', 'postal service', 'delivery by post'],
    vi: 'Bưu điện nhận hồ sơ hoặc mang kết quả đến tận nhà anh/chị thay vì anh/chị phải đến xã. Phí gửi do anh/chị trả khi nhận.',
    en: 'The post office collects your papers or brings the result to your home so you need not go to the commune. You pay the postage on delivery.',
  },
  {
    term: 'mã hồ sơ',
    aliases: ['ma ho so', 'số biên nhận', 'so bien nhan', 'giấy tiếp nhận', 'giay tiep nhan', 'giấy hẹn', 'giay hen', 'biên nhận', 'receipt code'],
    vi: 'Mã số cơ quan cấp khi nhận hồ sơ của anh/chị, in trên giấy tiếp nhận và hẹn trả kết quả. Giữ mã này để tra cứu tình trạng hồ sơ.',
    en: 'The number the office gives when it accepts your dossier, printed on the receipt and appointment slip. Keep it to check the status.',
  },
  {
    term: 'hồ sơ',
    aliases: ['ho so', 'bộ hồ sơ', 'dossier', 'application file'],
    vi: 'Tất cả giấy tờ anh/chị nộp cho một thủ tục: tờ khai cùng các giấy tờ kèm theo.',
    en: 'All the papers you hand in for one procedure: the form together with the supporting papers.',
  },
  {
    term: 'bổ sung hồ sơ',
    aliases: ['bo sung ho so', 'yêu cầu bổ sung', 'hồ sơ chưa đủ', 'ho so chua du', 'additional documents'],
    vi: 'Khi hồ sơ còn thiếu hoặc chưa đúng, cán bộ báo anh/chị nộp thêm hoặc sửa giấy tờ. Thời hạn giải quyết tính lại từ khi nhận đủ.',
    en: 'When the dossier is missing something, the officer asks you to add or fix papers. The processing time restarts once it is complete.',
  },
  {
    term: 'sổ đỏ',
    aliases: ['so do', 'sổ hồng', 'so hong', 'bìa đỏ', 'giấy chứng nhận quyền sử dụng đất', 'gcn qsdđ', 'land use right certificate', 'red book'],
    vi: 'Cách gọi thông thường của Giấy chứng nhận quyền sử dụng đất (có thể kèm quyền sở hữu nhà). Là giấy quan trọng nhất chứng minh đất, nhà là của anh/chị.',
    en: 'The everyday name for the land-use-right certificate (which may also cover the house). It is the key paper proving the land or house is yours.',
  },
  {
    term: 'hộ kinh doanh',
    aliases: ['ho kinh doanh', 'hkd', 'household business'],
    vi: 'Hình thức kinh doanh nhỏ của một người hoặc một gia đình (quán ăn, tạp hóa, sửa xe…), đăng ký ở xã, đơn giản hơn thành lập công ty.',
    en: 'A small business run by a person or a family (eatery, grocery, repair shop…), registered at the commune; simpler than a company.',
  },
  {
    term: 'UBND xã',
    aliases: ['ubnd xa', 'ủy ban nhân dân xã', 'uy ban nhan dan xa', 'ủy ban xã', 'uy ban xa', 'ubnd', 'ủy ban phường', 'commune people\'s committee'],
    vi: 'Ủy ban nhân dân xã (hoặc phường): chính quyền gần dân nhất, nơi giải quyết hầu hết thủ tục hằng ngày như khai sinh, kết hôn, chứng thực.',
    en: "The commune (or ward) People's Committee: the local government closest to you, handling most everyday procedures such as births, marriages and certification.",
  },
  {
    term: 'công an xã',
    aliases: ['cong an xa', 'công an phường', 'cong an phuong', 'commune police'],
    vi: 'Công an ở xã, phường: nơi làm thủ tục cư trú (thường trú, tạm trú), thẻ căn cước và định danh điện tử.',
    en: 'The police at the commune or ward: where you do residence registration, ID cards and the electronic ID.',
  },
  {
    term: 'giấy tờ tùy thân',
    aliases: ['giay to tuy than', 'giấy tờ tuỳ thân', 'identity document', 'proof of identity'],
    vi: 'Giấy có ảnh chứng minh anh/chị là ai: thẻ căn cước, căn cước điện tử trên VNeID, hộ chiếu.',
    en: 'A paper with your photo that proves who you are: ID card, electronic ID in VNeID, or passport.',
  },
  {
    term: 'xuất trình',
    aliases: ['xuat trinh', 'present', 'show'],
    vi: 'Mang bản chính đến cho cán bộ xem rồi nhận lại, không phải nộp. Nếu cán bộ tra được trên cơ sở dữ liệu thì không cần mang.',
    en: 'Bring the original for the officer to look at and take it back; you do not hand it in. If the officer can look it up in the database, you need not bring it.',
  },
  {
    term: 'cơ sở dữ liệu quốc gia về dân cư',
    aliases: ['co so du lieu quoc gia ve dan cu', 'csdlqg về dân cư', 'dữ liệu dân cư', 'du lieu dan cu', 'population database'],
    vi: 'Kho dữ liệu điện tử của Nhà nước về mỗi người dân (họ tên, ngày sinh, nơi cư trú, quan hệ gia đình). Cán bộ tra ở đây nên anh/chị không phải nộp giấy xác nhận cư trú.',
    en: "The State's electronic record of every resident (name, date of birth, residence, family relations). Officers look things up there, so you need not bring a residence certificate.",
  },
  {
    term: 'giấy xác nhận tình trạng hôn nhân',
    aliases: ['giay xac nhan tinh trang hon nhan', 'giấy độc thân', 'giay doc than', 'marital status certificate'],
    vi: 'Giấy do Ủy ban xã cấp xác nhận anh/chị đang độc thân, đã ly hôn hoặc góa. Thường dùng để kết hôn, mua bán nhà đất, vay ngân hàng; có giá trị 6 tháng.',
    en: 'A paper from the commune confirming you are single, divorced or widowed. Used to marry, buy or sell land, or borrow from a bank; valid for 6 months.',
  },
  {
    term: 'giám hộ',
    aliases: ['giam ho', 'người giám hộ', 'guardian', 'guardianship'],
    vi: 'Người được giao chăm sóc và đại diện cho trẻ em không còn cha mẹ, hoặc người không tự lo được cho mình.',
    en: 'A person who cares for and represents a child without parents, or an adult who cannot look after themselves.',
  },
  {
    term: 'tờ khai CT01',
    aliases: ['to khai ct01', 'ct01', 'mẫu ct01', 'tờ khai thay đổi thông tin cư trú', 'residence change form'],
    vi: 'Mẫu tờ khai dùng cho mọi việc về cư trú (thường trú, tạm trú, tách hộ…). Nếu ở nhà người khác, chủ hộ hoặc chủ nhà ký vào phần "ý kiến" để đồng ý.',
    en: 'The form used for every residence matter (permanent or temporary residence, household split…). If you live in someone else\'s home, the householder or owner signs the consent part.',
  },
  {
    term: 'Cổng Dịch vụ công quốc gia',
    aliases: ['cong dich vu cong quoc gia', 'cổng dịch vụ công', 'dịch vụ công trực tuyến', 'dich vu cong truc tuyen', 'dvc', 'dichvucong', 'public service portal'],
    vi: 'Trang web dichvucong.gov.vn của Nhà nước để nộp hồ sơ và theo dõi thủ tục qua mạng. Đăng nhập bằng tài khoản VNeID.',
    en: "The State's website dichvucong.gov.vn for filing and tracking procedures online. You log in with your VNeID account.",
  },
  {
    term: 'giấy báo tử',
    aliases: ['giay bao tu', 'death notice'],
    vi: 'Giấy bệnh viện cấp khi người bệnh mất tại bệnh viện; nếu mất ở nhà thì Ủy ban hoặc công an xã cấp. Mang giấy này đi đăng ký khai tử.',
    en: 'The paper the hospital issues when someone dies there; for a death at home the commune office or police issue it. You need it to register the death.',
  },
  {
    term: 'thủ tục hành chính',
    aliases: ['thu tuc hanh chinh', 'tthc', 'administrative procedure'],
    vi: 'Một việc anh/chị cần cơ quan Nhà nước giải quyết, có quy định sẵn giấy tờ cần nộp, thời gian và lệ phí. Ví dụ: đăng ký khai sinh, đăng ký tạm trú.',
    en: 'A matter the State handles for you, with set papers, processing time and fee. For example: birth registration, temporary residence registration.',
  },
];
