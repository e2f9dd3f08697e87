import type { IDataObject, IExecuteFunctions, INodeProperties, NodeApiError } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { toNodeError } from '../../../shared/errors';
import type { SendRequest } from '../../../shared/execute';
import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { fieldError } from '../../../shared/validation';
import { FieldProblem, meetingLocator, parseOccurrenceId, readMeetingIdValue } from './common';
import type { UpdateBody } from './updateBody';
import { buildUpdateBody, updateFieldsOptions } from './updateBody';

const properties: INodeProperties[] = [
	meetingLocator('The meeting to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: updateFieldsOptions,
	},
];

/**
 * Update's own options. They live in the node's one "Options" collection (beside Concurrency), shown only for
 * this operation, because a node can hold only one parameter named `options` at a time.
 */
export const updateOptions: INodeProperties[] = [
	{
		displayName: 'Occurrence ID',
		name: 'occurrenceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1648194360000',
		description:
			'Change only this occurrence of a recurring meeting. Zoom then accepts only Agenda, Duration, Start Time and the settings Host Video, Participant Video, Join Before Host, Mute Upon Entry, Waiting Room, Watermark and Auto Recording.',
		displayOptions: { show: { '/resource': ['meeting'], '/operation': ['update'] } },
	},
	{
		displayName: 'Return Updated Meeting',
		name: 'returnUpdatedMeeting',
		type: 'boolean',
		default: false,
		description:
			'Whether to fetch the meeting after the update and output it instead of a summary (one more request; needs a meeting read scope)',
		displayOptions: { show: { '/resource': ['meeting'], '/operation': ['update'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['update'] } },
	properties,
);

interface UpdateInput extends UpdateBody {
	meetingId: string;
	occurrenceId?: string;
	returnUpdatedMeeting: boolean;
}

function readInput(ctx: IExecuteFunctions, itemIndex: number, now: number): UpdateInput {
	try {
		const meetingId = readMeetingIdValue(ctx, itemIndex);
		const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const occurrenceId = parseOccurrenceId(options.occurrenceId);
		const built = buildUpdateBody(fields, {
			occurrenceId,
			workflowTimezone: ctx.getTimezone(),
			now,
		});
		return {
			...built,
			meetingId,
			occurrenceId,
			returnUpdatedMeeting: options.returnUpdatedMeeting === true,
		};
	} catch (error) {
		if (error instanceof FieldProblem)
			throw fieldError(ctx.getNode(), itemIndex, error.field, error.problem);
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const input = readInput(this, itemIndex, Date.now());
	return {
		method: 'PATCH',
		path: '/meetings/{meetingId}',
		pathParams: { meetingId: input.meetingId },
		query: input.occurrenceId === undefined ? undefined : { occurrence_id: input.occurrenceId },
		body: input.body,
		// Setting the same values again leaves the meeting as after the first time (each send counts against
		// Zoom's 100 updates per meeting per day, which is why only transient failures are retried).
		repeatable: true,
		rateCategory: 'light',
		statusMessages: { 404: 'Zoom could not find the meeting; it does not exist or has expired' },
	};
}

export async function output(
	this: IExecuteFunctions,
	_response: ProviderResponse,
	itemIndex: number,
	send: SendRequest,
): Promise<IDataObject> {
	// The request was already validated (including "start time in the future") when it was built.
	const input = readInput(this, itemIndex, Number.NEGATIVE_INFINITY);
	if (!input.returnUpdatedMeeting) {
		const summary: IDataObject = { meetingId: input.meetingId };
		if (input.occurrenceId !== undefined) summary.occurrenceId = input.occurrenceId;
		return { ...summary, updated: true, updatedFields: input.updatedFields };
	}
	try {
		const meeting = await send({
			method: 'GET',
			path: '/meetings/{meetingId}',
			pathParams: { meetingId: input.meetingId },
			query: input.occurrenceId === undefined ? undefined : { occurrence_id: input.occurrenceId },
			rateCategory: 'light',
		});
		const body = meeting.body;
		return body !== null && typeof body === 'object' && !Array.isArray(body)
			? (body as IDataObject)
			: { meetingId: input.meetingId, updated: true };
	} catch (error) {
		throw withFetchBackNote(toNodeError(this.getNode(), error, itemIndex));
	}
}

function withFetchBackNote<T extends NodeApiError | NodeOperationError>(error: T): T {
	const note = 'The update itself was applied; only fetching the updated meeting failed.';
	error.description = error.description ? `${note}\n${error.description}` : note;
	return error;
}
