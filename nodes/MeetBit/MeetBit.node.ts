import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as onlineConference from './actions/onlineConference';
import { router } from './actions/router';
import { meetBitProvider } from './provider';

export class MeetBit implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'MeetBit',
		name: 'meetBit',
		icon: { light: 'file:../../icons/meetbit.svg', dark: 'file:../../icons/meetbit.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Create and update MeetBit online conferences',
		defaults: { name: 'MeetBit' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'meetBitApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Online Conference', value: 'onlineConference' }],
				default: 'onlineConference',
			},
			...onlineConference.description,
			requestOptionsProperty(meetBitProvider),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, meetBitProvider, router);
	}
}
