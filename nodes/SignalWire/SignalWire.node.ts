import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty, runOperations } from '../shared/execute';
import * as conference from './actions/conference';
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
		description: 'Play announcements into and end SignalWire conferences',
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
				options: [{ name: 'Conference', value: 'conference' }],
				default: 'conference',
			},
			...conference.description,
			requestOptionsProperty(signalWireProvider),
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, signalWireProvider, router);
	}
}
