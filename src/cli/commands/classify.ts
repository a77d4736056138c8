import { classifyIncident } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson, reasonLines } from '../io.js';

/** `classify`: is an incident unacceptable (classifyIncident). */
export const classify: Command = {
  name: 'classify',
  summary: 'classify an incident: unacceptable or not, categories, severity, routes, next step',
  usage: 'classify <incident.json|-> [--customer <customer.json>] [--policy <name|file>] [--json]',
  details:
    'Reads an incident ({ id, occurredAt, channel, actor, target, behaviours, ... }). Exits 0 whatever the answer.',
  options: {
    ...POLICY_OPTION,
    customer: {
      type: 'string',
      help: 'what is known of the customer (vulnerabilities, communication needs, ...), a JSON file',
    },
  },
  async run(context) {
    const incident = await readJson(context.positionals[0], context.io, 'incident');
    const customerFile = context.values.customer;
    const customer =
      typeof customerFile === 'string' ? await readJson(customerFile, context.io, 'customer') : undefined;
    const policy = await policyOption(context);
    const result = classifyIncident(incident as never, {
      policy,
      ...(customer === undefined ? {} : { customer: customer as never }),
    });
    return printResult(result, context.io, context.json, (c) =>
      [
        `Unacceptable: ${c.unacceptable ? 'yes' : 'no'} (severity ${c.severity})`,
        `Categories: ${c.categories.join(', ') || 'none'}`,
        `Routes: ${c.routes.join(', ') || 'none'}`,
        `Recommended step: ${c.recommendedStep}`,
        ...(c.considerations.length > 0
          ? [`Weigh first: ${c.considerations.map((k) => k.kind).join(', ')}`]
          : []),
        'Reasons:',
        ...reasonLines(c.reasons),
      ].join('\n'),
    );
  },
};
