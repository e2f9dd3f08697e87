import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pickFields, simplifyProperty } from '../../../shared/simplify';
import type { RequestSpec } from '../../../shared/transport';
import { checkBoolean } from '../../../shared/validation';
import { FieldProblem, MEETING_FIELDS, meetingLocator, meetingNotFound, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting to get'),
	simplifyProperty('meeting'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Occurrence ID',
				name: 'occurrenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000',
				description: 'Get this occurrence of a recurring meeting (its start time and duration)',
			},
			{
				displayName: 'Show Previous Occurrences',
				name: 'showPreviousOccurrences',
				type: 'boolean',
				default: false,
				description: 'Whether to list the occurrences of a recurring meeting that have already taken place',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, query } = withFieldErrors(this, itemIndex, () => {
		const id = readMeetingIdValue(this, itemIndex);
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const occurrenceId = parseOccurrenceId(fields.occurrenceId);
		const built: IDataObject = {};
		if (occurrenceId !== undefined) built.occurrence_id = occurrenceId;
		if (fields.showPreviousOccurrences !== undefined) {
			const problem = checkBoolean(fields.showPreviousOccurrences);
			if (problem) throw new FieldProblem('Show Previous Occurrences', problem);
			if (fields.showPreviousOccurrences) built.show_previous_occurrences = true;
		}
		return { meetingId: id, query: built };
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) === true;
	return {
		method: 'GET',
		path: '/meetings/{meetingId}',
		pathParams: { meetingId },
		query: Object.keys(query).length > 0 ? query : undefined,
		rateCategory: 'light',
		statusMessages: {
			400: 'Zoom could not read the meeting (see its code: 3000 the occurrence ID is invalid or the meeting cannot be accessed)',
			404: meetingNotFound(meetingId),
		},
		...(simplify ? { shape: pickFields(MEETING_FIELDS) } : {}),
	};
}
