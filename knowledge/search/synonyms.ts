/**
 * How citizens name things versus how the catalog names them. Each rule maps a
 * colloquial phrase to the catalog's wording; the query is searched both as
 * typed and rewritten. Rules are general vocabulary, not answers to test lines.
 * Written with accents for readability; normalised once at load.
 */
import { normalizeSegments } from '../text/normalize';

export const SYNONYM_RULES: ReadonlyArray<readonly [string, string]> = [
  // civil status
  ['làm giấy khai sinh', 'đăng ký khai sinh'],
  ['làm khai sinh', 'đăng ký khai sinh'],
  ['làm lại giấy khai sinh', 'đăng ký lại khai sinh'],
  ['giấy độc thân', 'giấy xác nhận tình trạng hôn nhân'],
  ['xác nhận độc thân', 'xác nhận tình trạng hôn nhân'],
  ['độc thân', 'tình trạng hôn nhân'],
  ['chưa kết hôn', 'tình trạng hôn nhân'],
  ['cưới vợ', 'đăng ký kết hôn'],
  ['cưới chồng', 'đăng ký kết hôn'],
  ['lấy vợ', 'đăng ký kết hôn'],
  ['lấy chồng', 'đăng ký kết hôn'],
  ['đám cưới', 'đăng ký kết hôn'],
  ['đi cưới', 'đăng ký kết hôn'],
  ['cưới', 'đăng ký kết hôn'],
  ['lấy nhau', 'đăng ký kết hôn'],
  ['qua đời', 'khai tử'],
  // "mất" alone is also "lost" (mất sổ đỏ); a relative or a time before it means a death
  ['đã mất', 'khai tử'],
  ['bố mất', 'khai tử'],
  ['mẹ mất', 'khai tử'],
  ['cha mất', 'khai tử'],
  ['ông mất', 'khai tử'],
  ['bà mất', 'khai tử'],
  ['ông nội mất', 'khai tử'],
  ['bà nội mất', 'khai tử'],
  ['ông ngoại mất', 'khai tử'],
  ['bà ngoại mất', 'khai tử'],
  ['chồng mất', 'khai tử'],
  ['vợ mất', 'khai tử'],
  ['cụ mất', 'khai tử'],
  ['người thân mất', 'khai tử'],
  ['người nhà mất', 'khai tử'],
  ['vừa mất', 'khai tử'],
  ['mới mất', 'khai tử'],
  ['mất hôm qua', 'khai tử'],
  ['bị chết', 'khai tử'],
  ['chết', 'khai tử'],
  ['tử vong', 'khai tử'],
  ['báo tử', 'khai tử'],
  ['giấy chứng tử', 'khai tử'],
  ['sửa tên', 'cải chính hộ tịch'],
  ['đổi tên', 'thay đổi hộ tịch'],
  ['đổi họ', 'thay đổi hộ tịch'],
  ['sửa ngày sinh', 'cải chính hộ tịch'],
  ['sửa năm sinh', 'cải chính hộ tịch'],
  ['sai ngày sinh', 'cải chính hộ tịch'],
  ['sửa giấy khai sinh', 'cải chính hộ tịch'],
  ['sửa khai sinh', 'cải chính hộ tịch'],
  ['đổi dân tộc', 'xác định lại dân tộc'],
  ['nhận bố', 'nhận cha'],
  ['nhận con', 'nhận cha mẹ con'],
  ['nhận con nuôi', 'nuôi con nuôi'],
  ['nhận nuôi', 'nuôi con nuôi'],
  ['giám hộ', 'đăng ký giám hộ'],
  ['người nước ngoài', 'yếu tố nước ngoài'],
  ['con lai', 'yếu tố nước ngoài'],
  ['lấy chồng nước ngoài', 'kết hôn có yếu tố nước ngoài'],
  ['lấy vợ nước ngoài', 'kết hôn có yếu tố nước ngoài'],
  // certification
  ['công chứng', 'chứng thực'],
  ['photo', 'bản sao'],
  ['phô tô', 'bản sao'],
  ['sao y', 'chứng thực bản sao từ bản chính'],
  ['bản photo', 'bản sao'],
  ['chứng chữ ký', 'chứng thực chữ ký'],
  ['xác nhận chữ ký', 'chứng thực chữ ký'],
  ['hợp đồng', 'chứng thực giao dịch hợp đồng'],
  ['sang tên sổ đỏ', 'chứng thực giao dịch quyền sử dụng đất'],
  ['sang tên đất', 'chứng thực giao dịch quyền sử dụng đất'],
  ['sang tên nhà', 'chứng thực giao dịch nhà ở'],
  ['mua bán đất', 'chứng thực giao dịch quyền sử dụng đất'],
  ['bán đất', 'chứng thực giao dịch quyền sử dụng đất'],
  ['cho đất', 'giao dịch quyền sử dụng đất'],
  ['tặng cho', 'giao dịch tặng cho'],
  ['chia thừa kế', 'chứng thực văn bản thỏa thuận phân chia di sản'],
  ['thừa kế', 'di sản thừa kế'],
  ['di chúc', 'chứng thực di chúc'],
  // residence
  ['nhập khẩu', 'đăng ký thường trú'],
  ['nhập hộ khẩu', 'đăng ký thường trú'],
  ['nhập hk', 'đăng ký thường trú'],
  ['vào hộ khẩu', 'đăng ký thường trú'],
  ['lên hộ khẩu', 'đăng ký thường trú'],
  ['chuyển khẩu', 'đăng ký thường trú'],
  ['chuyển hộ khẩu', 'đăng ký thường trú'],
  ['hộ khẩu', 'thường trú'],
  ['ở trọ', 'đăng ký tạm trú'],
  ['thuê trọ', 'đăng ký tạm trú'],
  ['phòng trọ', 'đăng ký tạm trú'],
  ['thuê nhà', 'đăng ký tạm trú'],
  ['vắng nhà', 'khai báo tạm vắng'],
  ['đi vắng', 'khai báo tạm vắng'],
  ['đi làm xa', 'khai báo tạm vắng'],
  ['tách khẩu', 'tách hộ'],
  ['tách hộ khẩu', 'tách hộ'],
  ['tách sổ hộ khẩu', 'tách hộ'],
  ['cắt khẩu', 'xóa đăng ký thường trú'],
  ['xóa hộ khẩu', 'xóa đăng ký thường trú'],
  ['xác nhận cư trú', 'xác nhận thông tin về cư trú'],
  ['xác nhận nơi ở', 'xác nhận thông tin về cư trú'],
  // citizen identity
  ['căn cước công dân', 'thẻ căn cước'],
  ['chứng minh nhân dân', 'thẻ căn cước'],
  ['chứng minh thư', 'thẻ căn cước'],
  ['làm căn cước', 'cấp thẻ căn cước'],
  ['làm thẻ căn cước', 'cấp thẻ căn cước'],
  ['đổi căn cước', 'cấp đổi thẻ căn cước'],
  ['đổi thẻ căn cước', 'cấp đổi thẻ căn cước'],
  ['mất căn cước', 'cấp lại thẻ căn cước'],
  ['mất thẻ căn cước', 'cấp lại thẻ căn cước'],
  ['làm lại căn cước', 'cấp lại thẻ căn cước'],
  ['làm lại thẻ căn cước', 'cấp lại thẻ căn cước'],
  ['vneid', 'tài khoản định danh điện tử'],
  ['định danh', 'tài khoản định danh điện tử'],
  // land and building
  ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
  ['sổ hồng', 'giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở'],
  ['bìa đỏ', 'giấy chứng nhận quyền sử dụng đất'],
  ['sổ đất', 'giấy chứng nhận quyền sử dụng đất'],
  ['làm sổ đỏ', 'cấp giấy chứng nhận quyền sử dụng đất lần đầu'],
  ['sai sổ', 'đính chính giấy chứng nhận'],
  ['sửa sổ', 'đính chính giấy chứng nhận'],
  ['tranh chấp đất', 'hòa giải tranh chấp đất đai'],
  ['lấn đất', 'hòa giải tranh chấp đất đai'],
  ['lấn chiếm đất', 'hòa giải tranh chấp đất đai'],
  ['thế chấp', 'đăng ký thế chấp quyền sử dụng đất'],
  ['vay ngân hàng', 'đăng ký thế chấp'],
  ['xây nhà', 'giấy phép xây dựng nhà ở riêng lẻ'],
  ['làm nhà', 'giấy phép xây dựng nhà ở riêng lẻ'],
  ['xây dựng nhà', 'giấy phép xây dựng nhà ở riêng lẻ'],
  ['sửa nhà', 'giấy phép xây dựng sửa chữa cải tạo'],
  ['sửa chữa nhà', 'giấy phép xây dựng sửa chữa cải tạo'],
  ['cải tạo nhà', 'giấy phép xây dựng sửa chữa cải tạo'],
  ['nâng tầng', 'giấy phép xây dựng sửa chữa cải tạo'],
  // business
  ['mở quán', 'đăng ký thành lập hộ kinh doanh'],
  ['mở cửa hàng', 'đăng ký thành lập hộ kinh doanh'],
  ['mở tiệm', 'đăng ký thành lập hộ kinh doanh'],
  ['buôn bán', 'đăng ký hộ kinh doanh'],
  ['giấy phép kinh doanh', 'đăng ký hộ kinh doanh'],
  ['nghỉ kinh doanh', 'tạm ngừng kinh doanh hộ kinh doanh'],
  ['tạm nghỉ', 'tạm ngừng kinh doanh'],
  ['đóng cửa hàng', 'chấm dứt hoạt động hộ kinh doanh'],
  ['đóng cửa', 'chấm dứt hoạt động'],
  ['giải thể', 'chấm dứt hoạt động'],
  // insurance and social support
  ['nghỉ đẻ', 'chế độ thai sản'],
  ['sinh con', 'thai sản khai sinh'],
  ['rút bảo hiểm', 'bảo hiểm xã hội một lần'],
  ['rút sổ bảo hiểm', 'bảo hiểm xã hội một lần'],
  ['lãnh bảo hiểm', 'hưởng bảo hiểm xã hội một lần'],
  ['ốm đau', 'chế độ ốm đau'],
  ['nghỉ ốm', 'chế độ ốm đau'],
  ['lương hưu', 'hưởng lương hưu'],
  ['về hưu', 'hưởng lương hưu'],
  ['nghèo', 'hộ nghèo hộ cận nghèo'],
  // English
  ['id card', 'identity card'],
  ['birth certificate', 'birth registration'],
  ['marriage certificate', 'marriage registration'],
  ['death certificate', 'death registration'],
  ['notarize', 'certified copy'],
  ['notarise', 'certified copy'],
  ['married', 'marriage'],
  ['register', 'registration'],
  ['marry', 'marriage'],
  ['adopt', 'adoption'],
  ['born', 'birth'],
  ['died', 'death'],
  ['passed away', 'death'],
];

