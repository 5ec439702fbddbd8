/**
 * Planning objects sprints can come from: `Repository.milestones` and
 * `Organization.projectV2(number).field(name)` (or a user's) with an iteration field's configuration.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { SimIteration, SimMilestone, SimRepository } from './dataset.js';
import { at, connection, ordering, type PageArgs } from './graphql-connection.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { type Args, GitHubGraphQLError, Plain, rejectUnsupportedArgs } from './graphql-field-resolver.js';

const PAGE = ['first', 'last', 'after', 'before'];

const milestonePlain = (m: SimMilestone) => new Plain({
  id: m.id, number: m.number, title: m.title, state: m.state, dueOn: m.dueOn, createdAt: m.createdAt, closedAt: m.closedAt,
}, 'Milestone');

export function repositoryMilestones(repo: SimRepository, args: Args, info: GraphQLResolveInfo) {
  rejectUnsupportedArgs(info, [...PAGE, 'orderBy', 'states']);
  const states = args.states as string[] | undefined;
  const items = (repo.milestones ?? []).filter((m) => !states || states.includes(m.state));
  // GitHub sorts milestones without a due date last when ascending.
  const order = ordering<SimMilestone>('Repository.milestones', args.orderBy, {
    DUE_DATE: (m) => (m.dueOn ? at(m.dueOn) : Number.MAX_SAFE_INTEGER),
    CREATED_AT: (m) => at(m.createdAt),
    NUMBER: (m) => m.number,
  }, (m) => m.number, { field: 'CREATED_AT', direction: 'ASC' });
  return connection('milestones', items, args as PageArgs, { ...order, node: milestonePlain });
}

const iterationPlain = (i: SimIteration) => new Plain({ id: i.id, title: i.title, titleHTML: i.title, startDate: i.startDate, duration: i.duration }, 'ProjectV2IterationFieldIteration');

/**
 * `Organization.projectV2(number)` and `User.projectV2(number)`: null for a number the owner
 * has no project under, as on GitHub (with an error).
 */
export function ownerProject(owner: string, args: Args, ctx: GraphQLRequestContext) {
  const { dataset } = ctx.index;
  const project = dataset.projects?.find((p) => (p.owner ?? dataset.org).toLowerCase() === owner.toLowerCase() && p.number === Number(args.number));
  if (!project) throw new GitHubGraphQLError(`Could not resolve to a ProjectV2 with the number ${String(args.number)}.`, 'NOT_FOUND');
  return new Plain({
    number: project.number,
    field: (fieldArgs: Args) => {
      const field = project.fields.find((f) => f.name === String(fieldArgs.name));
      if (!field) return null;
      if (field.kind !== 'iteration') return new Plain({ name: field.name, dataType: 'TEXT' }, 'ProjectV2Field');
      return new Plain({
        name: field.name,
        dataType: 'ITERATION',
        configuration: new Plain({
          duration: field.iterations?.[0]?.duration ?? 14,
          iterations: (field.iterations ?? []).map(iterationPlain),
          completedIterations: (field.completedIterations ?? []).map(iterationPlain),
        }, 'ProjectV2IterationFieldConfiguration'),
      }, 'ProjectV2IterationField');
    },
  }, 'ProjectV2');
}
