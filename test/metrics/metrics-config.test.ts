import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadMetricsConfig, parseMetricsConfig } from '../../src/metrics/metrics-config.js';

describe('metrics configuration', () => {
  it('has a default for everything', () => {
    const config = parseMetricsConfig({});
    expect(config).toMatchObject({ weeks: 26, bots: { include: false }, deployments: { source: 'auto' }, sprints: { 'length-days': 14 }, waiting: { 'warning-hours': 24, 'critical-hours': 72 }, leaderboard: { enabled: false } });
  });

  it.each([
    [{ sprints: { 'length-days': 0 } }, /sprints\.length-days/],
    [{ deployments: { source: 'kubernetes' } }, /deployments\.source/],
    [{ deployments: { environment: '(' } }, /deployments\.environment: must be a valid regular expression/],
    [{ 'business-time': { 'time-zone': 'Mars/Olympus' } }, /business-time\.time-zone: must be an IANA time zone/],
    [{ 'business-time': { 'work-hours': { start: '18:00', end: '09:00' } } }, /business-time\.work-hours/],
    [{ 'business-time': { holidays: ['25/12/2026'] } }, /metrics\.business-time\.holidays\[0\]: must be a date written YYYY-MM-DD/],
    [{ waiting: { 'warning-hours': 100, 'critical-hours': 72 } }, /waiting\.warning-hours/],
    [{ leaderbord: { enabled: true } }, /metrics: unknown key leaderbord/],
    [{ teams: { core: 'ana' } }, /teams\.core/],
  ])('rejects %j with one error naming the field', (raw, message) => {
    expect(() => parseMetricsConfig(raw, 'flowmeter.yml')).toThrow(ConfigError);
    expect(() => parseMetricsConfig(raw, 'flowmeter.yml')).toThrow(message);
  });

  it('reads the metrics section of a YAML file, and names the file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-config-'));
    const good = join(dir, 'good.yml');
    writeFileSync(good, 'metrics:\n  teams:\n    core: [ana, ben]\n  deployments:\n    source: releases\n');
    expect(loadMetricsConfig(good, true)).toMatchObject({ teams: { core: ['ana', 'ben'] }, deployments: { source: 'releases' } });
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'metrics:\n  weeks: many\n');
    expect(() => loadMetricsConfig(bad, true)).toThrow(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: metrics\\.weeks`));
    expect(() => loadMetricsConfig(join(dir, 'missing.yml'), true)).toThrow(/does not exist/);
    expect(loadMetricsConfig(join(dir, 'missing.yml'), false).weeks).toBe(26);
  });
});
