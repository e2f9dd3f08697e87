import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertValid, checkInteger, toInteger } from './validation';

/** "Return All" and "Limit", worded as n8n's own Get Many operations word them. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** How many records the item wants: undefined for all of them. */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) === true) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50);
	assertValid(ctx.getNode(), itemIndex, [['Limit', checkInteger(limit, { required: true, min: 1 })]]);
	return toInteger(limit);
}
