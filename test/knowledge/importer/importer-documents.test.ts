import { parseDocumentList, parseDocuments } from '../../../knowledge/importer/parse/documents';
import { splitTemplate } from '../../../knowledge/importer/parse/template';

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
    expect(splitTemplate('Đơn đăng ký theo Mẫu số 26 Phụ lục I ban hành kèm theo Nghị định số 33/2026/NĐ-CPMẫu số 26.docx')).toEqual({
      title: 'Đơn đăng ký theo Mẫu số 26 Phụ lục I ban hành kèm theo Nghị định số 33/2026/NĐ-CP',
      template: 'Mẫu số 26.docx',
    });
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
    // the "không phải nộp" row is a note: ids still count it, so d3 is not a paper
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2', 'd4', 'd5']);
    expect(docs[0]).toEqual({
      id: 'd1',
      title: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.',
      quantity: 1,
      form: 'original',
      condition: 'Trường hợp trẻ em bị bỏ rơi',
      required: false,
      source: '- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.1 bản chính',
    });
    expect(docs[1]?.condition).toBe('Trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh');
    expect(docs[2]).toMatchObject({ id: 'd4', quantity: 1, required: true });
    expect(docs[2]?.title.startsWith('Giấy chứng sinh;')).toBe(true);
    expect(docs[2]?.condition).toBeUndefined();
    expect(docs[3]).toMatchObject({ form: 'original', required: true, presented: true });
    const { notes } = parseDocumentList(
      `* Giấy tờ phải nộp:${COLS}Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.0 bản chính`,
    );
    expect(notes).toEqual([
      { id: 'h1', kind: 'heading', text: 'Giấy tờ phải nộp', source: '* Giấy tờ phải nộp:' },
      expect.objectContaining({ id: 'd1', kind: 'note', text: expect.stringContaining('không phải nộp bản giấy') }),
    ]);
  });

  it('a group heading naming a case makes its papers conditional', () => {
    const docs = parseDocuments(
      `Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ${COLS}Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.1 bản chính--${COLS}Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ condition: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', required: false });
    expect(docs[1]).toMatchObject({ required: true });
    expect(docs[1]?.condition).toBeUndefined();
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
    expect(docs[0]?.title).toBe('Đơn đề nghị, nộp 01 bản chính. Kèm theo bản sao giấy tờ.');
  });

  it('gives nothing for an empty cell', () => {
    expect(parseDocuments('--')).toEqual([]);
    expect(parseDocuments('Không có thông tin')).toEqual([]);
  });
});

describe('splitTemplate with prose after a glue point', () => {
  it('skips glue points followed by prose', () => {
    expect(
      splitTemplate(
        'Đơn đề nghị cấp lại theo Mẫu số 14.QLT Phụ lục IA ban hành kèm theo Nghị định số 32/2026/NĐ-CPMẫu số 14.QLT. Cấp lại.docx',
      ),
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
    expect(docs[0]?.condition).toBeUndefined();
    expect(docs[1]).toMatchObject({ condition: 'Đăng ký tạm trú theo danh sách', required: false });
    // "Lưu ý: …" is a note, never a paper
    expect(docs).toHaveLength(2);
  });
});

describe('parseDocuments case sub-headings', () => {
  it('applies a "Trường hợp …, hồ sơ gồm:" item to the papers after it in its group', () => {
    const docs = parseDocuments(
      `--${COLS}Đơn đề nghị nhập khẩu.1 bản chínhTrường hợp nhập khẩu nguyên liệu làm thuốc thú y là dung môi, tá dược hồ sơ gồm:0 bản chínhGiấy chứng nhận GMP.1 bản saoTrường hợp nhập khẩu để khảo nghiệm, hồ sơ gồm:0 bản chínhĐề cương khảo nghiệm.1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ id: 'd1', required: true });
    // the case headings (d2, d4) are notes of kind "condition"; their papers carry the case
    expect(docs[1]).toMatchObject({
      id: 'd3',
      condition: 'Trường hợp nhập khẩu nguyên liệu làm thuốc thú y là dung môi, tá dược',
      required: false,
    });
    expect(docs[2]).toMatchObject({ id: 'd5', condition: 'Trường hợp nhập khẩu để khảo nghiệm', required: false });
    expect(docs).toHaveLength(3);
  });
});

