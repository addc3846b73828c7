import { parseConditions } from '../../../knowledge/importer/parse/conditions';
import { parseLegalBasis } from '../../../knowledge/importer/parse/legal';
import { parseAgencies, parseApplicants, parseLevels } from '../../../knowledge/importer/parse/lists';
import { parseResults } from '../../../knowledge/importer/parse/results';

const PAGE =
  'Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Tỉnh/ Thành phố --Phường/ XãSở-- Chọn Phường/ Xã --Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyếnNộp hồ sơ';

describe('parseResults', () => {
  it('keeps the result names and cuts codes and page leftovers', () => {
    expect(parseResults(`Giấy khai sinhMã: KQ.G15.000031${PAGE}`)).toEqual(['Giấy khai sinh']);
    expect(
      parseResults(
        `Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cưMã: KQ.G01.000064Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trúMã: KQ.G01.000065${PAGE}`,
      ),
    ).toEqual([
      'Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
      'Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú',
    ]);
  });
  it('cuts other code shapes without eating the next name', () => {
    expect(parseResults(`Văn bản chấp thuận.Mã: 000.00.00.G04-KQ0608Giấy phép vận chuyển hàng hóa nguy hiểmMã: 0007${PAGE}`)).toEqual([
      'Văn bản chấp thuận.',
      'Giấy phép vận chuyển hàng hóa nguy hiểm',
    ]);
  });
  it('cuts placeholder codes', () => {
    expect(parseResults(`Quyết định cấp lại chứng chỉ hành nghề Quản tài viênMã: utwChứng chỉ hành nghề Quản tài viênMã: ${PAGE}`)).toEqual(
      ['Quyết định cấp lại chứng chỉ hành nghề Quản tài viên', 'Chứng chỉ hành nghề Quản tài viên'],
    );
  });
  it('keeps a result without a code', () => {
    expect(parseResults(`Quyết định công nhận${PAGE}`)).toEqual(['Quyết định công nhận']);
    expect(parseResults('')).toEqual([]);
  });
});

describe('parseLegalBasis', () => {
  it('splits title and number rows run together', () => {
    expect(
      parseLegalBasis(
        'Tên văn bản pháp lýMã văn bảnNghị định số 123/2015/NĐ-CP ngày 15/11/2015 của  Chính phủ quy định chi tiết một số điều và biện pháp thi  hành Luật Hộ tịch123/2015/NĐ-CPNghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu66.7/2025/NQ-CPLuật 60/2014/QH1360/2014/QH13',
      ),
    ).toEqual([
      {
        title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
        number: '123/2015/NĐ-CP',
      },
      {
        title: 'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
        number: '66.7/2025/NQ-CP',
      },
      { title: 'Luật 60/2014/QH13', number: '60/2014/QH13' },
    ]);
  });
  it('unglues a year ending the title and lowercase number suffixes', () => {
    expect(parseLegalBasis('Tên văn bản pháp lýMã văn bảnLuật Cư trú 202068/2020/QH14Quyết định 04/2018/QĐ-TTg04/2018/QĐ-TTg')).toEqual([
      { title: 'Luật Cư trú 2020', number: '68/2020/QH14' },
      { title: 'Quyết định 04/2018/QĐ-TTg', number: '04/2018/QĐ-TTg' },
    ]);
  });
  it('drops a number cell written as a name glued to the title', () => {
    const rows = parseLegalBasis(
      'Tên văn bản pháp lýMã văn bảnThông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số 03/2023/TT-BTP',
    );
    expect(rows).toEqual([{ title: 'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp', number: '03/2023/TT-BTP' }]);
  });
  it('reads joint-circular numbers with slashes and underscores', () => {
    expect(
      parseLegalBasis(
        'Tên văn bản pháp lýMã văn bảnThông tư liên tịch hướng dẫn chế độ đối với người tham gia kháng chiến191/2005/TTLT/BQP-BLĐTBXH-BTC',
      ),
    ).toEqual([
      { title: 'Thông tư liên tịch hướng dẫn chế độ đối với người tham gia kháng chiến', number: '191/2005/TTLT/BQP-BLĐTBXH-BTC' },
    ]);
  });
  it('gives nothing for "Không có thông tin"', () => {
    expect(parseLegalBasis('Tên văn bản pháp lýMã văn bảnKhông có thông tin')).toEqual([]);
  });
});

describe('parseConditions', () => {
  it('has none for "Không có thông tin"', () => {
    expect(parseConditions('Không có thông tin')).toEqual([]);
  });
  it('keeps one condition a line', () => {
    expect(
      parseConditions(
        'Bản chính giấy tờ, văn bản cần chứng thực.\n\nBản chính giấy tờ, văn bản không được dùng làm cơ sở để chứng thực bản sao:\n\n+ Bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ.',
      ),
    ).toEqual([
      'Bản chính giấy tờ, văn bản cần chứng thực.',
      'Bản chính giấy tờ, văn bản không được dùng làm cơ sở để chứng thực bản sao:',
      '+ Bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ.',
    ]);
  });
});

describe('lists', () => {
  it('splits levels and applicants, keeping commas inside parentheses', () => {
    expect(parseLevels('Cấp tỉnh, Cấp xã')).toEqual(['Cấp tỉnh', 'Cấp xã']);
    expect(parseApplicants('Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX), Người Việt Nam định cư ở nước ngoài')).toEqual([
      'Công dân Việt Nam',
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Người Việt Nam định cư ở nước ngoài',
    ]);
  });
  it('uses the competent authority when no executing agency is given', () => {
    expect(parseAgencies('Không có thông tin', 'Công an cấp Xã')).toEqual(['Công an cấp Xã']);
    expect(parseAgencies('Tổ chức hành nghề công chứng, Cơ quan đại diện có thẩm quyền', '')).toEqual([
      'Tổ chức hành nghề công chứng',
      'Cơ quan đại diện có thẩm quyền',
    ]);
  });
});
