import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { signalWirePagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, notFoundMessage as conferenceNotFound, readConferenceSid } from '../conference/common';
import { checkFlag, readFlag } from './common';

const properties: INodeProperties[] = [
	conferenceLocator('The conference whose participants to list'),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Hold',
				name: 'hold',
				type: 'boolean',
				default: true,
				description: 'Whether to list only participants on hold (on) or only participants not on hold (off)',
			},
			{
				displayName: 'Muted',
				name: 'muted',
				type: 'boolean',
				default: true,
				description: 'Whether to list only muted participants (on) or only unmuted participants (off)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['participant'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	assertValid(this.getNode(), itemIndex, [
		['Conference', checkUuid(conferenceSid)],
		['Hold', checkFlag(filters.hold)],
		['Muted', checkFlag(filters.muted)],
	]);
	const query: IDataObject = {};
	const muted = readFlag(filters.muted);
	const hold = readFlag(filters.hold);
	if (muted !== undefined) query.Muted = muted;
	if (hold !== undefined) query.Hold = hold;
	return {
		method: 'GET',
		path: '/Conferences/{conferenceSid}/Participants',
		pathParams: { conferenceSid: conferenceSid as string },
		query,
		list: { pagination: signalWirePagination('participants'), limit },
		statusMessages: { 404: conferenceNotFound(conferenceSid as string) },
	};
}
