import { parseDocuments } from '../../knowledge/importer/parse/documents';
import { splitTemplate } from '../../knowledge/importer/parse/template';

const COLS = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

describe('splitTemplate', () => {
  it('cuts a template file name glued after punctuation', () => {
    expect(splitTemplate('Văn bản đề nghị hủy tài khoản điện tử (NA20).Mau NA20-BCA.docx')).toEqual({
      title: 'Văn bản đề nghị hủy tài khoản điện tử (NA20).',
      template: 'Mau NA20-BCA.docx',
    });
    expect(splitTemplate('Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)101-Mau A17 tam tru cho nguoi nuoc ngoai.doc')).toEqual({
      title: 'Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)',
      template: '101-Mau A17 tam tru cho nguoi nuoc ngoai.doc',
    });
  });
  it('cuts a file name glued to an acronym or a word', () => {
    expect(
      splitTemplate('Đơn đăng ký theo Mẫu số 26 Phụ lục I ban hành kèm theo Nghị định số 33/2026/NĐ-CPMẫu số 26.docx'),
    ).toEqual({ title: 'Đơn đăng ký theo Mẫu số 26 Phụ lục I ban hành kèm theo Nghị định số 33/2026/NĐ-CP', template: 'Mẫu số 26.docx' });
    expect(splitTemplate('Văn bản đề nghị phê duyệt đề án đóng cửa mỏ khoáng sảnMau 01-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx')).toEqual({
      title: 'Văn bản đề nghị phê duyệt đề án đóng cửa mỏ khoáng sản',
      template: 'Mau 01-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx',
    });
  });
  it('separates several glued file names', () => {
    expect(splitTemplate('Bản khai chung theo mẫuMauBankhaichung.docxMauDanhsachthuyenvien (1).docx').template).toBe(
      'MauBankhaichung.docx; MauDanhsachthuyenvien (1).docx',
    );
  });
  it('leaves titles without a file alone', () => {
    expect(splitTemplate('Giấy chứng sinh')).toEqual({ title: 'Giấy chứng sinh' });
  });
});

describe('parseDocuments', () => {
  it('birth registration 1.001193: section headings are not conditions; cases are', () => {
    const docs = parseDocuments(
      `* Giấy tờ phải nộp:${COLS}- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.1 bản chính- Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh.1 bản chínhTrường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.0 bản chính- Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.1 bản chính* Giấy tờ phải xuất trình:${COLS}- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước còn giá trị sử dụng để chứng minh về nhân thân.1 bản chính`,
    );
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(docs[0]).toEqual({
      id: 'd1',
      title: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.',
      quantity: 1,
      form: 'original',
      condition: 'Trường hợp trẻ em bị bỏ rơi',
      required: false,
    });
    expect(docs[1].condition).toBe('Trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh');
    expect(docs[2]).toMatchObject({ quantity: 0, required: false, condition: 'Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh' });
    expect(docs[2].title).toContain('không phải nộp bản giấy');
    expect(docs[3]).toMatchObject({ quantity: 1, required: true });
    expect(docs[3].title.startsWith('Giấy chứng sinh;')).toBe(true);
    expect(docs[3].condition).toBeUndefined();
    expect(docs[4]).toMatchObject({ form: 'original', required: true });
  });

  it('a group heading naming a case makes its papers conditional', () => {
    const docs = parseDocuments(
      `Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ${COLS}Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.1 bản chính--${COLS}Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ condition: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', required: false });
    expect(docs[1]).toMatchObject({ required: true });
    expect(docs[1].condition).toBeUndefined();
  });

  it('reads copies, certified copies, "original or copy" and templates', () => {
    const docs = parseDocuments(
      `--${COLS}Bản sao Giấy chứng nhận đăng ký doanh nghiệp.1 bản saoBản sao có chứng thực Giấy khai sinh của người con.1 bản saoĐơn đề nghị theo mẫu quy định1.6. Don de nghi CPXD.docx1 bản chính,1 bản saoGiấy tờ khác (nếu có).1 bản chính`,
    );
    expect(docs.map((d) => d.form)).toEqual(['copy', 'certified_copy', 'original_or_copy', 'original']);
    expect(docs[2]).toMatchObject({ title: 'Đơn đề nghị theo mẫu quy định', template: '1.6. Don de nghi CPXD.docx', quantity: 1 });
    expect(docs[3]).toMatchObject({ condition: 'Nếu có', required: false });
  });

  it('does not split on a quantity written inside prose', () => {
    const docs = parseDocuments(`--${COLS}Đơn đề nghị, nộp 01 bản chính. Kèm theo bản sao giấy tờ.1 bản chính`);
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('Đơn đề nghị, nộp 01 bản chính. Kèm theo bản sao giấy tờ.');
  });

  it('gives nothing for an empty cell', () => {
    expect(parseDocuments('--')).toEqual([]);
    expect(parseDocuments('Không có thông tin')).toEqual([]);
  });
});

describe('splitTemplate with prose after a glue point', () => {
  it('skips glue points followed by prose', () => {
    expect(
      splitTemplate('Đơn đề nghị cấp lại theo Mẫu số 14.QLT Phụ lục IA ban hành kèm theo Nghị định số 32/2026/NĐ-CPMẫu số 14.QLT. Cấp lại.docx'),
    ).toEqual({
      title: 'Đơn đề nghị cấp lại theo Mẫu số 14.QLT Phụ lục IA ban hành kèm theo Nghị định số 32/2026/NĐ-CP',
      template: 'Mẫu số 14.QLT. Cấp lại.docx',
    });
  });
});

describe('parseDocuments headings and notes', () => {
  it('treats "Hồ sơ … gồm" as the general dossier and a "Lưu ý" item as a note', () => {
    const docs = parseDocuments(
      `Hồ sơ đăng ký tạm trú gồm:${COLS}Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA);1 bản chínhĐăng ký tạm trú theo danh sách, hồ sơ gồm:${COLS}Văn bản đề nghị đăng ký tạm trú, trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người tạm trú.1 bản chínhLưu ý:- Trường hợp nộp hồ sơ trực tiếp tại cơ quan đăng ký cư trú thì người yêu cầu đăng ký xuất trình giấy tờ.1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ required: true });
    expect(docs[0].condition).toBeUndefined();
    expect(docs[1]).toMatchObject({ condition: 'Đăng ký tạm trú theo danh sách', required: false });
    expect(docs[2]).toMatchObject({ required: false });
  });
});

describe('parseDocuments case sub-headings', () => {
  it('applies a "Trường hợp …, hồ sơ gồm:" item to the papers after it in its group', () => {
    const docs = parseDocuments(
      `--${COLS}Đơn đề nghị nhập khẩu.1 bản chínhTrường hợp nhập khẩu nguyên liệu làm thuốc thú y là dung môi, tá dược hồ sơ gồm:0 bản chínhGiấy chứng nhận GMP.1 bản saoTrường hợp nhập khẩu để khảo nghiệm, hồ sơ gồm:0 bản chínhĐề cương khảo nghiệm.1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ required: true });
    expect(docs[1]).toMatchObject({ quantity: 0, required: false });
    expect(docs[2]).toMatchObject({
      condition: 'Trường hợp nhập khẩu nguyên liệu làm thuốc thú y là dung môi, tá dược',
      required: false,
    });
    expect(docs[4]).toMatchObject({ condition: 'Trường hợp nhập khẩu để khảo nghiệm', required: false });
  });
});
