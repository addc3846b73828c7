/**
 * The eval's scoring rules (top-1, top-3, out-of-domain) on the code-built catalog.
 */
import { createKnowledge } from '../../../knowledge';
import { evaluate } from '../../../bench/search-eval';
import { fixtureCatalog, fixtureCurated, fixtureGlossary } from './search-fixture';

describe('search eval', () => {
  it('counts top-1, top-3 and out-of-domain answers as the eval README says', () => {
    const knowledge = createKnowledge({ catalog: fixtureCatalog(), curated: fixtureCurated(), glossary: fixtureGlossary() });
    const second = knowledge.search('đăng ký khai sinh', { limit: 3 })[1]?.code;
    expect(second).toBeDefined();
    const misses: string[] = [];
    const report = evaluate(
      knowledge,
      [
        { q: 'đăng ký kết hôn', codes: ['1.000894'] },
        // right answer present but not first: a top-3 hit only
        { q: 'đăng ký khai sinh', codes: [second as string] },
        { q: 'giá vàng hôm nay', codes: [] },
        // a wrong out-of-domain label: the search answers, so this one is missed
        { q: 'đăng ký tạm trú', codes: [] },
      ],
      (line) => misses.push(line.q),
    );
    expect(report).toEqual(
      expect.objectContaining({
        queries: 4,
        top1: 0.5,
        top3: 0.75,
        outOfDomain: 0.5,
        p50Ms: expect.any(Number),
        p99Ms: expect.any(Number),
      }),
    );
    expect(misses).toEqual(['đăng ký khai sinh', 'đăng ký tạm trú']);
  });
});
