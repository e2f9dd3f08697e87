import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** The "Simplify" switch n8n users know from Airtable, Notion and Google nodes. */
export function simplifyProperty(what: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the ${what} instead of the raw data`,
	};
}

/** Keeps only `fields`, in that order, skipping the ones the record lacks. */
export function pickFields(fields: readonly string[]): (record: IDataObject) => IDataObject {
	return (record) => {
		const picked: IDataObject = {};
		for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
		return picked;
	};
}
