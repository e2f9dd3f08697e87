/**
 * AI agents choose a tool by the description n8n builds for it: `${action} in ${node name}` for the chosen
 * resource and operation. These tests build those descriptions with n8n's own helper for every operation of
 * every node, and check that an agent could tell them apart.
 */
import type { INode, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { loadPackage } from '../support/harness';

interface OperationEntry {
	node: string;
	resource: string;
	operation: INodePropertyOptions;
	toolDescription: string;
}

async function operationsOf(): Promise<OperationEntry[]> {
	const loader = await loadPackage();
	const entries: OperationEntry[] = [];
	for (const [name, data] of Object.entries(loader.nodeTypes)) {
		const type = ('nodeVersions' in data.type ? data.type.getNodeType() : data.type) as INodeType;
		const properties = type.description.properties;
		const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
		for (const resource of resources) {
			const operationProperty = properties.find(
				(property: INodeProperties) =>
					property.name === 'operation' && (property.displayOptions?.show?.resource as string[] | undefined)?.includes(String(resource.value)),
			);
			for (const operation of (operationProperty?.options ?? []) as INodePropertyOptions[]) {
				const node: INode = {
					id: 'n',
					name: type.description.defaults.name as string,
					type: `n8n-nodes-conferencing.${name}`,
					typeVersion: 1,
					position: [0, 0],
					parameters: { resource: resource.value, operation: operation.value },
				};
				entries.push({
					node: name,
					resource: String(resource.value),
					operation,
					toolDescription: NodeHelpers.getToolDescriptionForNode(node, type),
				});
			}
		}
	}
	return entries;
}

describe('tool descriptions for AI agents', () => {
	it('every node can be used as a tool', async () => {
		const loader = await loadPackage();
		for (const data of Object.values(loader.nodeTypes)) {
			const type = ('nodeVersions' in data.type ? data.type.getNodeType() : data.type) as INodeType;
			expect(type.description.usableAsTool).toBe(true);
		}
	});

	it('every operation has an action, and n8n turns it into "<action> in <node>"', async () => {
		const entries = await operationsOf();
		// MeetBit 2, Zoom 15, CarrierX 14, SignalWire 12.
		expect(entries).toHaveLength(43);
		for (const entry of entries) {
			expect(entry.operation.action).toEqual(expect.any(String));
			expect(entry.toolDescription).toMatch(new RegExp(`^${entry.operation.action} in (MeetBit|Zoom Meetings|CarrierX|SignalWire)$`));
		}
	});

	it('no two operations of a node share a tool description', async () => {
		const entries = await operationsOf();
		const seen = new Map<string, string>();
		for (const entry of entries) {
			const key = entry.toolDescription.toLowerCase();
			expect(seen.get(key)).toBeUndefined();
			seen.set(key, `${entry.node}.${entry.resource}.${entry.operation.value}`);
		}
	});

	it('every action names its resource, and every operation says what it does in a sentence', async () => {
		for (const entry of await operationsOf()) {
			const resourceWords = entry.resource.replace(/([A-Z])/g, ' $1').toLowerCase();
			const lastWord = resourceWords.split(' ').pop() as string;
			expect(`${entry.node}.${entry.resource}.${entry.operation.value}: ${String(entry.operation.action).toLowerCase()}`).toContain(lastWord);
			expect((entry.operation.description ?? '').length).toBeGreaterThan(20);
		}
	});
});
