/** Building permits for houses (the commune handles grade III and IV works). */
import type { CuratedInput } from './types';

export const construction: CuratedInput[] = [
  {
    code: '1.013225',
    plainTitle: 'Xin giấy phép xây nhà mới',
    englishTitle: 'Building permit for a new house',
    popularity: 22,
    aliases: [
      'giấy phép xây dựng', 'giay phep xay dung', 'xin giấy phép xây dựng', 'xin phép xây dựng', 'xin phep xay dung',
      'gpxd', 'xin gpxd', 'xây nhà mới', 'xay nha moi', 'xin phép xây nhà', 'làm nhà mới cần xin phép', 'xây nhà ở riêng lẻ',
      'cất nhà mới', 'xây nhà cấp 4', 'xây nhà 3 tầng', 'giấy phép xây dựng nhà ở', 'phép xây dựng',
      'building permit', 'permit to build a house', 'construction permit',
    ],
  },
  {
    code: '1.013229',
    plainTitle: 'Xin giấy phép sửa chữa, cải tạo nhà',
    englishTitle: 'Building permit for repairing or renovating a house',
    popularity: 44,
    aliases: [
      'xin phép sửa nhà', 'xin phep sua nha', 'sửa chữa nhà', 'sua chua nha', 'cải tạo nhà', 'cai tao nha',
      'giấy phép sửa chữa cải tạo', 'giay phep sua chua cai tao', 'nâng tầng nhà', 'nang tang', 'cơi nới nhà', 'làm thêm tầng',
      'sửa mái nhà có cần xin phép', 'đập đi làm lại một phần nhà', 'renovation permit', 'permit to repair a house',
    ],
  },
];
