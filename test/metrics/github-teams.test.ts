import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import type { Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { ReportModel } from '../../src/metrics/model.js';
import type { PeopleSection } from '../../src/metrics/people.js';
import { computeReport } from '../../src/metrics/report.js';
import { computeSiteReports } from '../../src/render/site/site-reports.js';
import { harvestedStore } from './reviewers-harness.js';

/**
 * Teams from GitHub (issue 3: "per team, from config, or from GitHub teams when the token can
 * read them"): with no teams configured, the harvest's read of the organisation's teams gives
 * every team breakdown exactly what configuring the same teams by hand gives.
 */
describe('team breakdowns from the teams GitHub lists', () => {
  let dataset: SimDataset;
  let store: Store;
  let configured: ReportModel;
  let fromGitHub: ReportModel;
  let truthTeams: Record<string, string[]>;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 5, size: 200 });
    truthTeams = dataset.truth!.teams as Record<string, string[]>;
    store = await harvestedStore(dataset, 'github-teams');
    const now = new Date(dataset.now);
    configured = await computeReport(store, parseMetricsConfig({ teams: truthTeams }), now);
    fromGitHub = await computeReport(store, parseMetricsConfig({}), now);
  }, 120_000);
  afterAll(() => store?.close());

  const people = (report: ReportModel) => report.sections.people as PeopleSection;
  const section = (report: ReportModel, name: string) => report.sections[name] as Record<string, unknown>;

  it('says where the teams came from, and lists them with their members', () => {
    expect(people(configured).teamsFrom).toBe('configuration');
    expect(people(fromGitHub).teamsFrom).toBe('github');
    const listed = Object.fromEntries(people(fromGitHub).teams.map((t) => [t.team, t.members]));
    expect(listed).toEqual(Object.fromEntries(Object.entries(truthTeams).map(([team, members]) => [team, [...members].sort()])));
  });

  it('every per-team breakdown equals the one from configured teams', () => {
    expect(people(fromGitHub).byTeam.length).toBe(5);
    expect(people(fromGitHub).byTeam).toEqual(people(configured).byTeam);
    expect(people(fromGitHub).members).toEqual(people(configured).members);
    expect(section(fromGitHub, 'flow').byTeam).toEqual(section(configured, 'flow').byTeam);
    expect((section(fromGitHub, 'flow').byTeam as unknown[]).length).toBe(5);
    expect(section(fromGitHub, 'reviewers').byTeam).toEqual(section(configured, 'reviewers').byTeam);
    expect(section(fromGitHub, 'reviewers').teams).toEqual(section(configured, 'reviewers').teams);
    expect(section(fromGitHub, 'reviewers').reviewers).toEqual(section(configured, 'reviewers').reviewers);
  });

  it('configured teams replace GitHub’s entirely', async () => {
    const report = await computeReport(store, parseMetricsConfig({ teams: { core: ['amara-okafor'] } }), new Date(dataset.now));
    expect(people(report).teams).toEqual([{ team: 'core', members: ['amara-okafor'] }]);
    expect(people(report).byTeam.map((t) => t.team)).toEqual(['core']);
  });

  it('the site gets a page per GitHub team', async () => {
    const site = await computeSiteReports(store, parseMetricsConfig({}), new Date(dataset.now));
    expect(Object.keys(site.teams).sort()).toEqual(Object.keys(truthTeams).sort());
    expect(site.teams.platform).toEqual([...truthTeams.platform!].sort());
  }, 120_000);
});
