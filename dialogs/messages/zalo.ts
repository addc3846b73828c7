/**
 * Sentences of the Zalo channel (adapters/channels/zalo) and of the proactive
 * status updates every channel sends; bot/ hands them to the adapter, which
 * may not import dialogs.
 */
import { translator, type Catalog, type Params } from './format';

type Key = 'chooseOne' | 'moreOptions' | 'statusUpdate';

const catalog: Catalog<Key> = {
  vi: {
    chooseOne: 'Anh/chị chọn một mục dưới đây:',
    moreOptions: 'Các lựa chọn khác, anh/chị gõ số:',
    statusUpdate: (p: Params) => `Hồ sơ ${String(p.code)} của anh/chị có cập nhật mới.`,
  },
  en: {
    chooseOne: 'Please choose one of these:',
    moreOptions: 'Other choices, type the number:',
    statusUpdate: (p: Params) => `There is news about your dossier ${String(p.code)}.`,
  },
};

export const zaloText = translator(catalog);
