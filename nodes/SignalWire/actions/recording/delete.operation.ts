import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, readConferenceSid } from '../conference/common';
import { notFoundMessage, readRecordingSid, recordingLocator } from './common';

const properties: INodeProperties[] = [
	conferenceLocator('The conference that was recorded'),
	recordingLocator('The recording to delete, for good'),
];

export const description = updateDisplayOptions({ show: { resource: ['recording'], operation: ['delete'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const recordingSid = readRecordingSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [
		['Conference', checkUuid(conferenceSid)],
		['Recording', checkUuid(recordingSid)],
	]);
	return {
		method: 'DELETE',
		path: '/Conferences/{conferenceSid}/Recordings/{recordingSid}',
		pathParams: { conferenceSid: conferenceSid as string, recordingSid: recordingSid as string },
		statusMessages: { 404: notFoundMessage(conferenceSid as string, recordingSid as string) },
	};
}

/** SignalWire answers 204 without a body; say what was deleted, for the item it was deleted for. */
export function output(this: IExecuteFunctions, _response: unknown, itemIndex: number): IDataObject {
	return {
		deleted: true,
		conferenceSid: readConferenceSid(this, itemIndex) as string,
		recordingSid: readRecordingSid(this, itemIndex) as string,
	};
}
