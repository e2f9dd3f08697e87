import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as meetingRoom from './actions/meetingRoom';
import { router } from './actions/router';
import { carrierXProvider } from './provider';

export class CarrierX implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CarrierX',
		name: 'carrierX',
		icon: { light: 'file:../../icons/carrierx.svg', dark: 'file:../../icons/carrierx.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Update and replace CarrierX conference meeting rooms',
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
				options: [{ name: 'Meeting Room', value: 'meetingRoom' }],
				default: 'meetingRoom',
			},
			...meetingRoom.description,
			requestOptionsProperty(carrierXProvider),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, carrierXProvider, router);
	}
}
