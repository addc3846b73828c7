/**
 * The personal checklist, written by hand for the procedures people use most:
 * at most three situation questions a first-time citizen can answer, and each
 * paper in plain words with what to do with it and when it applies. Papers
 * are found in the national record by words of their title (`match`, accent-
 * insensitive) rather than by row id, so the list survives the importer
 * renumbering rows. Procedures not here get questions grouped automatically
 * from their record's conditions (knowledge/checklist/build.ts).
 */
import { z } from 'zod';

const Text = z.object({ vi: z.string().min(2), en: z.string().min(2) });

export const SituationQuestion = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  prompt: Text,
  /** how a paper that depends on it reads while unanswered: "only if …" */
  onlyIf: Text,
});

export const HandPaper = z.object({
  /** words of the record's title that find this paper (first row matching any) */
  match: z.array(z.string().min(3)).min(1),
  /** `match` is the whole title, for a paper whose title begins another's (the child's health certificate, the adopter's) */
  exact: z.boolean().default(false),
  plain: Text,
  /** upload (a dossier step; brought to hand in when done in person), counter (shown), lookedUp (the officer finds it) */
  action: z.enum(['upload', 'counter', 'lookedUp']),
  /** copies in plain words; the record's quantity when absent */
  copies: z.number().int().positive().optional(),
  /** applies only when the answer to `key` is `is` */
  when: z.object({ key: z.string(), is: z.boolean() }).optional(),
  /** an unanswered (skipped) question: list it as "only if …" (show), leave it out (hide, for rare cases) or require it (need, for the usual case) */
  ifUnknown: z.enum(['show', 'hide', 'need']).default('show'),
  /**
   * The question names several cases and this paper belongs to one of them: when the answer
   * is `is`, the paper is listed as "only if" this case (skippable in the dossier), not as
   * required, so an abandoned child's family is never asked for a surrogacy certificate.
   */
  onlyFor: Text.optional(),
  /** how this paper reads while its question is unanswered, when not the question's `onlyIf` (a paper for the answer "no") */
  onlyIfUnknown: Text.optional(),
});

export const HandChecklist = z
  .object({
    code: z.string().regex(/^[0-9]\.[0-9]{6}$/),
    /** words of the record's condition naming the one case this list is for, when the record merges several cases with the same paper titles */
    inCase: z.string().min(3).optional(),
    questions: z.array(SituationQuestion).max(3),
    papers: z.array(HandPaper).min(1),
  })
  .superRefine((c, ctx) => {
    const keys = new Set(c.questions.map((q) => q.key));
    c.papers.forEach((p, i) => {
      if (p.when && !keys.has(p.when.key))
        ctx.addIssue({ code: 'custom', path: ['papers', i, 'when'], message: `${c.code}: no question ${p.when.key}` });
    });
  });

export type SituationQuestion = z.infer<typeof SituationQuestion>;
export type HandPaper = z.infer<typeof HandPaper>;
export type HandChecklist = z.infer<typeof HandChecklist>;

const proxy = {
  key: 'proxy',
  prompt: {
    vi: 'Anh/chị có nhờ người khác (không phải ông bà, bố mẹ, vợ chồng, anh chị em) đi nộp thay không?',
    en: 'Will someone other than a close relative file this for you?',
  },
  onlyIf: { vi: 'nếu nhờ người khác nộp thay', en: 'if someone else files for you' },
};

const idCard = {
  match: ['the can cuoc'],
  plain: { vi: 'Thẻ căn cước (hoặc hộ chiếu) của người đi nộp', en: 'ID card (or passport) of the person filing' },
  action: 'counter' as const,
};

const residence = {
  match: ['chung minh thong tin ve cu tru'],
  plain: { vi: 'Giấy tờ về nơi cư trú', en: 'Proof of residence' },
  action: 'lookedUp' as const,
};

const authorisation = (match: string) => ({
  match: [match],
  plain: { vi: 'Giấy ủy quyền cho người đi nộp thay (có chứng thực)', en: 'Certified authorisation for the person filing for you' },
  action: 'upload' as const,
  when: { key: 'proxy', is: true },
});

const birthCertificate = {
  key: 'birthCertificate',
  prompt: {
    vi: 'Bé có giấy chứng sinh của bệnh viện hoặc trạm y tế không?',
    en: 'Does the baby have a birth notice from the hospital or health station?',
  },
  onlyIf: { vi: 'nếu bé có giấy chứng sinh', en: 'if the baby has a birth notice' },
};

