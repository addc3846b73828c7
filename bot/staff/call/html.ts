/**
 * The call pages' HTML: plain server-rendered forms (no script needed), every POST
 * carrying the session's CSRF token. Everything shown is escaped: the script holds
 * what the caller said.
 */
import type { SearchHit } from '../../../knowledge/model';
import type { Locale } from '../../../dialogs/messages/format';
import { callPageText, type CallPageKey } from '../../../dialogs/messages/call-page';
import { CALL_OUTCOMES, type CallOutcome, type CallRecord } from './call-record';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const csrfField = (token: string) => `<input type="hidden" name="csrf" value="${escapeHtml(token)}">`;

/** a form posting one fixed answer (a choice button) */
function answerButton(callId: string, csrf: string, label: string, value: string, cls = 'choice'): string {
  return `<form method="post" action="/staff/call/${callId}/answer" class="inline">${csrfField(csrf)}<input type="hidden" name="choice" value="${escapeHtml(value)}"><button type="submit" class="${cls}">${escapeHtml(label)}</button></form>`;
}

export function outcomeLabel(locale: Locale, outcome: CallOutcome): string {
  return callPageText(locale, `outcome_${outcome}` as CallPageKey);
}

export function startPage(locale: Locale, csrf: string, ended?: { outcome: CallOutcome; seconds: number }): string {
  const t = (k: CallPageKey, p?: Record<string, string | number>) => escapeHtml(callPageText(locale, k, p));
  const endedNote = ended
    ? `<p class="notice" role="status">${t('ended', { outcome: outcomeLabel(locale, ended.outcome), minutes: Math.floor(ended.seconds / 60), seconds: ended.seconds % 60 })}</p>`
    : '';
  return `${endedNote}<p>${t('startIntro')}</p>
<form method="post" action="/staff/call/start">${csrfField(csrf)}<button type="submit" id="take-call">${t('startButton')}</button></form>`;
}

export interface CallView {
  locale: Locale;
  csrf: string;
  call: CallRecord;
  /** a note for the operator after the last action (sent, refused input …) */
  notice?: { text: string; error: boolean };
  search?: { q: string; hits: SearchHit[] };
  /** the proposed outcome for the end form */
  outcome: CallOutcome;
  startedTime: string;
}

export function callPage(v: CallView): string {
  const { call, csrf, locale } = v;
  const t = (k: CallPageKey, p?: Record<string, string | number>) => escapeHtml(callPageText(locale, k, p));
  const id = call.id;
  const script = call.script.length
    ? call.script
        .map(
          (line) =>
            `<div class="say"><p>${escapeHtml(line.text).replace(/\n/g, '<br>')}</p>${
              line.choices.length
                ? `<div class="choices"><span>${t('choicesNote')}</span> ${line.choices.map((c, i) => answerButton(id, csrf, `${i + 1}. ${c}`, c)).join(' ')}</div>`
                : ''
            }</div>`,
        )
        .join('\n')
    : `<p>${t('nothingYet')}</p>`;
  const notice = v.notice
    ? `<p class="${v.notice.error ? 'error' : 'notice'}" role="${v.notice.error ? 'alert' : 'status'}">${escapeHtml(v.notice.text)}</p>`
    : '';
  const checklist = call.checklist ? `<pre id="checklist">${escapeHtml(call.checklist.text)}</pre>` : `<p>${t('noChecklist')}</p>`;
  const hits = v.search
    ? v.search.hits.length
      ? `<ol id="search-results">${v.search.hits
          .map(
            (h) =>
              `<li>${escapeHtml(h.name)} <small>${escapeHtml(h.code)}</small> ${answerButton(id, csrf, callPageText(locale, 'searchPick'), h.name, 'pick')}</li>`,
          )
          .join('')}</ol>`
      : `<p>${t('searchNone', { q: v.search.q })}</p>`
    : '';
  const outcomes = CALL_OUTCOMES.map(
    (o) => `<option value="${o}"${o === v.outcome ? ' selected' : ''}>${escapeHtml(outcomeLabel(locale, o))}</option>`,
  ).join('');
  return `${notice}
<section aria-labelledby="search-h"><h2 id="search-h">${t('searchLabel')}</h2>
<form method="get" action="/staff/call/${id}" role="search"><input type="search" name="q" id="search" value="${escapeHtml(v.search?.q ?? '')}" aria-labelledby="search-h" maxlength="200"> <button type="submit">${t('searchButton')}</button></form>${hits}</section>
<p>${t('startedAt', { time: v.startedTime })}</p>
<section aria-labelledby="script-h"><h2 id="script-h">${t('readAloud')}</h2><div id="script">${script}</div>
<form method="post" action="/staff/call/${id}/answer" id="answer-form">${csrfField(csrf)}<label for="answer">${t('answerLabel')}</label> <input type="text" name="answer" id="answer" autofocus autocomplete="off" maxlength="1000"> <button type="submit">${t('answerButton')}</button></form></section>
<section aria-labelledby="checklist-h"><h2 id="checklist-h">${t('checklistTitle')}</h2>${checklist}</section>
<section aria-labelledby="nosmart-h"><h2 id="nosmart-h">${t('noSmartphoneTitle')}</h2><p>${t('noSmartphoneNote')}</p>
<form method="post" action="/staff/call/${id}/sms" id="sms-form">${csrfField(csrf)}<label for="phone">${t('smsPhoneLabel')}</label> <input type="tel" name="phone" id="phone" autocomplete="off" maxlength="20"> <button type="submit"${call.checklist ? '' : ' disabled'}>${t('smsButton')}</button></form>
${answerButton(id, csrf, callPageText(locale, 'bookButton'), callPageText(locale, 'bookWords'), 'book')}
${answerButton(id, csrf, callPageText(locale, 'counterButton'), callPageText(locale, 'counterWords'), 'counter')}</section>
<section aria-labelledby="end-h"><h2 id="end-h">${t('endTitle')}</h2>
<form method="post" action="/staff/call/${id}/end" id="end-form">${csrfField(csrf)}<label for="outcome">${t('outcomeLabel')}</label> <select name="outcome" id="outcome">${outcomes}</select> <button type="submit">${t('endButton')}</button></form></section>`;
}
