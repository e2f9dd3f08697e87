import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { zoomPagination } from '../../../shared/pagination';
import { pickFields, simplifyProperty } from '../../../shared/simplify';
import type { RequestSpec } from '../../../shared/transport';
import { checkOneOf } from '../../../shared/validation';
import { FieldProblem, MEETING_FIELDS, parseUserId, userIdProperty, userNotFound, withFieldErrors } from './common';

export const LIST_TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'] as const;

const properties: INodeProperties[] = [
	userIdProperty('whose meetings are listed'),
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Live', value: 'live', description: 'Meetings in progress' },
			{ name: 'Previous Meetings', value: 'previous_meetings', description: 'Meetings that have taken place' },
			{ name: 'Scheduled', value: 'scheduled', description: 'Every valid scheduled meeting, including live and upcoming ones' },
			{ name: 'Upcoming', value: 'upcoming', description: 'Upcoming meetings, including live ones' },
			{ name: 'Upcoming Meetings', value: 'upcoming_meetings', description: 'Upcoming meetings only' },
		],
		default: 'scheduled',
		description: 'Which meetings Zoom lists',
	},
	...returnAllAndLimit(),
	simplifyProperty('meetings'),
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { userId, type } = withFieldErrors(this, itemIndex, () => {
		const user = parseUserId(this.getNodeParameter('userId', itemIndex));
		const listType = this.getNodeParameter('type', itemIndex, 'scheduled');
		const problem = checkOneOf(listType, LIST_TYPES);
		if (problem) throw new FieldProblem('Type', problem);
		return { userId: user, type: listType as string };
	});
	const limit = readLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) === true;
	return {
		method: 'GET',
		path: '/users/{userId}/meetings',
		pathParams: { userId },
		query: { type },
		list: { pagination: zoomPagination('meetings'), limit },
		rateCategory: 'medium',
		statusMessages: { 404: userNotFound(userId) },
		...(simplify ? { shape: pickFields(MEETING_FIELDS) } : {}),
	};
}
