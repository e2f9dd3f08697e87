import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as meeting from './actions/meeting';
import { router } from './actions/router';
import { USER_APP_TYPE, ACCOUNT_APP_TYPE, zoomProvider } from './provider';

export class ZoomMeetings implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoom Meetings',
		name: 'zoomMeetings',
		icon: { light: 'file:../../icons/zoom.svg', dark: 'file:../../icons/zoom.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Update and end Zoom meetings',
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
				options: [{ name: 'Meeting', value: 'meeting' }],
				default: 'meeting',
			},
			...meeting.description,
			requestOptionsProperty(zoomProvider, meeting.update.updateOptions),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, zoomProvider, router);
	}
}
