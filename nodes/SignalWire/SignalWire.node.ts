import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as conference from './actions/conference';
import * as participant from './actions/participant';
import * as recording from './actions/recording';
import { router } from './actions/router';
import { listSearch } from './methods';
import { signalWireProvider } from './provider';

export class SignalWire implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SignalWire',
		name: 'signalWire',
		icon: { light: 'file:../../icons/signalwire.svg', dark: 'file:../../icons/signalwire.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage SignalWire conferences, their participants and their recordings',
		defaults: { name: 'SignalWire' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'signalWireApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Conference', value: 'conference' },
					{ name: 'Participant', value: 'participant', description: 'A call in a conference; its ID is the call SID' },
					{ name: 'Recording', value: 'recording', description: 'A recording of a conference' },
				],
				default: 'conference',
			},
			...conference.description,
			...participant.description,
			...recording.description,
			requestOptionsProperty(signalWireProvider),
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, signalWireProvider, router);
	}
}
