/**
 * Accented forms come first where folding would make two words one ("bà"
 * grandmother, "ba" father in the South); choice matching tries them with
 * accents before it folds.
 *
 * How people in Hà Tĩnh (and the rest of the country) say the common answers:
 * regional kinship words, "trai/gái" for a baby's sex, "tui/em/mình" for
 * "I". Keyed by the choice values the curated questions use, so every
 * question with a "male" or "mother" option understands them without each
 * question listing them. Accent-free, as compared.
 */
export const CHOICE_WORDS: Readonly<Record<string, readonly string[]>> = {
  male: ['trai', 'con trai', 'bé trai', 'con trai', 'be trai', 'thang cu', 'cu', 'nam', 'dan ong', 'boy', 'm'],
  female: ['gái', 'con gái', 'bé gái', 'gai', 'con gai', 'be gai', 'nu', 'dan ba', 'phu nu', 'girl', 'f'],
  mother: ['mẹ', 'má', 'mạ', 'me', 'ma', 'u', 'bam', 'me de', 'me be', 'toi la me', 'la me', 'mom', 'mum'],
  father: ['bố', 'ba', 'cha', 'tía', 'bo', 'tia', 'thay', 'bo de', 'bo be', 'toi la bo', 'la bo', 'la ba', 'dad'],
  grandparent: [
    'ông',
    'bà',
    'ông bà',
    'bà nội',
    'bà ngoại',
    'ông nội',
    'ông ngoại',
    'ong',
    'ba noi',
    'ba ngoai',
    'ong noi',
    'ong ngoai',
    'noi',
    'ngoai',
    'grandma',
    'grandpa',
  ],
  parent: ['bo', 'me', 'ba', 'ma', 'cha', 'bo me', 'cha me', 'ba ma'],
  spouse: ['vo', 'chong', 'vo toi', 'chong toi', 'wife', 'husband'],
  child: ['con', 'con trai', 'con gai', 'son', 'daughter'],
  sibling: ['anh', 'chi', 'em', 'anh trai', 'chi gai', 'em trai', 'em gai', 'brother', 'sister'],
  grandchild: ['chau', 'chau noi', 'chau ngoai'],
  // not "em": in a household it is the younger sibling
  self: ['toi', 'tui', 'minh', 'chinh toi', 'myself'],
};

/** Words for "I / me", as a recipient or an owner: "tôi", "tui", "mình", "em", "chính tôi", "tui nhận". */
export const SELF_WORDS: readonly string[] = [
  'toi',
  'tui',
  'minh',
  'em',
  'chinh toi',
  'chinh minh',
  'toi nhan',
  'tui nhan',
  'minh nhan',
  'em nhan',
  'de toi nhan',
  'toi tu nhan',
  'tui tu nhan',
  'nguoi nop',
  'nguoi nop ho so',
  'me',
  'myself',
  'self',
  'i will',
  'i do',
];
