/**
 * Abbreviations citizens type, expanded to the syllables the catalog uses.
 * Keys and values are folded (see syllables.ts), values already canonical.
 */
const ABBREVIATIONS = new Map<string, string[]>(
  Object.entries({
    dk: 'dang ki',
    dki: 'dang ki',
    dky: 'dang ki',
    dkkd: 'dang ki kinh doanh',
    dkkh: 'dang ki ket hon',
    dkks: 'dang ki khai sinh',
    cccd: 'can cuoc cong dan',
    cmnd: 'chung minh nhan dan',
    cmt: 'chung minh nhan dan',
    bhxh: 'bao hiem xa hoi',
    bhyt: 'bao hiem y te',
    bhtn: 'bao hiem that nghiep',
    tnld: 'tai nan lao dong',
    bnn: 'benh nghe nghiep',
    dsphsk: 'duong suc phuc hoi suc khoe',
    kcb: 'kham chua benh',
    htx: 'hop tac xa',
    thtx: 'to hop tac xa',
    hkd: 'ho kinh doanh',
    gcn: 'giay chung nhan',
    gpxd: 'giay phep xay dung',
    qsdd: 'quyen su dung dat',
    qsd: 'quyen su dung',
    sdd: 'su dung dat',
    ubnd: 'uy ban nhan dan',
    ub: 'uy ban',
    tthc: 'thu tuc hanh chinh',
    xnhn: 'xac nhan tinh trang hon nhan',
    xntthn: 'xac nhan tinh trang hon nhan',
    lltp: 'li lich tu phap',
    gks: 'giay khai sinh',
    gdkkd: 'giay dang ki kinh doanh',
    hs: 'ho so',
    hgd: 'ho gia dinh',
    tp: 'thanh pho',
    dc: 'duoc',
    ko: 'khong',
    k: 'khong',
    kh: 'khong',
    vn: 'viet nam',
  }).map(([k, v]) => [k, v.split(' ')]),
);

/** Replaces each abbreviation syllable by its expansion. */
export function expandAbbreviations(syllables: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of syllables) {
    const expansion = ABBREVIATIONS.get(s);
    if (expansion) out.push(...expansion);
    else out.push(s);
  }
  return out;
}
