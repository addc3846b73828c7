/**
 * A citizen's whole birth registration with postal return, as typed lines.
 * Shared by the in-process privacy test and the `npm run chat` test.
 */
export const PERSONAL = {
  applicant: 'Nguyễn Văn An',
  idNumber: '079203001234',
  phone: '0912345678',
  child: 'Nguyễn Thị Mai',
  mother: 'Trần Thị Bình',
  street: 'Số 12, thôn Đông',
  commune: 'Xã Tân Phú',
  fileName: 'giay-chung-sinh-cua-be-mai.jpg',
};

export function birthRegistrationScript(uploadPath: string): string[] {
  return [
    'tôi muốn làm giấy khai sinh cho con',
    '1', // the first result: birth registration
    'có', // the baby has the hospital's birth notice
    'không', // nobody files on her behalf
    'không', // not an abandoned child, no surrogacy
    '1', // file a dossier
    PERSONAL.applicant,
    PERSONAL.idNumber,
    PERSONAL.phone,
    'bỏ qua', // no e-mail
    PERSONAL.child,
    '05/03/2026',
    '2', // girl
    'Trạm y tế xã Tân Phú, Phú Thọ',
    'Kinh',
    PERSONAL.mother,
    PERSONAL.applicant, // father
    'co', // parents married
    '2', // the applicant is the father
    `/upload ${uploadPath}`,
    'xong',
    '2', // return by post
    'tôi',
    'số này',
    PERSONAL.street,
    PERSONAL.commune,
    'Tỉnh Phú Thọ',
    '1', // the summary is right
    'đồng ý',
  ];
}

/** A sharp, text-like 1600×1200 page so the photo passes every quality check. */
export async function writePaperPhoto(filePath: string): Promise<void> {
  const sharp = (await import('sharp')).default;
  const w = 1600;
  const h = 1200;
  const raw = Buffer.alloc(w * h, 245);
  for (let y = 100; y < h - 100; y += 40)
    for (let x = 100; x < w - 100; x++) if ((x * 7 + y) % 23 < 12) for (let k = 0; k < 14; k++) raw[(y + k) * w + x] = 20;
  await sharp(raw, { raw: { width: w, height: h, channels: 1 } })
    .jpeg({ quality: 90 })
    .toFile(filePath);
}
