import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getInstances from './getInstances.operation';
import * as getParticipants from './getParticipants.operation';

export { get, getInstances, getParticipants };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pastMeeting'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get the summary of an ended meeting: start and end time, duration, participant count and host',
				action: 'Get a past meeting',
			},
			{
				name: 'Get Instances',
				value: 'getInstances',
				description: 'List the ended instances of a meeting, one item per instance with its UUID and start time',
				action: 'Get the instances of a past meeting',
			},
			{
				name: 'Get Participants',
				value: 'getParticipants',
				description: 'List who attended an ended meeting, one item per participant (needs a paid Zoom account)',
				action: 'Get the participants of a past meeting',
			},
		],
		default: 'get',
	},
	...get.description,
	...getInstances.description,
	...getParticipants.description,
];