describe('parseDocumentList: the defect classes of issue 12', () => {
  it('1.012796 / 1.013947: a count glued to a form number is split; the title keeps its number', () => {
    const docs = parseDocuments(
      `--${COLS}Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 181 bản chính,1 bản saoVăn bản đề nghị xác nhận lại thời hạn sử dụng đất theo Mẫu số 091 bản chính,1 bản sao(2) Giấy chứng nhận đã cấp.,1 bản chính`,
    );
    expect(docs[0]).toMatchObject({
      title: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18',
      quantity: 1,
      form: 'original_or_copy',
    });
    expect(docs[1]).toMatchObject({ title: 'Văn bản đề nghị xác nhận lại thời hạn sử dụng đất theo Mẫu số 09', quantity: 1 });
    expect(docs[2]).toMatchObject({ title: 'Giấy chứng nhận đã cấp.', quantity: 1 });
  });

  it('1.004004: "Các giấy tờ phải nộp …" and "… phải xuất trình …" are headings, never conditions', () => {
    const { documents, notes } = parseDocumentList(
      `Các giấy tờ phải nộp (bản chính), mỗi loại 01 bản, gồm:${COLS}+ Bản khai chung theo mẫu1 bản chínhCác giấy tờ phải xuất trình (bản chính), bao gồm${COLS}Hộ chiếu của thuyền viên;1 bản chính`,
    );
    expect(documents.map((d) => d.condition)).toEqual([undefined, undefined]);
    expect(documents.map((d) => d.required)).toEqual([true, true]);
    expect(documents[1]?.presented).toBe(true);
    expect(notes.map((n) => n.kind)).toEqual(['heading', 'heading']);
  });

  it('2.000806: "Ngoài giấy tờ nêu trên, tùy từng trường hợp …:" heads case papers; "Giá trị sử dụng …" is a note', () => {
    const { documents, notes } = parseDocumentList(
      `* Giấy tờ phải nộp:${COLS}- Giấy xác nhận của tổ chức y tế.1 bản chính* Ngoài giấy tờ nêu trên, tùy từng trường hợp, bên nam, bên nữ phải nộp giấy tờ tương ứng sau đây:1 bản chính- Công dân Việt Nam là công chức, viên chức phải nộp văn bản của cơ quan quản lý xác nhận việc kết hôn;1 bản chínhGiá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân được xác định theo thời hạn ghi trên giấy tờ đó.1 bản chính`,
    );
    expect(documents.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(documents[1]).toMatchObject({
      title: 'Văn bản của cơ quan quản lý xác nhận việc kết hôn',
      condition: 'Công dân Việt Nam là công chức, viên chức',
      required: false,
    });
    expect(notes.map((n) => [n.id, n.kind])).toEqual([
      ['h1', 'heading'],
      ['d2', 'heading'],
      ['d4', 'note'],
    ]);
  });

  it('1.007637: numbering "5/ " is not part of a title; "0 bản chính, 1 bản sao" is a copy', () => {
    const docs = parseDocuments(
      `--${COLS}5/ Danh sách kiểm toán viên.1 bản chính3/ Bản sao Giấy phép thành lập chi nhánh.0 bản chính,1 bản sao`,
    );
    expect(docs.map((d) => d.title)).toEqual(['Danh sách kiểm toán viên.', 'Bản sao Giấy phép thành lập chi nhánh.']);
    expect(docs[1]).toMatchObject({ form: 'copy', quantity: 1, required: true });
  });

  it('2.001035: "1 bản chính, 1 bản sao" is original or copy and stays required', () => {
    const docs = parseDocuments(
      `Người yêu cầu chứng thực nộp 01 (một) bộ hồ sơ yêu cầu chứng thực, gồm các giấy tờ sau đây:${COLS}Bản chính hoặc bản sao có chứng thực của giấy chứng nhận quyền sở hữu; trừ trường hợp người lập di chúc đang bị cái chết đe dọa.1 bản chính,1 bản saoDự thảo giao dịch1 bản chính`,
    );
    expect(docs[0]).toMatchObject({ form: 'original_or_copy', required: true });
    expect(docs[0]?.condition).toBeUndefined();
    expect(docs[1]).toMatchObject({ title: 'Dự thảo giao dịch', required: true });
  });

  it('1.009056: two papers in one row become two papers with their own counts', () => {
    const docs = parseDocuments(
      `--${COLS}- Phiếu giao nhận hàng hóa: 01 bản chính; - Bảng kê lượng tiền mặt: 02 bản chính;1 bản chính,1 bản sao`,
    );
    expect(docs.map((d) => [d.title, d.quantity, d.form])).toEqual([
      ['Phiếu giao nhận hàng hóa', 1, 'original'],
      ['Bảng kê lượng tiền mặt', 2, 'original'],
    ]);
  });

  it('1.004873: "… thì phải nộp lại Giấy xác nhận …" gives "Giấy xác nhận …", not "Lại Giấy …"', () => {
    const docs = parseDocuments(
      `--${COLS}- Trường hợp cá nhân yêu cầu cấp lại Giấy xác nhận tình trạng hôn nhân thì phải nộp lại Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.1 bản chính`,
    );
    expect(docs[0]?.title).toBe('Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.');
  });
});
