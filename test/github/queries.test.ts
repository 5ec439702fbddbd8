import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import {
  OVERFLOW_SELECTIONS,
  openItemNodesDocument,
  organizationRepositoriesDocument,
  organizationTeamsDocument,
  projectIterationsDocument,
  repositoryMilestonesDocument,
  overflowDocument,
  repositorySyncDocument,
  teamMembersDocument,
  withFragments,
  type OverflowKind,
} from '../../src/github/documents.js';

let cached: GraphQLSchema | undefined;
const schema = (): GraphQLSchema => (cached ??= buildSchema(githubSchema.idl, { assumeValidSDL: true }));
const errorsOf = (document: string): string[] => validate(schema(), parse(document)).map((e) => e.message);

/** Every document the harvester can send: the fixed ones, and overflow batches of each kind. */
function everyDocument(): Record<string, string> {
  const kinds = Object.keys(OVERFLOW_SELECTIONS) as OverflowKind[];
  const documents: Record<string, string> = {
    repositorySync: repositorySyncDocument(),
    openItemNodes: openItemNodesDocument(),
    organizationRepositories: organizationRepositoriesDocument(),
    organizationTeams: organizationTeamsDocument(),
    teamMembers: teamMembersDocument(),
    repositoryMilestones: repositoryMilestonesDocument(),
    projectIterations: projectIterationsDocument(),
    overflowAllKinds: overflowDocument(kinds),
  };
  for (const kind of kinds) documents[`overflow ${kind}`] = overflowDocument([kind, kind]);
  return documents;
}

describe('GraphQL documents against GitHub’s schema', () => {
  for (const [name, document] of Object.entries(everyDocument())) {
    it(`${name} is valid`, () => {
      expect(errorsOf(document)).toEqual([]);
    });
  }

  it('a misspelled field fails validation', () => {
    const broken = repositorySyncDocument().replace('mergedAt', 'mergedAtt');
    expect(errorsOf(broken).join('\n')).toMatch(/mergedAtt/);
  });

  it('a misspelled field inside a shared fragment fails validation', () => {
    const broken = withFragments('query { viewer { login } }') + '\n' + overflowDocument(['PullRequest.reviews']).replace('submittedAt', 'submitedAt');
    expect(errorsOf(broken.split('query { viewer { login } }').join('')).join('\n')).toMatch(/submitedAt/);
  });
});