/** the birth notice, or without one a witness's statement (or a declaration) about the birth */
const birthNotice = [
  {
    match: ['giay chung sinh'],
    plain: { vi: 'Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời', en: 'Birth notice from the hospital or health station' },
    action: 'upload' as const,
    when: { key: 'birthCertificate', is: true },
  },
  {
    match: ['giay chung sinh'],
    plain: {
      vi: 'Giấy xác nhận của người làm chứng về việc sinh (không có người làm chứng thì giấy cam đoan về việc sinh)',
      en: "A witness's statement about the birth (or, without a witness, your signed declaration)",
    },
    action: 'upload' as const,
    when: { key: 'birthCertificate', is: false },
    ifUnknown: 'hide' as const,
  },
];

/**
 * Recognising a parent: a medical paper or DNA result proves the relation; without one, the
 * parties' signed declaration with two witnesses (Thông tư 04/2020/TT-BTP, art. 14). The record
 * lists the declaration "trường hợp không có văn bản nêu trên", which read as nothing on its own.
 */
const medicalProof = {
  key: 'medicalProof',
  prompt: {
    vi: 'Anh/chị có giấy của cơ sở y tế hoặc kết quả xét nghiệm ADN xác nhận quan hệ cha con (mẹ con) không?',
    en: 'Do you have a paper from a health facility or a DNA test result confirming the parent-child relation?',
  },
  onlyIf: { vi: 'nếu có giấy y tế hoặc kết quả ADN', en: 'if you have a medical paper or a DNA result' },
};

const relationProof = [
  {
    match: ['co quan giam dinh'],
    plain: {
      vi: 'Giấy của cơ sở y tế hoặc kết quả xét nghiệm ADN xác nhận quan hệ cha con, mẹ con',
      en: 'Paper from a health facility or DNA test result confirming the parent-child relation',
    },
    action: 'upload' as const,
    when: { key: 'medicalProof', is: true },
  },
  {
    match: ['van ban cam doan'],
    plain: {
      vi: 'Giấy cam đoan của các bên về quan hệ cha, mẹ, con, có ít nhất hai người làm chứng ký',
      en: 'The parties’ written declaration of the relation, signed by at least two witnesses',
    },
    action: 'upload' as const,
    when: { key: 'medicalProof', is: false },
    onlyIfUnknown: { vi: 'nếu không có giấy y tế hoặc kết quả ADN', en: 'if you have no medical paper or DNA result' },
  },
];

