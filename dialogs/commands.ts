/**
 * Words that mean the same thing at every step of the conversation, typed with
 * or without accents. What each does is decided in ask/interruptions.ts.
 */
import { foldPhrase } from '../knowledge/text/fold';

export type GlobalCommand = 'cancel' | 'menu' | 'back' | 'help' | 'staff';

const COMMANDS: Record<GlobalCommand, string[]> = {
  cancel: ['huy', 'huy bo', 'thoi', 'dung lai', 'thoat', 'khong lam nua', 'cancel', 'stop', 'quit', 'exit'],
  menu: ['menu', 've menu', 'quay ve menu', 'trang chu', 've trang chu', 'bat dau lai', 'main menu', 'start over'],
  back: ['quay lai', 'tro lai', 'lui lai', 'back', 'go back'],
  help: [
    'giup',
    'giup do',
    'giup toi',
    'tro giup',
    'huong dan',
    'khong hieu',
    'toi khong hieu',
    'em khong hieu',
    'chua hieu',
    'em chua hieu',
    'toi chua hieu',
    'nghia la sao',
    'the nghia la sao',
    'help',
    "i don't understand",
    'i dont understand',
    'i do not understand',
    '?',
  ],
  staff: [
    'gap can bo',
    'gap nguoi',
    'gap nhan vien',
    'noi chuyen voi can bo',
    'noi chuyen voi nguoi',
    'goi can bo',
    'goi tong dai',
    'tong dai',
    'hotline',
    'staff',
    'talk to staff',
    'human',
    'agent',
    'real person',
  ],
};

const LOOKUP = new Map<string, GlobalCommand>(
  (Object.entries(COMMANDS) as Array<[GlobalCommand, string[]]>).flatMap(([cmd, words]) =>
    words.map((w) => [w, cmd] as [string, GlobalCommand]),
  ),
);

/** The command a whole message stands for, or undefined when it is ordinary text. */
export function detectCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text) return undefined;
  // a phone keyboard's curly apostrophe ("I don’t understand")
  const folded = foldPhrase(text.replace(/’/g, "'")).replace(/^\/+/, '');
  if (folded === '?') return 'help';
  return LOOKUP.get(folded);
}
