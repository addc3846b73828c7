/**
 * English mode: every label the assistant writes itself is English (levels,
 * opening hours, the dossier's questions); catalog text stays Vietnamese and
 * the card says so.
 */
import { getKnowledge } from '../../knowledge/index';
import { hoursLabel, levelLabel } from '../../dialogs/labels';
import { harness, joined } from '../support/spine-support';

const knowledge = getKnowledge();

it('levels and hours are written in English', () => {
  expect(levelLabel('en', 'Cấp xã')).toBe('Commune level');
  expect(levelLabel('en', 'Cấp tỉnh')).toBe('Provincial level');
  expect(levelLabel('vi', 'Cấp xã')).toBe('Cấp xã');
  expect(hoursLabel('en', '7h30–17h, thứ Hai đến thứ Sáu')).toBe('7:30–17:00, Monday to Friday');
  expect(hoursLabel('en', '7:00–17:00, thứ Hai–thứ Sáu')).toBe('7:00–17:00, Monday–Friday');
});

it('a card, the staff answer and the dossier’s questions in English', async () => {
  const h = harness({ knowledge, locale: 'en-US' });
  await h.say('hello');
  await h.say('english');
  await h.say('birth registration');
  const card = joined(await h.say('1'));
  expect(card).toContain('Handled at: Commune level');
  expect(card).toContain('quoted in Vietnamese');
  expect(card).not.toContain('Cấp xã');
  const staff = joined(await h.say('staff'));
  expect(staff).toContain('Monday to Friday');
  expect(staff).not.toContain('thứ');
  // the checklist's situation questions (birth notice yes, no proxy, no special case), then "Submit a dossier"
  await h.say('1');
  await h.say('2');
  expect(joined(await h.say('2'))).toContain('Papers you need');
  await h.say('1');
  await h.say('Nguyễn Thị Hoa');
  await h.say('038190012345');
  await h.say('0912345678');
  expect(joined(await h.say('skip'))).toContain("What is the child's full name?");
});
