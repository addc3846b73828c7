/**
 * The body of /staff/figures: the district's baseline beside the assistant's figures, the
 * funnel, where people stop, calls, appointments and satisfaction as server-side SVG, and
 * the per-week, per-channel and per-commune tables. Vietnamese first, English second. No
 * script and no inline style (the staff area's CSP); the page shell comes from the area.
 */
import { communeDay, type FigureSet, type Figures, type FunnelStage } from '../../../adapters/analytics/figures';
import { stepLabel } from './step-label';
import { barChart, comparisonChart, escapeXml as esc, percent } from './svg';

const STAGE_LABEL: Record<FunnelStage, string> = {
  conversations: 'Cuộc trò chuyện / Conversations',
  proceduresFound: 'Tìm thấy thủ tục / Procedures found',
  checklistsShown: 'Xem giấy tờ cần có / Checklists shown',
  dossiersStarted: 'Bắt đầu hồ sơ / Dossiers started',
  dossiersSubmitted: 'Đã nộp hồ sơ / Dossiers submitted',
};

const OUTCOME_LABEL: Record<string, string> = {
  answered: 'Trả lời xong / Answered',
  'checklist-sent': 'Gửi danh mục / Checklist sent',
  checklistSent: 'Gửi danh mục / Checklist sent',
  checklist_sent: 'Gửi danh mục / Checklist sent',
  appointment: 'Đặt lịch hẹn / Appointment',
  dossier: 'Nộp hồ sơ / Dossier',
  transferred: 'Chuyển cán bộ / Transferred',
};

const share = (x: number | null): string => (x === null ? '—' : percent(x));
const num = (x: number | null): string => (x === null ? '—' : x.toLocaleString('vi-VN'));
// the form shows the days as the commune counts them (UTC+7), as they were typed
const day = (iso: string | null): string => (iso ? communeDay(new Date(iso)) : '');

