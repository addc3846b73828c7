/** Social and health insurance (BHXH, BHYT) that citizens file through the commune. */
import type { CuratedInput } from './types';

export const insurance: CuratedInput[] = [
  {
    code: '2.000693',
    plainTitle: 'Hưởng chế độ thai sản',
    englishTitle: 'Maternity benefit',
    popularity: 26,
    aliases: [
      'chế độ thai sản', 'che do thai san', 'thai sản', 'thai san', 'tiền thai sản', 'tien thai san', 'hưởng thai sản',
      'nhận tiền thai sản', 'bhxh thai sản', 'nghỉ đẻ', 'nghi de', 'nghỉ sinh được hưởng gì', 'tiền sinh con bhxh',
      'chồng nghỉ thai sản khi vợ sinh', 'trợ cấp một lần khi sinh con', 'sảy thai hưởng chế độ', 'khám thai nghỉ việc',
      'maternity benefit', 'maternity leave pay', 'paternity leave benefit',
      'xin tiền thai sản', 'làm hồ sơ thai sản', 'sinh con được nhận tiền bảo hiểm', 'chế độ sinh con', 'thai san bhxh',
    ],
  },
  {
    code: '1.001613',
    plainTitle: 'Rút bảo hiểm xã hội một lần',
    englishTitle: 'One-time social insurance payment',
    popularity: 30,
    aliases: [
      'rút bhxh một lần', 'rut bhxh mot lan', 'rút bảo hiểm xã hội', 'rut bao hiem xa hoi', 'bhxh một lần', 'bhxh 1 lần',
      'rut bhxh 1 lan', 'lãnh bảo hiểm một lần', 'lấy tiền bảo hiểm xã hội', 'nghỉ việc rút bảo hiểm', 'chốt sổ rút tiền',
      'hưởng bảo hiểm xã hội một lần', 'đi nước ngoài rút bhxh', 'rút sổ bảo hiểm',
      'one-time social insurance', 'withdraw social insurance', 'lump sum social insurance',
      'rút bảo hiểm một lần', 'nhận bhxh 1 lần', 'rút tiền bảo hiểm xã hội khi nghỉ việc', 'lãnh bhxh một lần',
    ],
  },
  {
    code: '1.001939',
    plainTitle: 'Mua, làm thẻ bảo hiểm y tế (người chỉ tham gia BHYT)',
    englishTitle: 'Health insurance card (health insurance only)',
    popularity: 25,
    aliases: [
      'làm thẻ bhyt', 'lam the bhyt', 'mua bảo hiểm y tế', 'mua bao hiem y te', 'bhyt hộ gia đình', 'bhyt ho gia dinh',
      'thẻ bảo hiểm y tế', 'the bao hiem y te', 'đăng ký bảo hiểm y tế', 'mua bhyt cho cả nhà', 'bhyt cho người già',
      'thẻ bhyt cho trẻ em', 'bhyt học sinh', 'đóng bảo hiểm y tế', 'làm bảo hiểm y tế',
      'health insurance card', 'buy health insurance', 'family health insurance',
    ],
  },
  {
    code: '1.002759',
    plainTitle: 'Cấp lại, đổi, sửa thông tin sổ BHXH, thẻ BHYT (mất thẻ, sai ngày sinh, sai tên)',
    englishTitle: 'Re-issue or correction of a social insurance book or health insurance card',
    popularity: 42,
    aliases: [
      'mất thẻ bhyt', 'mat the bhyt', 'cấp lại thẻ bảo hiểm y tế', 'cap lai the bao hiem y te', 'mất sổ bhxh', 'mat so bhxh',
      'cấp lại sổ bảo hiểm xã hội', 'sửa thông tin sổ bhxh', 'sai tên trên thẻ bhyt', 'đổi nơi khám chữa bệnh ban đầu',
      'đổi thẻ bhyt', 'thẻ bhyt bị rách', 'gộp sổ bhxh', 'lost health insurance card', 'correct social insurance book',
      'mất thẻ bảo hiểm y tế', 'làm lại thẻ bhyt', 'làm lại thẻ bảo hiểm y tế', 'thẻ bảo hiểm y tế bị mất',
      'sổ bảo hiểm xã hội bị mất',
      // correcting personal details: people say "sổ bảo hiểm" for the BHXH book
      'sổ bảo hiểm sai ngày sinh', 'so bao hiem sai ngay sinh', 'điều chỉnh thông tin sổ bảo hiểm', 'dieu chinh thong tin so bhxh',
      'sổ bảo hiểm ghi sai họ tên', 'cập nhật số căn cước vào sổ bhxh', 'thẻ bhyt sai ngày sinh',
      'wrong date of birth on social insurance book',
    ],
  },
  {
    code: '2.000821',
    plainTitle: 'Hưởng chế độ tử tuất (tiền tuất, tiền mai táng khi người đóng BHXH mất)',
    englishTitle: 'Survivor and funeral benefits from social insurance',
    popularity: 43,
    aliases: [
      'chế độ tử tuất', 'che do tu tuat', 'tử tuất', 'tu tuat', 'mai táng phí', 'mai tang phi',
      'trợ cấp mai táng', 'người đóng bhxh mất', 'bố mất nhận tiền bảo hiểm', 'tuất hằng tháng',
      'funeral allowance', 'survivor benefit', 'survivor pension',
      'tiền tuất', 'tien tuat', 'trợ cấp tuất một lần', 'tiền mai táng', 'tien mai tang', 'tiền ma chay bảo hiểm',
      'người hưởng lương hưu qua đời nhận tiền gì', 'chồng đóng bảo hiểm mất vợ con được hưởng gì', 'death benefit social insurance',
    ],
  },
  {
    code: '1.002179',
    plainTitle: 'Đăng ký đóng bảo hiểm xã hội tự nguyện',
    englishTitle: 'Voluntary social insurance registration',
    popularity: 48,
    aliases: [
      'bhxh tự nguyện', 'bhxh tu nguyen', 'bảo hiểm xã hội tự nguyện', 'bao hiem xa hoi tu nguyen', 'đóng bhxh tự nguyện',
      'đóng bảo hiểm để có lương hưu', 'nông dân đóng bảo hiểm', 'tham gia bhxh tự nguyện', 'đóng tiếp bảo hiểm sau khi nghỉ việc',
      'voluntary social insurance', 'pension for farmers',
    ],
  },
];
