import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { checkBoolean } from '../../../shared/validation';
import { FieldProblem, meetingLocator, meetingNotFound, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting to delete'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Cancel Meeting Reminder',
				name: 'cancelMeetingReminder',
				type: 'boolean',
				default: false,
				description: 'Whether to email the host and alternative hosts (and registrants) that the meeting was cancelled',
			},
			{
				displayName: 'Occurrence ID',
				name: 'occurrenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000',
				description: 'Delete only this occurrence of a recurring meeting',
			},
			{
				displayName: 'Schedule For Reminder',
				name: 'scheduleForReminder',
				type: 'boolean',
				default: false,
				description: 'Whether to email the user the meeting was scheduled for that it was cancelled',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['delete'] } }, properties);

interface DeleteInput {
	meetingId: string;
	occurrenceId?: string;
	query: IDataObject;
}

function readInput(ctx: IExecuteFunctions, itemIndex: number): DeleteInput {
	return withFieldErrors(ctx, itemIndex, () => {
		const meetingId = readMeetingIdValue(ctx, itemIndex);
		const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const occurrenceId = parseOccurrenceId(fields.occurrenceId);
		const query: IDataObject = {};
		if (occurrenceId !== undefined) query.occurrence_id = occurrenceId;
		for (const [name, key, label] of [
			['scheduleForReminder', 'schedule_for_reminder', 'Schedule For Reminder'],
			['cancelMeetingReminder', 'cancel_meeting_reminder', 'Cancel Meeting Reminder'],
		] as const) {
			if (fields[name] === undefined) continue;
			const problem = checkBoolean(fields[name]);
			if (problem) throw new FieldProblem(label, problem);
			query[key] = fields[name];
		}
		return { meetingId, occurrenceId, query };
	});
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const input = readInput(this, itemIndex);
	return {
		method: 'DELETE',
		path: '/meetings/{meetingId}',
		pathParams: { meetingId: input.meetingId },
		query: Object.keys(input.query).length > 0 ? input.query : undefined,
		rateCategory: 'light',
		statusMessages: {
			400: 'Zoom refused to delete the meeting (see its code: 3002 it is in progress, 3007 it has ended, 3003 you are not its host, 3000 the occurrence ID is invalid)',
			404: meetingNotFound(input.meetingId),
		},
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	const input = readInput(this, itemIndex);
	return { meetingId: input.meetingId, ...(input.occurrenceId !== undefined ? { occurrenceId: input.occurrenceId } : {}), deleted: true };
}
