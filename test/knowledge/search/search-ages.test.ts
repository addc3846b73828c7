/**
 * A child's age typed as a number decides between the two căn cước cards: "làm căn cước cho con
 * 10 tuổi" once listed the card from 14 first (numbers are not indexed, and an alias said
 * "cho con 14 tuổi").
 */
import { getKnowledge } from '../../../knowledge';
import { ageAsCatalogSays } from '../../../knowledge/search/query';
import { ruledOut } from '../../../knowledge/search/variants';

const UNDER_14 = '1.014062';
const FROM_14 = '1.014061';

test.each([
  ['làm căn cước cho con 10 tuổi', 'làm căn cước cho con dưới 14 tuổi'],
  ['nhà 3t', 'nhà 3t'],
  ['con chưa đủ 14 tuổi', 'con dưới 14 tuổi'],
  ['con tôi 15 tuổi', 'con tôi đủ 14 tuổi'],
  ['kết hôn năm 18 tuổi', 'kết hôn năm 18 tuổi'],
  ['nộp 2 bản', 'nộp 2 bản'],
  ['ID card for my 8 year old son', 'ID card for my child under 14 son'],
  ['a 10-year-old', 'a child under 14'],
  ['what is 1.000689', 'what is 1.000689'],
  ['aged 8', 'child under 14'],
  ['my son is 8, he needs one', 'my child under 14, he needs one'],
  ['she is 15 years old', 'she is age 14 and over'],
  ['he is 40 years old', 'he is 40 years old'],
])('%p reads as %p', (typed, read) => {
  expect(ageAsCatalogSays(typed)).toBe(read);
});

test.each([
  ['làm căn cước cho con 10 tuổi', UNDER_14],
  ['cccd cho bé 6t', UNDER_14],
  ['làm căn cước cho con chưa đủ 14 tuổi', UNDER_14],
  ['làm căn cước cho con 14 tuổi', FROM_14],
  ['con 16 tuổi làm căn cước', FROM_14],
  ['làm căn cước', FROM_14],
  ['id card for my son', UNDER_14],
  ['my son is 8, he needs an ID card', UNDER_14],
  ['citizen ID card for a 10-year-old', UNDER_14],
  ['id card for my daughter, she is 15 years old', FROM_14],
  ['identity card for my son', UNDER_14],
  ['i lost my identity card', '1.014064'],
  ['căn cước cho bố', FROM_14],
  ['làm căn cước cho mẹ', FROM_14],
  ['căn cước cho bố 70 tuổi', FROM_14],
  ['căn cước cho bé', UNDER_14],
])('%p finds %s first', (query, code) => {
  expect(getKnowledge().search(query)[0]?.code).toBe(code);
});

test("the hot-query cache keeps a child's age apart: 14 and 10 are different searches", () => {
  const k = getKnowledge();
  expect(k.search('làm căn cước cho con 14 tuổi')[0]?.code).toBe(FROM_14);
  expect(k.search('làm căn cước cho con 10 tuổi')[0]?.code).toBe(UNDER_14);
  expect(k.search('làm căn cước cho con 14 tuổi')[0]?.code).toBe(FROM_14);
});

test('what the message says of the age rules the other card out; other facets and unrelated hits stay', () => {
  const k = getKnowledge();
  const hits = k.search('con tôi 15 tuổi làm căn cước', { limit: 10 });
  expect(hits.map((h) => h.code)).toContain(UNDER_14);
  expect([...ruledOut(hits, 'con tôi 15 tuổi làm căn cước')]).toEqual([UNDER_14]);
  expect([...ruledOut(k.search('căn cước cho bé', { limit: 10 }), 'căn cước cho bé')]).toEqual(expect.arrayContaining([FROM_14]));
  expect(ruledOut(k.search('con tôi 15 tuổi làm căn cước', { limit: 10 }), 'đổi căn cước').size).toBe(0);
  // a foreign element is no exclusive facet: the single-status certificate has none in its name
  const foreign = 'xin giấy xác nhận độc thân để kết hôn với người nước ngoài';
  expect(ruledOut(k.search(foreign, { limit: 10 }), foreign).size).toBe(0);
});
