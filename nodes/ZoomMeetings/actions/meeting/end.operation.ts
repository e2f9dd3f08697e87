import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { fieldError } from '../../../shared/validation';
import { FieldProblem, meetingIdProperty, parseMeetingId } from './common';

const properties: INodeProperties[] = [
	{ ...meetingIdProperty, description: 'The numeric ID of the meeting to end (spaces are ignored)' },
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['end'] } }, properties);

function readMeetingId(ctx: IExecuteFunctions, itemIndex: number): string {
	try {
		return parseMeetingId(ctx.getNodeParameter('meetingId', itemIndex));
	} catch (error) {
		if (error instanceof FieldProblem) throw fieldError(ctx.getNode(), itemIndex, error.field, error.problem);
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	return {
		method: 'PUT',
		path: '/meetings/{meetingId}/status',
		pathParams: { meetingId: readMeetingId(this, itemIndex) },
		body: { action: 'end' },
		// Ending a meeting twice leaves it ended.
		repeatable: true,
		statusMessages: { 404: 'Zoom could not find the meeting; it does not exist or has expired' },
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	return { meetingId: readMeetingId(this, itemIndex), ended: true };
}