function table(caption: string, head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')
    : `<tr><td colspan="${head.length}">Chưa có số liệu / No data yet</td></tr>`;
  return `<table class="figures"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const GROUP_HEAD = [
  'Cuộc trò chuyện / Conversations',
  'Tìm thấy thủ tục / Found',
  'Danh mục / Checklists',
  'Bắt đầu / Started',
  'Đã nộp / Submitted',
  'Hoàn thành / Completion',
  'Trả qua bưu chính / Postal',
  'Lịch hẹn / Appointments (kept)',
  'Cuộc gọi / Calls',
  'Hài lòng / Satisfaction',
  'Tìm không thấy / Search misses',
];

function groupRow(name: string, f: FigureSet): string[] {
  return [
    name,
    num(f.conversations),
    num(f.proceduresFound),
    num(f.checklistsShown),
    num(f.dossiersStarted),
    num(f.dossiersSubmitted),
    share(f.completionRate),
    share(f.postalReturnShare),
    `${num(f.appointmentsBooked)} (${num(f.appointmentsKept)})`,
    num(f.calls.total),
    f.satisfaction.mean === null ? '—' : `${f.satisfaction.mean.toLocaleString('vi-VN')}/5 (${f.satisfaction.count})`,
    num(f.searchMisses),
  ];
}

/** The query (since/until) kept on the CSV link and the form. */
export function renderFiguresBody(figures: Figures, csvHref: string): string {
  const t = figures.total;
  const parts: string[] = [];
  parts.push(
    `<form method="get" action="/staff/figures" class="period"><label>Từ ngày / From <input type="date" name="since" value="${esc(day(figures.period.since))}"></label> ` +
      `<label>Đến ngày (không tính) / Until (exclusive) <input type="date" name="until" value="${esc(day(figures.period.until))}"></label> ` +
      `<button type="submit">Xem / Show</button> <a href="${esc(csvHref)}" download>Tải CSV / Download CSV</a></form>`,
  );

  parts.push('<section><h2>So với báo cáo năm 2021 / Against the 2021 baseline</h2>');
  const [firstBaseline] = figures.baseline;
  if (firstBaseline !== undefined) {
    parts.push(
      comparisonChart(
        'Số liệu của huyện năm 2021 và của trợ lý / The district in 2021 and the assistant',
        figures.baseline.map((b) => ({
          label: `${b.label.vi} / ${b.label.en}`,
          baseline: b.baseline,
          baselineLabel: 'Huyện 2021 / District 2021',
          assistant: b.assistant,
          assistantLabel: 'Trợ lý / Assistant',
        })),
      ),
    );
    parts.push(
      table(
        `Nguồn / Source: ${firstBaseline.baselineSource}`,
        ['Chỉ số / Figure', 'Huyện 2021 / District 2021', 'Trợ lý / Assistant', 'Cách tính / How counted'],
        figures.baseline.map((b) => [`${b.label.vi} / ${b.label.en}`, share(b.baseline), share(b.assistant), b.definition]),
      ),
    );
  }
  parts.push('</section>');

  parts.push('<section><h2>Từ câu hỏi đến hồ sơ / From question to dossier</h2>');
  parts.push(
    barChart(
      'Các bước của người dân / The citizens’ funnel',
      figures.funnel.map((s) => ({ label: STAGE_LABEL[s.stage], value: s.count })),
    ),
  );
  parts.push(
    `<p>Tỷ lệ hoàn thành / Completion rate: <strong>${share(t.completionRate)}</strong> · Bỏ dở / Abandoned: <strong>${num(t.abandoned)}</strong> · ` +
      `Đang làm / In progress: <strong>${num(t.inProgress)}</strong> · Dừng nhiều nhất ở / Most abandoned step: <strong>${esc(t.mostAbandonedStep ? `${stepLabel(t.mostAbandonedStep.step)}: ${t.mostAbandonedStep.dossiers}` : '—')}</strong></p>`,
  );
  if (t.abandonedByStep.length > 0) {
    parts.push(
      barChart(
        'Hồ sơ bỏ dở theo bước cuối / Abandoned dossiers by last step',
        t.abandonedByStep.slice(0, 12).map((s) => ({ label: stepLabel(s.step), value: s.dossiers })),
      ),
    );
  }
  parts.push('</section>');

  parts.push('<section><h2>Cuộc gọi, lịch hẹn, mức hài lòng / Calls, appointments, satisfaction</h2>');
  const outcomes = Object.entries(t.calls.byOutcome).sort((a, b) => b[1] - a[1]);
  parts.push(
    barChart(
      'Cuộc gọi theo kết quả / Calls by outcome',
      outcomes.map(([o, n]) => ({ label: OUTCOME_LABEL[o] ?? o, value: n })),
    ),
  );
  parts.push(
    barChart('Lịch hẹn tại quầy / Counter appointments', [
      { label: 'Đã đặt / Booked', value: t.appointmentsBooked },
      { label: 'Đã đến / Kept', value: t.appointmentsKept },
      { label: 'Đã hủy / Cancelled', value: t.appointmentsCancelled },
    ]),
  );
  parts.push(
    `<p>Thời lượng gọi trung bình / Mean call length: <strong>${t.calls.meanSeconds === null ? '—' : `${num(t.calls.meanSeconds)} s`}</strong> · ` +
      `Mức hài lòng / Satisfaction: <strong>${t.satisfaction.mean === null ? '—' : `${t.satisfaction.mean.toLocaleString('vi-VN')}/5`}</strong> (${num(t.satisfaction.count)} đánh giá / ratings) · ` +
      `Trả kết quả qua bưu chính / Postal return: <strong>${share(t.postalReturnShare)}</strong> (${num(t.postalReturns)})</p>`,
  );
  parts.push('</section>');

  parts.push('<section><h2>Tìm nhưng không thấy / Searches that found nothing</h2>');
  parts.push(
    table(
      'Câu tìm đã ẩn số và tên / Queries with digits and names removed',
      ['Câu tìm / Query', 'Số lần / Times'],
      t.topMisses.map((m) => [m.query, num(m.count)]),
    ),
  );
  parts.push('</section>');

  parts.push('<section><h2>Theo tuần, kênh, xã / By week, channel, commune</h2>');
  parts.push(
    table(
      'Theo tuần (ISO) / By ISO week',
      ['Tuần / Week', ...GROUP_HEAD],
      figures.byWeek.map((w) => groupRow(w.week, w)),
    ),
  );
  parts.push(
    table(
      'Theo kênh / By channel',
      ['Kênh / Channel', ...GROUP_HEAD],
      figures.byChannel.map((c) => groupRow(c.channel, c)),
    ),
  );
  parts.push(
    table(
      'Theo xã / By commune',
      ['Xã / Commune', ...GROUP_HEAD],
      figures.byCommune.map((c) => groupRow(c.commune, c)),
    ),
  );
  parts.push('</section>');
  return parts.join('\n');
}