const raw: Array<z.input<typeof HandChecklist>> = [
  {
    code: '1.000689',
    questions: [birthCertificate, medicalProof],
    papers: [...birthNotice, ...relationProof, idCard, residence],
  },
  {
    code: '1.001022',
    questions: [medicalProof],
    papers: [...relationProof, idCard],
  },
  {
    // the record lists the other papers "trường hợp người yêu cầu không có giấy tờ nêu trên", which read as nothing on its own
    code: '1.004884',
    questions: [
      {
        key: 'oldCopy',
        prompt: {
          vi: 'Anh/chị còn giữ bản sao giấy khai sinh cũ không (hoặc giấy khai sinh cấp trước năm 1945 ở miền Bắc, trước năm 1975 ở miền Nam)?',
          en: 'Do you still have a copy of the old birth certificate (or one issued before 1945 in the North, before 1975 in the South)?',
        },
        onlyIf: { vi: 'nếu còn bản sao giấy khai sinh cũ', en: 'if you still have a copy of the old birth certificate' },
      },
      {
        key: 'officer',
        prompt: {
          vi: 'Anh/chị là cán bộ, công chức, viên chức hoặc đang công tác trong lực lượng vũ trang?',
          en: 'Are you a civil servant, a public employee or serving in the armed forces?',
        },
        onlyIf: {
          vi: 'nếu là cán bộ, công chức, viên chức, lực lượng vũ trang',
          en: 'if you are a civil servant, public employee or in the armed forces',
        },
      },
      {
        key: 'proxy',
        prompt: { vi: 'Anh/chị có nhờ người khác đi nộp thay không?', en: 'Will someone else file this for you?' },
        onlyIf: { vi: 'nếu nhờ người khác nộp thay', en: 'if someone else files for you' },
      },
    ],
    papers: [
      {
        match: ['ban sao giay khai sinh'],
        plain: {
          vi: 'Bản sao giấy khai sinh cũ (có chứng thực hoặc cấp từ sổ)',
          en: 'A copy of the old birth certificate (certified, or issued from the birth register)',
        },
        action: 'upload',
        when: { key: 'oldCopy', is: true },
      },
      {
        match: ['ban sao giay to do co quan co tham quyen'],
        plain: {
          vi: 'Giấy tờ có họ tên, ngày sinh của anh/chị (học bạ, sổ hộ khẩu cũ, lý lịch…)',
          en: 'Papers showing your name and date of birth (school records, old household book, CV…)',
        },
        action: 'upload',
        when: { key: 'oldCopy', is: false },
        onlyIfUnknown: { vi: 'nếu không còn bản sao cũ', en: 'if you no longer have a copy of the old birth certificate' },
      },
      {
        match: ['van ban xac nhan cua thu truong'],
        plain: {
          vi: 'Xác nhận thông tin khai sinh của thủ trưởng cơ quan, đơn vị',
          en: "Your agency head's confirmation of your birth details",
        },
        action: 'upload',
        when: { key: 'officer', is: true },
      },
      idCard,
      residence,
      {
        match: ['van ban uy quyen'],
        plain: {
          vi: 'Giấy ủy quyền cho người nộp thay (người thân ruột thì không cần chứng thực)',
          en: 'Authorisation for the person filing for you (not certified when it is a grandparent, parent, spouse, child or sibling)',
        },
        action: 'upload',
        when: { key: 'proxy', is: true },
      },
    ],
  },
  {
    code: '1.001193',
    questions: [
      birthCertificate,
      proxy,
      {
        key: 'special',
        prompt: {
          vi: 'Bé là trẻ bị bỏ rơi, hoặc sinh ra nhờ mang thai hộ? (Hầu hết gia đình trả lời "không".)',
          en: 'Was the child abandoned, or born through surrogacy? (Most families answer "no".)',
        },
        onlyIf: { vi: 'nếu bé bị bỏ rơi hoặc sinh ra nhờ mang thai hộ', en: 'if the child was abandoned or born through surrogacy' },
      },
    ],
    papers: [
      ...birthNotice,
      idCard,
      residence,
      authorisation('van ban uy quyen'),
      {
        match: ['tre bi bo roi'],
        plain: { vi: 'Biên bản về việc trẻ bị bỏ rơi', en: 'Record of the child being found abandoned' },
        action: 'upload',
        when: { key: 'special', is: true },
        ifUnknown: 'hide',
        onlyFor: { vi: 'khi bé bị bỏ rơi', en: 'if the child was abandoned' },
      },
      {
        match: ['mang thai ho'],
        plain: {
          vi: 'Giấy xác nhận của cơ sở y tế đã làm kỹ thuật mang thai hộ',
          en: 'Confirmation from the clinic that performed the surrogacy',
        },
        action: 'upload',
        when: { key: 'special', is: true },
        ifUnknown: 'hide',
        onlyFor: { vi: 'khi bé sinh ra nhờ mang thai hộ', en: 'if the child was born through surrogacy' },
      },
    ],
  },
  {
    code: '1.004873',
    questions: [
      {
        key: 'again',
        prompt: {
          vi: 'Anh/chị đã từng được cấp giấy xác nhận tình trạng hôn nhân, nay xin lại (giấy cũ hết hạn hoặc dùng việc khác)?',
          en: 'Were you given a marital-status certificate before, and are asking again (expired, or for another purpose)?',
        },
        onlyIf: { vi: 'nếu xin lại giấy đã cấp trước đây', en: 'if you are asking again' },
      },
      proxy,
    ],
    papers: [
      idCard,
      residence,
      {
        match: ['giay xac nhan tinh trang hon nhan da duoc cap'],
        plain: {
          vi: 'Giấy xác nhận tình trạng hôn nhân đã được cấp lần trước',
          en: 'The marital-status certificate you were given before',
        },
        action: 'upload',
        when: { key: 'again', is: true },
      },
      authorisation('van ban uy quyen'),
    ],
  },
  {
    // permanent residence: the record's cases (a home one owns, a relative's, a rented one; boats,
    // care homes, temples and barracks) read as two questions in the law's words, and the papers the
    // police look up for another case were listed whatever the answers
    code: '1.004222',
    questions: [
      {
        key: 'relative',
        prompt: {
          // Luật Cư trú art. 20(2): spouse, parent or child; grandparents, siblings and others only for the elderly, minors and the severely disabled
          vi: 'Anh/chị về ở với vợ/chồng, bố mẹ hoặc con (người già, trẻ chưa thành niên, người khuyết tật nặng: cả ông bà, anh chị em ruột)?',
          en: 'Are you moving in with your spouse, parent or child (for the elderly, minors or people with severe disabilities: also grandparents or siblings)?',
        },
        onlyIf: { vi: 'nếu về ở với vợ/chồng, bố mẹ hoặc con', en: 'if you move in with your spouse, parent or child' },
      },
      {
        key: 'rented',
        prompt: {
          vi: 'Anh/chị nhập vào nhà thuê, mượn hoặc ở nhờ (kể cả nhà anh chị em, họ hàng khác)?',
          en: 'Are you registering at a home you rent or borrow (including from siblings or other relatives)?',
        },
        onlyIf: { vi: 'nếu nhà thuê, mượn, ở nhờ', en: 'if the home is rented or borrowed' },
      },
    ],
    papers: [
      {
        match: ['to khai thay doi thong tin cu tru (mau ct01 ban hanh kem theo thong tu so 53/2025/tt-bca) hoac'],
        plain: {
          vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01), có chữ ký đồng ý của chủ hộ hoặc chủ nhà',
          en: 'Residence information form (CT01), signed in consent by the head of household or the owner',
        },
        action: 'upload',
      },
      {
        match: ['hop dong, van ban ve viec cho thue'],
        plain: {
          vi: 'Hợp đồng thuê, mượn hoặc giấy cho ở nhờ, có công chứng hoặc chứng thực',
          en: 'Rental or loan agreement, or a letter letting you stay, notarised or certified',
        },
        action: 'upload',
        when: { key: 'rented', is: true },
      },
      {
        match: ['thong tin chung minh quan he nhan than'],
        plain: { vi: 'Quan hệ gia đình với chủ hộ', en: 'Your family relationship with the head of household' },
        action: 'lookedUp',
        when: { key: 'relative', is: true },
        ifUnknown: 'hide',
      },
      {
        match: ['thong tin chung minh du dien tich nha o'],
        plain: { vi: 'Diện tích nhà đủ để đăng ký thường trú', en: 'That the home is large enough to register' },
        action: 'lookedUp',
        when: { key: 'rented', is: true },
        ifUnknown: 'hide',
      },
      {
        match: ['thong tin chung minh ve cho o hop phap'],
        plain: { vi: 'Giấy tờ về chỗ ở hợp pháp (sổ đỏ, giấy tờ nhà)', en: 'Proof that the home is lawful (land or house certificate)' },
        action: 'lookedUp',
      },
    ],
  },
  {
    // temporary residence: the record's two papers are a paragraph on national databases and the form,
    // read aloud on a call as they stand. A rented or borrowed home needs the owner's paper, which
    // need not be notarised; one's own home or family's is looked up (Nghị định 154/2024, art. 5(3))
    code: '1.004194',
    questions: [
      {
        key: 'rented',
        prompt: {
          vi: 'Anh/chị ở nhà thuê, phòng trọ, nhà mượn hoặc ở nhờ nhà người khác?',
          en: 'Are you renting, borrowing or staying in someone else’s home?',
        },
        onlyIf: { vi: 'nếu ở nhà thuê, mượn, ở nhờ', en: 'if the home is rented or borrowed' },
      },
    ],
    papers: [
      {
        match: ['to khai thay doi thong tin cu tru (mau ct01 ban hanh kem theo thong tu so 53/2025/tt-bca); doi voi'],
        plain: {
          vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01), có chữ ký đồng ý của chủ hộ hoặc chủ nhà (người dưới 18 tuổi: thêm ý kiến đồng ý của cha, mẹ hoặc người giám hộ)',
          en: 'Residence information form (CT01), signed in consent by the head of household or the owner (under 18: with a parent’s or guardian’s consent too)',
        },
        action: 'upload',
      },
      {
        match: ['thong tin chung minh ve cho o hop phap'],
        plain: {
          vi: 'Hợp đồng thuê, mượn hoặc giấy cho ở nhờ, có chữ ký của chủ nhà (viết tay cũng được, không cần công chứng)',
          en: 'Rental or loan agreement, or the owner’s signed letter letting you stay (handwritten is fine, no notarisation needed)',
        },
        action: 'upload',
        when: { key: 'rented', is: true },
      },
      {
        match: ['thong tin chung minh ve cho o hop phap'],
        plain: { vi: 'Giấy tờ về chỗ ở hợp pháp (sổ đỏ, giấy tờ nhà)', en: 'Proof that the home is lawful (land or house certificate)' },
        action: 'lookedUp',
        when: { key: 'rented', is: false },
        ifUnknown: 'hide',
      },
    ],
  },
  {
    // death registration: the record lists the evidence for a death long ago and the authorisation
    // as plain rows, and its automatic question read "ủy quyền thực hiện việc đăng ký khai tử?"
    code: '1.000656',
    questions: [
      {
        key: 'notice',
        prompt: {
          vi: 'Anh/chị đã có giấy báo tử chưa (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp)?',
          en: 'Do you have the death notice (from the hospital; from the commune or police if the person died at home)?',
        },
        onlyIf: { vi: 'nếu mất đã lâu, không có giấy báo tử', en: 'if the death was long ago, with no death notice' },
      },
      {
        key: 'authorised',
        prompt: {
          vi: 'Anh/chị đi khai tử thay, theo ủy quyền của người thân khác của người mất?',
          en: 'Are you registering the death for another relative who authorised you?',
        },
        onlyIf: { vi: 'nếu đi khai thay theo ủy quyền', en: 'if you file for a relative who authorised you' },
      },
    ],
    papers: [
      {
        match: ['giay bao tu hoac giay to thay giay bao tu'],
        plain: {
          vi: 'Giấy báo tử (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp)',
          en: 'Death notice (from the hospital; from the commune or police if the person died at home)',
        },
        action: 'upload',
        when: { key: 'notice', is: true },
        // skipped: the notice is what almost everyone files with, so it stays required
        ifUnknown: 'need',
      },
      {
        match: ['chung minh su kien chet'],
        plain: {
          vi: 'Giấy tờ chứng minh người đó đã mất (chỉ khi mất đã lâu; mới mất thì xin giấy báo tử ở bệnh viện hoặc UBND xã trước)',
          en: 'Papers proving the death (only if it was long ago; for a recent death, first get the death notice from the hospital or commune)',
        },
        action: 'upload',
        when: { key: 'notice', is: false },
        ifUnknown: 'hide',
      },
      {
        match: ['van ban uy quyen'],
        plain: {
          vi: 'Giấy ủy quyền đi khai tử (người được nhờ là ông bà, bố mẹ, vợ chồng, con, anh chị em ruột thì không cần chứng thực)',
          en: 'Authorisation to register the death (not certified if you are a grandparent, parent, spouse, child or sibling of the person who authorised you)',
        },
        action: 'upload',
        when: { key: 'authorised', is: true },
        ifUnknown: 'hide',
      },
      idCard,
      {
        match: ['chung minh noi cu tru cuoi cung'],
        plain: { vi: 'Giấy tờ về nơi cư trú cuối cùng của người mất', en: "Proof of the deceased's last residence" },
        action: 'lookedUp',
      },
    ],
  },
  {
    code: '1.000894',
    questions: [],
    papers: [
      {
        match: ['to khai dang ky ket hon'],
        plain: {
          vi: 'Tờ khai đăng ký kết hôn (có thể lấy mẫu và điền tại quầy; hai người cùng ký)',
          en: 'Marriage registration form (available at the counter; both of you sign)',
        },
        action: 'upload',
      },
      { ...idCard, plain: { vi: 'Thẻ căn cước (hoặc hộ chiếu) của cả hai người', en: 'ID cards (or passports) of both of you' } },
      residence,
    ],
  },
  {
    code: '2.000806',
    questions: [
      {
        key: 'officer',
        prompt: {
          vi: 'Người Việt Nam trong hai người là công chức, viên chức, hoặc đang trong quân đội, công an?',
          en: 'Is the Vietnamese partner a civil servant, public employee, or serving in the army or police?',
        },
        onlyIf: {
          vi: 'nếu là công chức, viên chức, quân đội, công an',
          en: 'if a civil servant, public employee, soldier or police officer',
        },
      },
      {
        key: 'divorcedAbroad',
        prompt: {
          vi: 'Người Việt Nam đã từng ly hôn (hoặc hủy kết hôn) ở nước ngoài?',
          en: 'Has the Vietnamese partner divorced (or had a marriage annulled) abroad?',
        },
        onlyIf: { vi: 'nếu đã ly hôn ở nước ngoài', en: 'if divorced abroad' },
      },
      {
        key: 'livingAbroad',
        prompt: {
          vi: 'Người Việt Nam đang làm việc, học tập hoặc lao động có thời hạn ở nước ngoài?',
          en: 'Is the Vietnamese partner working or studying abroad for a fixed term?',
        },
        onlyIf: { vi: 'nếu đang làm việc, học tập ở nước ngoài', en: 'if working or studying abroad' },
      },
    ],
    papers: [
      {
        match: ['to khai dang ky ket hon'],
        plain: { vi: 'Tờ khai đăng ký kết hôn (hai người cùng khai và ký)', en: 'Marriage registration form (filled and signed by both)' },
        action: 'upload',
      },
      {
        match: ['ban sao ho chieu'],
        plain: { vi: 'Bản sao hộ chiếu của người nước ngoài', en: "Copy of the foreign partner's passport" },
        action: 'upload',
      },
      {
        match: ['tinh trang hon nhan cua nguoi nuoc ngoai'],
        plain: {
          vi: 'Giấy xác nhận tình trạng hôn nhân của người nước ngoài do nước họ cấp (hợp pháp hóa lãnh sự, dịch sang tiếng Việt)',
          en: "The foreign partner's marital-status certificate from their country (legalised, translated into Vietnamese)",
        },
        action: 'upload',
      },
      {
        match: ['khong mac benh tam than'],
        plain: {
          vi: 'Giấy khám sức khỏe xác nhận không mắc bệnh tâm thần (của mỗi người)',
          en: 'Health certificate that each partner has no mental illness preventing marriage',
        },
        action: 'upload',
        copies: 2,
      },
      { ...idCard, plain: { vi: 'Thẻ căn cước hoặc hộ chiếu của cả hai người', en: 'ID cards or passports of both of you' } },
      residence,
      {
        match: ['khong trai voi quy dinh cua nganh'],
        plain: {
          vi: 'Giấy của cơ quan, đơn vị đồng ý cho kết hôn với người nước ngoài',
          en: 'Letter from your agency or unit approving the marriage',
        },
        action: 'upload',
        when: { key: 'officer', is: true },
      },
      {
        match: ['trich luc ghi chu ly hon'],
        plain: {
          vi: 'Trích lục ghi chú việc ly hôn ở nước ngoài vào sổ hộ tịch',
          en: 'Extract showing the foreign divorce was recorded in the civil-status register',
        },
        action: 'upload',
        when: { key: 'divorcedAbroad', is: true },
      },
      {
        match: ['co quan dai dien ngoai giao'],
        plain: {
          vi: 'Giấy xác nhận tình trạng hôn nhân do Đại sứ quán, Lãnh sự quán Việt Nam cấp',
          en: 'Marital-status certificate from the Vietnamese embassy or consulate',
        },
        action: 'upload',
        when: { key: 'livingAbroad', is: true },
      },
    ],
  },
  {
    code: '2.000528',
    questions: [
      birthCertificate,
      {
        key: 'bornAbroad',
        prompt: { vi: 'Bé sinh ra ở nước ngoài?', en: 'Was the baby born abroad?' },
        onlyIf: { vi: 'nếu bé sinh ở nước ngoài', en: 'if the baby was born abroad' },
      },
      proxy,
    ],
    papers: [
      {
        match: ['giay chung sinh'],
        plain: { vi: 'Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời', en: 'Birth notice from the hospital or health station' },
        action: 'upload',
        when: { key: 'birthCertificate', is: true },
      },
      {
        match: ['nguoi lam chung'],
        plain: {
          vi: 'Giấy xác nhận của người làm chứng về việc sinh (hoặc giấy cam đoan)',
          en: "A witness's statement about the birth (or your signed declaration)",
        },
        action: 'upload',
        when: { key: 'birthCertificate', is: false },
        ifUnknown: 'hide',
      },
      {
        match: ['lua chon quoc tich'],
        plain: {
          vi: 'Giấy bố mẹ thỏa thuận chọn quốc tịch cho con (cả hai cùng ký)',
          en: "Parents' signed agreement on the child's nationality",
        },
        action: 'upload',
      },
      { ...idCard, plain: { vi: 'Căn cước hoặc hộ chiếu của người đi nộp', en: 'ID card or passport of the person filing' } },
      residence,
      {
        match: ['sinh ra o nuoc ngoai'],
        plain: {
          vi: 'Giấy khai sinh hoặc giấy chứng sinh nước ngoài cấp (hợp pháp hóa, dịch sang tiếng Việt)',
          en: 'The foreign birth certificate or notice (legalised, translated)',
        },
        action: 'upload',
        when: { key: 'bornAbroad', is: true },
      },
      {
        match: ['nhap canh hop phap'],
        plain: { vi: 'Hộ chiếu của bé có dấu nhập cảnh Việt Nam', en: "The baby's passport with the Vietnamese entry stamp" },
        action: 'upload',
        when: { key: 'bornAbroad', is: true },
      },
      authorisation('van ban uy quyen'),
    ],
  },
  {
    // the record lists the papers of every adoption case as required; most families need six, the rest depend on the child
    code: '2.001263',
    questions: [
      {
        key: 'relative',
        prompt: {
          vi: 'Anh/chị là cha dượng, mẹ kế của bé, hoặc cô, cậu, dì, chú, bác ruột của bé?',
          en: "Are you the child's step-parent, or their aunt or uncle by blood?",
        },
        onlyIf: {
          vi: 'nếu không phải cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột của bé',
          en: "if you are not the child's step-parent, aunt or uncle",
        },
      },
      {
        key: 'careHome',
        prompt: {
          vi: 'Bé đang được nuôi ở cơ sở nuôi dưỡng (trung tâm bảo trợ xã hội, làng trẻ…)?',
          en: 'Is the child living in a care home?',
        },
        onlyIf: { vi: 'nếu bé ở cơ sở nuôi dưỡng', en: 'if the child lives in a care home' },
      },
      {
        key: 'parentsGone',
        prompt: {
          vi: 'Bé bị bỏ rơi, mồ côi, hoặc cha mẹ đẻ đã bị Tòa án tuyên bố mất tích hay mất năng lực hành vi dân sự?',
          en: 'Was the child abandoned or orphaned, or did a court declare the birth parents missing or incapacitated?',
        },
        onlyIf: { vi: 'nếu bé bị bỏ rơi, mồ côi hoặc cha mẹ đẻ mất tích', en: 'if the child was abandoned or orphaned' },
      },
    ],
    papers: [
      {
        match: ['don xin nhan con nuoi'],
        plain: { vi: 'Đơn xin nhận con nuôi (theo mẫu)', en: 'Adoption application (form)' },
        action: 'upload',
      },
      {
        match: ['van ban xac nhan tinh trang hon nhan'],
        plain: {
          vi: 'Giấy chứng nhận kết hôn, nếu hai vợ chồng cùng nhận (người độc thân: cán bộ tự tra cứu)',
          en: 'Marriage certificate, if a couple adopts (single adopters: the officer looks it up)',
        },
        action: 'upload',
      },
      {
        match: ['giay kham suc khoe do benh vien da khoa hoac phong kham da khoa hoac trung tam y te khu vuc cap'],
        exact: true,
        plain: { vi: 'Giấy khám sức khỏe của bé', en: "The child's health certificate" },
        action: 'upload',
      },
      {
        match: ['02 anh toan than'],
        plain: {
          vi: '2 ảnh toàn thân của bé, nhìn thẳng, chụp trong 6 tháng',
          en: '2 full-length photos of the child, taken in the last 6 months',
        },
        action: 'upload',
      },
      { match: ['giay khai sinh'], plain: { vi: 'Giấy khai sinh của bé', en: "The child's birth certificate" }, action: 'upload' },
      {
        match: ['ban sao ho chieu, the can cuoc'],
        plain: { vi: 'Thẻ căn cước (hoặc hộ chiếu) của người nhận nuôi', en: "The adopter's ID card (or passport)" },
        action: 'counter',
      },
      {
        // the first row with these words is the adopter's (the child's title is the start of it)
        match: ['giay kham suc khoe'],
        plain: {
          vi: 'Giấy khám sức khỏe của người nhận nuôi (cấp chưa quá 6 tháng)',
          en: "The adopter's health certificate (issued within 6 months)",
        },
        action: 'upload',
        when: { key: 'relative', is: false },
      },
      {
        match: ['xac nhan hoan canh gia dinh'],
        plain: {
          vi: 'Giấy xác nhận hoàn cảnh gia đình, chỗ ở, kinh tế do Ủy ban xã nơi anh/chị thường trú cấp (chưa quá 6 tháng)',
          en: "The commune's confirmation of your family, housing and income (issued within 6 months)",
        },
        action: 'upload',
        when: { key: 'relative', is: false },
      },
      {
        match: ['quyet dinh tiep nhan doi voi tre em o co so nuoi duong'],
        plain: { vi: 'Quyết định tiếp nhận bé của cơ sở nuôi dưỡng', en: "The care home's decision admitting the child" },
        action: 'upload',
        when: { key: 'careHome', is: true },
        ifUnknown: 'hide',
      },
      {
        match: ['tre bi bo roi'],
        plain: {
          vi: 'Giấy tờ về hoàn cảnh của bé: biên bản trẻ bị bỏ rơi, giấy chứng tử của cha mẹ đẻ, hoặc quyết định của Tòa án',
          en: "Papers on the child's situation: the abandonment record, the parents' death certificates, or the court decision",
        },
        action: 'upload',
        when: { key: 'parentsGone', is: true },
        ifUnknown: 'hide',
      },
    ],
  },
  {
    code: '2.000815',
    questions: [],
    papers: [
      {
        match: ['ban chinh giay to, van ban lam co so'],
        plain: {
          vi: 'Bản chính giấy tờ cần chứng thực, kèm các bản photo cần đóng dấu (chưa photo thì cán bộ photo giúp, có thu phí)',
          en: 'The original paper, with the photocopies to be certified (the officer can photocopy it, for a fee)',
        },
        action: 'counter',
      },
    ],
  },
  {
    // the record merges every land and forest allocation case; a household changing its own land's use needs two papers, three for rice land
    code: '1.013949',
    inCase: 'chuyen muc dich su dung dat thuoc dien khong chap thuan chu truong dau tu',
    questions: [
      {
        key: 'riceLand',
        prompt: { vi: 'Đất xin chuyển đang là đất chuyên trồng lúa?', en: 'Is the land currently rice land?' },
        onlyIf: { vi: 'nếu là đất chuyên trồng lúa', en: 'if it is rice land' },
      },
    ],
    papers: [
      {
        match: ['don de nghi giao dat/thue dat/chuyen muc dich'],
        plain: { vi: 'Đơn xin chuyển mục đích sử dụng đất (theo mẫu)', en: 'Application to change the land use (form)' },
        action: 'upload',
      },
      {
        match: ['mot trong cac giay chung nhan quy dinh tai khoan 21 dieu 3'],
        plain: { vi: 'Sổ đỏ (giấy chứng nhận quyền sử dụng đất) của thửa đất', en: 'The land-use certificate ("red book") of the plot' },
        action: 'upload',
      },
      {
        match: ['phuong an su dung tang dat mat'],
        plain: { vi: 'Phương án sử dụng tầng đất mặt (mẫu số 26)', en: 'Topsoil use plan (form 26)' },
        action: 'upload',
        when: { key: 'riceLand', is: true },
        // rice land is rarely converted; a household that did not say so is not asked for the plan
        ifUnknown: 'hide',
      },
    ],
  },
  {
    code: '1.014061',
    questions: [],
    papers: [
      {
        match: ['dc01', 'thu thap thong tin dan cu'],
        plain: {
          vi: 'Giấy khai sinh, sổ hộ khẩu (thông tin có sẵn trong Cơ sở dữ liệu dân cư)',
          en: 'Birth certificate, household book (already in the population database)',
        },
        action: 'lookedUp',
      },
      {
        match: ['dc02', 'phieu de nghi giai quyet thu tuc ve can cuoc'],
        plain: {
          vi: 'Phiếu đề nghị làm thẻ (cán bộ in sẵn, anh/chị ký tại chỗ)',
          en: 'The application form (printed by the officer, you sign it there)',
        },
        action: 'lookedUp',
      },
    ],
  },
];

let cache: Map<string, HandChecklist> | undefined;

/** The hand-written checklists by procedure code; validated on first use. */
export function handChecklists(): Map<string, HandChecklist> {
  cache ??= new Map(
    z
      .array(HandChecklist)
      .parse(raw)
      .map((c) => [c.code, c]),
  );
  return cache;
}
