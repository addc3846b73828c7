/**
 * The find dialog's clarifying question when the best matches are variants of
 * one need (knowledge/search/variants.ts): one short question, one label per option.
 */
import type { Catalog } from './format';

export type FindKey =
  | 'variant.vehicle'
  | 'variant.vehicle.first'
  | 'variant.vehicle.owner'
  | 'variant.vehicle.replace'
  | 'variant.vehicle.return'
  | 'variant.vehicle.temporary'
  | 'variant.foreign'
  | 'variant.foreign.domestic'
  | 'variant.foreign.foreign'
  | 'variant.age'
  | 'variant.age.under14'
  | 'variant.age.from14'
  | 'variant.level'
  | 'variant.level.commune'
  | 'variant.level.province'
  | 'variant.level.ministry'
  | 'variant.all'
  | 'variant.help';

export const findMessages: Catalog<FindKey> = {
  vi: {
    'variant.vehicle': 'Anh/chị cần làm gì với xe? Gõ số:',
    'variant.vehicle.first': 'Đăng ký xe mới mua, lấy biển số',
    'variant.vehicle.owner': 'Sang tên, đổi chủ xe',
    'variant.vehicle.replace': 'Làm lại hoặc đổi cà vẹt, biển số',
    'variant.vehicle.return': 'Nộp lại cà vẹt, biển số (xe bán, hỏng, mất)',
    'variant.vehicle.temporary': 'Đăng ký xe tạm thời',
    'variant.foreign': 'Việc này có người nước ngoài (hoặc xảy ra ở nước ngoài) không? Gõ số:',
    'variant.foreign.domestic': 'Không, chỉ người Việt Nam ở trong nước',
    'variant.foreign.foreign': 'Có người nước ngoài hoặc ở nước ngoài',
    'variant.age': 'Người làm thẻ căn cước bao nhiêu tuổi? Gõ số:',
    'variant.age.under14': 'Dưới 14 tuổi',
    'variant.age.from14': 'Từ đủ 14 tuổi trở lên',
    'variant.level': 'Thủ tục này có ở nhiều cấp. Anh/chị nộp ở đâu? Gõ số:',
    'variant.level.commune': 'Ở xã',
    'variant.level.province': 'Ở tỉnh',
    'variant.level.ministry': 'Ở bộ, cơ quan trung ương',
    'variant.all': 'Xem tất cả kết quả',
    'variant.help': 'Mấy thủ tục gần giống nhau, khác ở trường hợp của anh/chị. Gõ số của trường hợp đúng, hoặc gõ lại việc cần làm.',
  },
  en: {
    'variant.vehicle': 'What do you need to do with the vehicle? Type a number:',
    'variant.vehicle.first': 'Register a newly bought vehicle, get plates',
    'variant.vehicle.owner': 'Transfer to a new owner',
    'variant.vehicle.replace': 'Replace or renew the registration or plates',
    'variant.vehicle.return': 'Return the registration and plates (sold, scrapped, stolen)',
    'variant.vehicle.temporary': 'Temporary registration',
    'variant.foreign': 'Is a foreigner involved, or did it happen abroad? Type a number:',
    'variant.foreign.domestic': 'No, only Vietnamese citizens in Vietnam',
    'variant.foreign.foreign': 'Yes, a foreigner or abroad',
    'variant.age': 'How old is the person the ID card is for? Type a number:',
    'variant.age.under14': 'Under 14',
    'variant.age.from14': '14 or older',
    'variant.level': 'This procedure exists at several levels. Where do you file it? Type a number:',
    'variant.level.commune': 'At the commune',
    'variant.level.province': 'At the province',
    'variant.level.ministry': 'At a ministry or central agency',
    'variant.all': 'Show all results',
    'variant.help':
      'These procedures are nearly the same and differ by your case. Type the number of your case, or describe what you need again.',
  },
};
