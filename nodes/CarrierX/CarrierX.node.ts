import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as call from './actions/call';
import * as meeting from './actions/meeting';
import * as meetingRoom from './actions/meetingRoom';
import { router } from './actions/router';
import { listSearch } from './methods';
import { carrierXProvider } from './provider';

export class CarrierX implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CarrierX',
		name: 'carrierX',
		icon: { light: 'file:../../icons/carrierx.svg', dark: 'file:../../icons/carrierx.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage CarrierX conference meeting rooms, live meetings and their calls',
		defaults: { name: 'CarrierX' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'carrierXApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Call', value: 'call', description: 'One caller connected to a live meeting' },
					{ name: 'Meeting', value: 'meeting', description: 'A live meeting: a meeting room in use' },
					{ name: 'Meeting Room', value: 'meetingRoom', description: 'A room callers join with its access codes' },
				],
				default: 'meetingRoom',
			},
			...meetingRoom.description,
			...meeting.description,
			...call.description,
			requestOptionsProperty(carrierXProvider),
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, carrierXProvider, router);
	}
}
