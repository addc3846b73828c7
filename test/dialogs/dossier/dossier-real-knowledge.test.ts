/**
 * The dossier over the shipped knowledge (national catalog + curated layer),
 * so a change in the data that breaks a journey shows up here. Answers are
 * chosen by each question's kind, so wording changes in the data do not
 * break the test.
 */
import { getKnowledge } from '../../../knowledge/index';
import type { FormQuestion, Knowledge } from '../../../knowledge/model';
import { makeHarness } from '../../support/dossier-harness';

const ANSWER = { text: 'Nguyễn Thị Mai', date: '05/03/2026', choice: '1', yesno: 'có', number: '1' } as const;

/** An answer each question's declared checks accept (the harness's today is 01/06/2026). */
function answerFor(q: FormQuestion): string {
  if (q.checks?.format === 'citizenId') return '038090012345';
  if (q.checks?.format === 'address') return 'Số 12, thôn Đông, xã Đức Thọ, tỉnh Hà Tĩnh';
  if (q.kind === 'date' && q.checks?.when === 'future') return '15/07/2026';
  if (q.kind === 'date' && q.checks?.minAge) return '05/03/1995';
  return ANSWER[q.kind];
}

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = getKnowledge();
}, 120_000); // building the search index over the whole catalog takes seconds on a busy machine

describe('dossier over the real knowledge', () => {
  it.each([
    ['1.001193', 'birth registration'],
    ['1.000656', 'death registration'],
    ['1.004873', 'marital-status certificate'],
    ['1.004194', 'temporary residence'],
    ['1.004222', 'permanent residence'],
  ])('files %s (%s) from start to receipt', async (code) => {
    const curated = knowledge.curated(code);
    expect(curated?.questions.length).toBeGreaterThan(0);
    const h = makeHarness({
      knowledge,
      outcomes: [{ kind: 'receipt', receipt: { receiptCode: 'TP-2026-000777', status: 'received', receivedAt: '2026-06-01T08:00:00Z' } }],
    });
    await h.send(`start ${code}`);
    await h.send('Nguyễn Văn An');
    await h.send('038190012345');
    await h.send('0912345678');
    await h.send('bỏ qua');
    const papers: string[] = [];
    for (let turn = 0; turn < 60; turn += 1) {
      const step = String((await h.draft())?.step);
      if (step === 'review') break;
      if (step.startsWith('question.')) {
        const q = curated?.questions.find((x) => `question.${x.key}` === step);
        expect(q).toBeDefined();
        if (q) await h.send(answerFor(q));
      } else if (step.startsWith('document.')) {
        papers.push(step);
        await h.upload(`${step}.jpg`);
        await h.send('xong');
      } else if (step === 'delivery.method') {
        await h.send('1');
      } else {
        throw new Error(`unexpected step ${step}`);
      }
    }
    // marriage: the declaration and the e-form are the dossier's own answers, the ID card is shown at
    // the counter, residence is looked up — nothing to photograph (issue 12); a dossier may have no upload
    if (code === '1.000894') expect(papers).toEqual([]);
    else expect(papers.length).toBeGreaterThan(0);
    expect(papers.length).toBeLessThanOrEqual(6); // notes in the national record are not upload steps
    await h.send('1');
    expect(await h.send('đồng ý')).toContain('TP-2026-000777');
    expect(h.results).toEqual([{ status: 'submitted' }]);
    const sent = h.submission.received[0]!.submission;
    expect(sent.documents.length).toBe(papers.length);
    expect(Object.keys(sent.formData ?? {})).toEqual(expect.arrayContaining(curated?.questions.map((q) => q.key) ?? []));
  });
});
