import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as meeting from './actions/meeting';
import * as pastMeeting from './actions/pastMeeting';
import * as registrant from './actions/registrant';
import { router } from './actions/router';
import { listSearch } from './methods';
import { USER_APP_TYPE, ACCOUNT_APP_TYPE, zoomProvider } from './provider';

export class ZoomMeetings implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoom Meetings',
		name: 'zoomMeetings',
		icon: { light: 'file:../../icons/zoom.svg', dark: 'file:../../icons/zoom.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Create, get, update, end and delete Zoom meetings, manage registrants and read past meetings',
		defaults: { name: 'Zoom Meetings' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: USER_APP_TYPE,
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: ACCOUNT_APP_TYPE,
				required: true,
				displayOptions: { show: { authentication: ['serverToServerOAuth'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2', value: 'oAuth2' },
					{ name: 'Server-to-Server OAuth', value: 'serverToServerOAuth' },
				],
				default: 'serverToServerOAuth',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Meeting', value: 'meeting' },
					{ name: 'Past Meeting', value: 'pastMeeting' },
					{ name: 'Registrant', value: 'registrant' },
				],
				default: 'meeting',
			},
			...meeting.description,
			...registrant.description,
			...pastMeeting.description,
			requestOptionsProperty(zoomProvider, meeting.update.updateOptions),
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, zoomProvider, router);
	}
}
