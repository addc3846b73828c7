/**
 * A small catalog built in code for search, facade and API tests: everyday
 * commune procedures, look-alikes that compete with them, and specialised
 * procedures (customs, gold trading) that must not answer citizens' chatter.
 */
import type { CuratedProcedure, GlossaryEntry, Procedure } from '../../../knowledge/model';

const CITIZEN = ['Công dân Việt Nam'];
const BUSINESS = ['Doanh nghiệp', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'];

function procedure(code: string, name: string, field: string, levels: string[], applicants: string[] = CITIZEN): Procedure {
  return {
    code,
    name,
    field,
    levels,
    ministry: 'Bộ Tư pháp',
    applicants,
    agencies: ['UBND cấp xã'],
    channels: {
      online: { time: { value: 1, unit: 'working_days', text: '1' }, fees: [{ kind: 'free', text: 'Miễn phí' }] },
      postal: null,
      inPerson: { time: { value: 1, unit: 'working_days', text: '1' }, fees: [{ kind: 'free', text: 'Miễn phí' }] },
    },
    documents: [{ id: 'd1', title: 'Tờ khai', quantity: 1, form: 'original', required: true }],
    conditions: [],
    results: ['Kết quả'],
    legalBasis: [{ title: 'Luật Hộ tịch', number: '60/2014/QH13' }],
    sourceUrl: `https://dichvucong.gov.vn/${code}`,
  };
}

const XA = ['Cấp xã'];
const BO = ['Cấp bộ'];

export function fixtureCatalog(): Procedure[] {
  return [
    procedure('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', XA),
    procedure('1.000689', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con', 'Hộ tịch', XA),
    procedure('1.004884', 'Thủ tục đăng ký lại khai sinh', 'Hộ tịch', XA),
    procedure('2.000635', 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', 'Hộ tịch', ['Cấp tỉnh', 'Cấp xã']),
    procedure('1.000656', 'Thủ tục đăng ký khai tử', 'Hộ tịch', XA),
    procedure('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch', XA),
    procedure('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', XA),
    procedure('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp', 'Chứng thực', XA),
    procedure('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực', XA),
    procedure('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', XA),
    procedure('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', XA),
    procedure('1.003677', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú', XA),
    procedure('1.014061', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', 'Cấp, quản lý căn cước', XA),
    procedure('1.014064', 'Cấp lại thẻ căn cước', 'Cấp, quản lý căn cước', XA),
    procedure(
      '1.013978',
      'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
      'Đất đai',
      XA,
    ),
    procedure('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', XA),
    procedure('1.003164', 'Thủ tục hải quan đối với xăng dầu, hóa chất, khí quá cảnh', 'Hải quan', XA),
    procedure('1.000034', 'Thủ tục hải quan đối với xăng dầu cung ứng xuất khẩu, tái xuất cho máy bay', 'Hải quan', BO, BUSINESS),
    procedure('1.009999', 'Thủ tục cấp Giấy phép kinh doanh mua, bán vàng miếng', 'Hoạt động ngoại hối', BO, BUSINESS),
    procedure('1.008888', 'Thủ tục cấp Giấy phép tạm nhập vàng nguyên liệu để tái xuất sản phẩm', 'Hoạt động ngoại hối', BO, BUSINESS),
    procedure('1.007777', 'Thủ tục thông báo hoạt động khuyến mại', 'Xúc tiến thương mại', ['Cấp tỉnh'], BUSINESS),
  ];
}

function curated(code: string, popularity: number, plainTitle: string, englishTitle: string, aliases: string[]): CuratedProcedure {
  return { code, popularity, plainTitle, englishTitle, aliases, uploadHints: {}, presentAtCounter: [], lookedUp: [], questions: [] };
}

export function fixtureCurated(): CuratedProcedure[] {
  return [
    curated('1.001193', 1, 'Làm giấy khai sinh cho con', 'Birth registration', [
      'làm giấy khai sinh',
      'khai sinh cho con',
      'con mới sinh',
      'birth certificate',
    ]),
    curated('1.000656', 6, 'Đăng ký khai tử khi người thân mất', 'Death registration', ['báo tử', 'người nhà mất', 'giấy chứng tử']),
    curated('1.004222', 5, 'Đăng ký thường trú (nhập hộ khẩu)', 'Permanent residence registration', ['nhập hộ khẩu', 'nhập khẩu cho con']),
    curated('1.013978', 20, 'Làm sổ đỏ lần đầu', 'First land-use certificate', ['làm sổ đỏ', 'cấp sổ đỏ lần đầu']),
    curated('2.000815', 2, 'Chứng thực bản sao từ bản chính (photo công chứng)', 'Certified copy', [
      'photo công chứng',
      'công chứng giấy tờ',
    ]),
    // no catalog record: the facade must ignore it
    curated('9.999999', 99, 'Không có trong danh mục', 'Not in the catalog', ['phantom procedure']),
  ];
}

export function fixtureGlossary(): GlossaryEntry[] {
  return [
    {
      term: 'Trích lục',
      aliases: ['trich luc', 'bản trích lục'],
      vi: 'Bản sao thông tin từ sổ hộ tịch.',
      en: 'An extract from the civil register.',
    },
    { term: 'Sổ đỏ', aliases: ['so do', 'bìa đỏ'], vi: 'Giấy chứng nhận quyền sử dụng đất.', en: 'Land-use right certificate.' },
  ];
}
