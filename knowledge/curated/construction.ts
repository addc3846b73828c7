/** Building permits for houses (the commune handles grade III and IV works). */
import { hint, landCertificate, requestForm } from './hints';
import type { CuratedInput } from './types';

export const construction: CuratedInput[] = [
  {
    code: '1.013225',
    plainTitle: 'Xin giấy phép xây nhà mới',
    englishTitle: 'Building permit for a new house',
    popularity: 22,
    uploadHints: {
      d50: requestForm('đơn đề nghị cấp giấy phép xây dựng (Mẫu số 1)', 'the building permit application (form 1)'),
      d52: landCertificate,
      d53: hint(
        'Chụp hoặc tải lên bản vẽ thiết kế nhà (mặt bằng, mặt đứng, mặt cắt, móng), đủ các trang, rõ kích thước.',
        'Photograph or upload the house drawings (floor plan, elevation, section, foundation), every page, dimensions readable.',
      ),
    },
    aliases: [
      'giấy phép xây dựng', 'giay phep xay dung', 'xin giấy phép xây dựng', 'xin phép xây dựng', 'xin phep xay dung',
      'gpxd', 'xin gpxd', 'xây nhà mới', 'xay nha moi', 'xin phép xây nhà', 'làm nhà mới cần xin phép', 'xây nhà ở riêng lẻ',
      'cất nhà mới', 'xây nhà cấp 4', 'xây nhà 3 tầng', 'giấy phép xây dựng nhà ở', 'phép xây dựng',
      'building permit', 'permit to build a house', 'construction permit',
      'xin giấy phép xây nhà', 'xây nhà có cần xin phép không', 'cấp phép xây dựng nhà ở', 'xin cấp phép xây dựng',
      'làm nhà mới',
    ],
  },
  {
    code: '1.013229',
    plainTitle: 'Xin giấy phép sửa chữa, cải tạo nhà',
    englishTitle: 'Building permit for repairing or renovating a house',
    popularity: 44,
    uploadHints: {
      d53: requestForm('đơn đề nghị cấp giấy phép sửa chữa, cải tạo (Mẫu số 1)', 'the repair or renovation permit application (form 1)'),
      d50: landCertificate,
      d51: hint(
        'Chụp bản vẽ hiện trạng phần nhà định sửa và bản vẽ thiết kế sau khi sửa, rõ kích thước.',
        'Photograph the drawings of the part to be repaired as it is now and the design after the work, dimensions readable.',
      ),
    },
    aliases: [
      'xin phép sửa nhà', 'xin phep sua nha', 'sửa chữa nhà', 'sua chua nha', 'cải tạo nhà', 'cai tao nha',
      'giấy phép sửa chữa cải tạo', 'giay phep sua chua cai tao', 'nâng tầng nhà', 'nang tang', 'cơi nới nhà', 'làm thêm tầng',
      'sửa mái nhà có cần xin phép', 'đập đi làm lại một phần nhà', 'renovation permit', 'permit to repair a house',
      'sửa nhà có cần xin phép', 'cải tạo sửa chữa nhà ở', 'xin phép cải tạo nhà', 'giấy phép sửa nhà', 'sửa nhà',
    ],
  },
];
