/**
 * Maintainer tool: prints the catalog's document list (ids, form, quantity,
 * title) next to what the curated entry says about each paper, so hints can
 * be pointed at the right id after the importer changes.
 *   npm run knowledge:documents -- 1.001193 [more codes…]
 */
import { loadCatalog } from '../knowledge/catalog/load';
import { loadCurated } from '../knowledge/curated/index';

const codes = process.argv.slice(2);
const catalog = new Map(loadCatalog().map((p) => [p.code, p]));
const curated = loadCurated().filter((c) => codes.length === 0 || codes.includes(c.code));

for (const c of curated) {
  const p = catalog.get(c.code);
  console.log(`== ${c.code} ${c.plainTitle}${p ? '' : '  (NOT IN CATALOG)'}`);
  for (const d of p?.documents ?? []) {
    const role = c.uploadHints[d.id] ? 'UPLOAD' : c.presentAtCounter.includes(d.id) ? 'COUNTER' : c.lookedUp.includes(d.id) ? 'LOOKUP' : '';
    const shape = `${d.form} x${d.quantity}${d.required ? '' : ' opt'}`;
    console.log(`  ${d.id.padEnd(4)} ${role.padEnd(7)} [${shape}] ${d.title.slice(0, 110)}`);
  }
}
