/**
 * The message catalog's shape. Every user-facing sentence lives in a catalog
 * file under dialogs/messages/ (one per area: core, dossier, files, …), each
 * with the same keys in Vietnamese (first) and English.
 */
export type Locale = 'vi' | 'en';
export type Params = Record<string, string | number>;
export type Text = string | ((p: Params) => string);
export type Catalog<K extends string> = { vi: Record<K, Text>; en: Record<K, Text> };

export function render(text: Text, params: Params = {}): string {
  return typeof text === 'function' ? text(params) : text;
}

/** Builds a translator over one catalog: t('vi', 'greeting', { name }). */
export function translator<K extends string>(catalog: Catalog<K>) {
  return (locale: Locale, key: K, params?: Params): string => render(catalog[locale][key], params);
}
