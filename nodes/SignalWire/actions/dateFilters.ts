import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Problem } from '../../shared/validation';
import { checkString } from '../../shared/validation';

/**
 * SignalWire filters lists by day (YYYY-MM-DD): `DateCreated` is that day, `DateCreated<` on or before it and
 * `DateCreated>` on or after it; conferences have the same for `DateUpdated`.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DateFilter {
	field: string;
	label: string;
	query: string;
	placeholder: string;
	when: string;
}

function filtersFor(prefix: 'Created' | 'Updated'): DateFilter[] {
	const key = `date${prefix}`;
	const query = `Date${prefix}`;
	const lower = prefix.toLowerCase();
	return [
		{ field: `${key}After`, label: `${prefix} After`, query: `${query}>`, placeholder: 'e.g. 2026-11-01', when: `${lower} after` },
		{ field: `${key}Before`, label: `${prefix} Before`, query: `${query}<`, placeholder: 'e.g. 2026-11-30', when: `${lower} before` },
		...(prefix === 'Created'
			? [{ field: key, label: 'Created On', query, placeholder: 'e.g. 2026-11-21', when: 'created on' }]
			: []),
	];
}

function filters(withUpdated: boolean): DateFilter[] {
	return [...filtersFor('Created'), ...(withUpdated ? filtersFor('Updated') : [])];
}

/** The created (or updated) date options of a Get Many "Filters" collection; `noun` is what is listed. */
export function dateFilterOptions(noun: string, prefix: 'Created' | 'Updated'): INodeProperties[] {
	return filtersFor(prefix).map((filter) => ({
		displayName: filter.label,
		name: filter.field,
		type: 'string' as const,
		default: '',
		placeholder: filter.placeholder,
		description: `Only ${noun} ${filter.when} this day (YYYY-MM-DD, UTC)`,
	}));
}

/** Adds the chosen date filters to `query` under SignalWire's names, and their checks to `checks`. */
export function applyDateFilters(values: IDataObject, withUpdated: boolean, query: IDataObject, checks: Array<[string, Problem]>): void {
	for (const filter of filters(withUpdated)) {
		const value = values[filter.field];
		if (value === undefined || value === '') continue;
		checks.push([filter.label, checkString(value, { pattern: DATE, patternHint: 'only a date as YYYY-MM-DD, such as 2026-11-21' })]);
		query[filter.query] = value;
	}
}
