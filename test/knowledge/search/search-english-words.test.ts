/**
 * English as foreign spouses and residents type it, over the shipped catalog: the English
 * vocabulary maps whole phrases to the catalog's Vietnamese wording, so procedures without an
 * English title are found too. Once "marriage with a foreigner" found nothing, "bought a used
 * motorbike" nothing (spelling correction bent "used" to a catalog syllable before the phrase
 * was read) and "motorbike registration" nothing.
 */
import { getKnowledge } from '../../../knowledge';

const knowledge = getKnowledge();
const codes = (q: string) => knowledge.search(q, { limit: 5 }).map((h) => h.code);

test.each([
  ['marriage with a foreigner', '2.000806'],
  ['i want to marry my vietnamese girlfriend', '2.000806'],
  ['my wife is vietnamese, marriage', '2.000806'],
  ['bought a used motorbike', '1.013076'],
  ['i bought a used car', '1.013076'],
  ['sell my motorbike', '1.013076'],
  ['we had a baby', '1.001193'],
  ['register our marriage', '1.000894'],
])('%p finds %p first', (q, code) => {
  expect(codes(q)[0]).toBe(code);
});

test('"motorbike registration" finds the vehicle registrations (the find dialog then asks which)', () => {
  const found = knowledge.search('motorbike registration', { limit: 8 });
  expect(found.length).toBeGreaterThanOrEqual(2);
  for (const hit of found) expect(hit.field).toMatch(/phương tiện giao thông/);
});

test('a foreign spouse asking about the marriage finds the foreign-element marriage among the first two', () => {
  expect(codes('my wife is vietnamese, we want to register our marriage').slice(0, 2)).toContain('2.000806');
  expect(codes('i am a foreigner, i want to register marriage').slice(0, 2)).toContain('2.000806');
});
