/**
 * The checks are declared with the questions (knowledge/curated/questions.ts),
 * not guessed from keys: every date says which way it may lie, every ID is
 * checked as an ID, a `sexFrom` names an ID question of the same procedure,
 * and a marriage holds both people to 20/18 and is collected in person.
 */
import { loadCurated } from '../../../knowledge/curated';

const curated = loadCurated();

describe('declared question checks', () => {
  it('every date question says whether it lies in the past, the future, or either', () => {
    const dates = curated.flatMap((c) =>
      c.questions.filter((q) => q.kind === 'date').map((q) => `${c.code}:${q.key}:${q.checks?.when ?? 'none'}`),
    );
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.filter((d) => d.endsWith(':none'))).toEqual([]);
  });

  it('a question about an ID number is checked as one; names and addresses declare their format', () => {
    for (const c of curated) {
      for (const q of c.questions) {
        if (/IdNumber$/.test(q.key)) expect(q.checks?.format).toBe('citizenId');
        if (/FullName$/.test(q.key)) expect(q.checks?.format).toBe('personName');
        if (/^business/.test(q.key) && q.key !== 'businessAddress' && q.kind === 'text')
          expect(q.checks?.format ?? 'freeText').toBe('freeText');
      }
    }
  });

  it('sexFrom names an ID question of the same procedure', () => {
    for (const c of curated) {
      for (const q of c.questions) {
        const from = q.checks?.minAge?.sexFrom;
        if (from) expect(c.questions.find((x) => x.key === from)?.checks?.format).toBe('citizenId');
      }
    }
  });

  it('marriage: 20 for a man, 18 for a woman, both people; the certificate is collected in person', () => {
    const marriage = curated.find((c) => c.code === '1.000894');
    const ages = marriage?.questions.filter((q) => q.checks?.minAge).map((q) => q.checks?.minAge);
    expect(ages).toEqual(expect.arrayContaining([expect.objectContaining({ male: 20, female: 18, applicantToo: true })]));
    expect(marriage?.questions.some((q) => q.checks?.collectInPerson)).toBe(true);
  });
});
