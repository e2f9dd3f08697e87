import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, notFoundMessage, readConferenceSid } from './common';

const properties: INodeProperties[] = [conferenceLocator('The conference to get')];

export const description = updateDisplayOptions({ show: { resource: ['conference'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Conference', checkUuid(conferenceSid)]]);
	return {
		method: 'GET',
		path: '/Conferences/{sid}',
		pathParams: { sid: conferenceSid as string },
		statusMessages: { 404: notFoundMessage(conferenceSid as string) },
	};
}