export interface SynonymRule {
  from: readonly string[];
  to: readonly string[];
}

function flat(text: string): string[] {
  return normalizeSegments(text).flat();
}

// Longest phrase first so "nhập hộ khẩu" wins over "hộ khẩu".
const COMPILED: SynonymRule[] = SYNONYM_RULES.map(([from, to]) => ({ from: flat(from), to: flat(to) }))
  .filter((r) => r.from.length > 0)
  .sort((a, b) => b.from.length - a.from.length);

const BY_FIRST = new Map<string, SynonymRule[]>();
for (const rule of COMPILED) {
  const first = rule.from[0] as string;
  const list = BY_FIRST.get(first) ?? [];
  list.push(rule);
  BY_FIRST.set(first, list);
}

/** The segment with each colloquial phrase replaced by the catalog's wording; the same array when nothing applies. */
export function rewriteSegment(segment: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  let i = 0;
  outer: while (i < segment.length) {
    const rules = BY_FIRST.get(segment[i] as string);
    if (rules) {
      for (const rule of rules) {
        if (rule.from.every((w, k) => segment[i + k] === w)) {
          out ??= segment.slice(0, i);
          out.push(...rule.to);
          i += rule.from.length;
          continue outer;
        }
      }
    }
    if (out) out.push(segment[i] as string);
    i += 1;
  }
  return out ?? segment;
}
