/**
 * Upload hints that recur across procedures, in plain words: what to
 * photograph and how. Procedure-specific hints live in the area files.
 */
import type { z } from 'zod';
import type { UploadHint } from '../model';

type Hint = z.input<typeof UploadHint>;

export const hint = (vi: string, en: string): Hint => ({ vi, en });

export const authorisation = hint(
  'Chỉ khi nhờ người khác đi làm thay: chụp giấy ủy quyền có chữ ký của anh/chị. Người được nhờ là ông bà, bố mẹ, vợ chồng, con, anh chị em ruột thì không cần chứng thực.',
  'Only if someone files for you: photograph the signed authorisation. If that person is a grandparent, parent, spouse, child or sibling it need not be certified.',
);

export const residenceForm = hint(
  'Chụp tờ khai CT01 đã điền và ký, rõ phần chữ ký đồng ý của chủ hộ hoặc chủ nhà. Chủ nhà cũng có thể đồng ý trên ứng dụng VNeID thay cho chữ ký.',
  "Photograph the filled and signed CT01 form, with the householder's or owner's consent signature clearly visible. The owner may instead agree in the VNeID app.",
);

export const requestForm = (vi: string, en: string): Hint =>
  hint(
    `Chụp ${vi} đã điền đủ và ký tên, chụp thẳng, đủ 4 góc, không bị lóa.`,
    `Photograph ${en}, filled in and signed, straight on, all four corners, no glare.`,
  );

export const landCertificate = hint(
  'Chụp sổ đỏ (giấy chứng nhận quyền sử dụng đất): trang có tên chủ đất và trang sơ đồ thửa đất, rõ số sổ.',
  'Photograph the land certificate ("red book"): the page with the owner\'s name and the plot map page, with the certificate number readable.',
);

export const draftDocument = (vi: string, en: string): Hint =>
  hint(
    `Chụp hoặc tải lên bản dự thảo ${vi} (bản đánh máy chưa ký cũng được; các bên sẽ ký trước mặt cán bộ).`,
    `Photograph or upload the draft ${en} (an unsigned typed draft is fine; the parties sign in front of the officer).`,
  );
