/**
 * Who may read /metrics (bot/http/metrics-route.ts), decided without a network: this
 * machine's socket without forwarding headers, or the METRICS_TOKEN bearer. And each
 * AssistantMetrics has its own registry, so two services never mix their counts.
 */
import { metricsAccess } from '../../../bot/http/metrics-route';
import { createMetrics } from '../../../bot/metrics';
import { ConfigError, loadConfig } from '../../../bot/config';

const TOKEN = 'metrics-token-0123456789';

describe('metricsAccess', () => {
  it('lets this machine in without a token', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(metricsAccess(address, {}, undefined)).toEqual({ ok: true });
  });

  it('treats a forwarded request as not local, whatever the socket', () => {
    expect(metricsAccess('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, undefined)).toEqual({ ok: false, status: 403 });
    expect(metricsAccess('127.0.0.1', { forwarded: 'for=203.0.113.9' }, TOKEN)).toEqual({ ok: false, status: 401 });
  });

  it('refuses another machine without a configured token (403), and a missing or wrong token (401)', () => {
    expect(metricsAccess('203.0.113.9', {}, undefined)).toEqual({ ok: false, status: 403 });
    expect(metricsAccess('203.0.113.9', { authorization: `Bearer ${TOKEN}` }, undefined)).toEqual({ ok: false, status: 403 });
    expect(metricsAccess('203.0.113.9', {}, TOKEN)).toEqual({ ok: false, status: 401 });
    expect(metricsAccess('203.0.113.9', { authorization: 'Bearer metrics-token-012345678' }, TOKEN)).toEqual({ ok: false, status: 401 });
    expect(metricsAccess('203.0.113.9', { authorization: `Basic ${TOKEN}` }, TOKEN)).toEqual({ ok: false, status: 401 });
  });

  it('lets another machine in with the token', () => {
    expect(metricsAccess('203.0.113.9', { authorization: `Bearer ${TOKEN}` }, TOKEN)).toEqual({ ok: true });
    expect(metricsAccess('10.0.0.1', { authorization: `bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' }, TOKEN)).toEqual({ ok: true });
  });
});

describe('AssistantMetrics', () => {
  it('keeps its counts in its own registry and its labels to closed vocabularies', async () => {
    const a = createMetrics({ processMetrics: false });
    const b = createMetrics({ processMetrics: false });
    a.turnEnded('webchat', 'ok', 0.02);
    a.turnEnded('Nguyễn Văn An', 'whatever', 0.02);
    a.uploadRejected('too_large');
    a.uploadRejected('file name.jpg');
    a.searched(0);
    a.searched(3);
    const textA = await a.render();
    expect(textA).toContain('assistant_turns_total{channel="webchat",outcome="ok"} 1');
    expect(textA).toContain('assistant_turns_total{channel="other",outcome="other"} 1');
    expect(textA).toContain('assistant_upload_rejections_total{reason="other"} 1');
    a.searched(0, 'api');
    expect(await a.render()).toContain('assistant_searches_total{source="chat"} 2');
    expect(await a.render()).toContain('assistant_searches_empty_total{source="chat"} 1');
    expect(await a.render()).toContain('assistant_searches_empty_total{source="api"} 1');
    expect(textA).not.toContain('Nguyễn');
    expect(await b.render()).toContain('assistant_searches_total{source="chat"} 0');
  });

  it('reads the outbox when scraped', async () => {
    const m = createMetrics({ processMetrics: false, now: () => Date.parse('2026-12-01T10:01:00Z') });
    let calls = 0;
    m.watchOutbox({
      pendingStats: async () => {
        calls++;
        return { pending: 3, oldestCreatedAt: '2026-12-01T10:00:00Z' };
      },
    } as never);
    const text = await m.render();
    expect(text).toContain('assistant_outbox_pending 3');
    expect(text).toContain('assistant_outbox_oldest_pending_age_seconds 60');
    // both gauges of one scrape share one query
    expect(calls).toBe(1);
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional, and refused when shorter than 16 characters', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: TOKEN }).METRICS_TOKEN).toBe(TOKEN);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
