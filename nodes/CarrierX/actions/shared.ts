import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../shared/locator';
import { carrierXPagination } from '../../shared/pagination';
import type { RequestSpec } from '../../shared/transport';
import type { Problem } from '../../shared/validation';
import { checkString, UUID } from '../../shared/validation';

/** What a CarrierX SID looks like; the By ID mode checks it as the user types. */
const UUID_PATTERN = `^\\s*${UUID.source.slice(1, -1)}\\s*$`;

/** A SID picker with From List and By ID; CarrierX has no web URL that carries these SIDs, so no By URL. */
export function sidLocator(options: {
	displayName: string;
	name: string;
	description: string;
	searchListMethod: string;
	what: string;
	required?: boolean;
}): INodeProperties {
	const property = locatorProperty({
		displayName: options.displayName,
		name: options.name,
		description: options.description,
		searchListMethod: options.searchListMethod,
		idPlaceholder: 'e.g. 2652635f-10a6-4b2a-a46b-2eeb75ddeab6',
		idPattern: UUID_PATTERN,
		idPatternMessage: `A ${options.what} SID is a UUID`,
	});
	return options.required === false ? { ...property, required: false } : property;
}

export function readSid(ctx: IExecuteFunctions, name: string, itemIndex: number): unknown {
	return readLocator(ctx, name, itemIndex);
}

/**
 * The 405 of an endpoint CarrierX's documentation does not show (it was inferred from its conventions and a
 * client library): say plainly that the method was refused, so a user is not left guessing.
 */
export function refusedMethod(method: string, path: string): string {
	return `CarrierX refused ${method} ${path}: the method is not allowed for this endpoint, which CarrierX's documentation does not confirm`;
}

/** The 404 of a list endpoint that is itself inferred. */
export function missingList(path: string): string {
	return `CarrierX has no list at GET ${path}; this endpoint is not confirmed by CarrierX's documentation`;
}

// ---- filters -------------------------------------------------------------------------------------------

/** The longest filter the node sends; CarrierX sets none, but a query string is no place for a novel. */
export const MAX_FILTER_LENGTH = 2000;

function hasControlCharacter(value: string): boolean {
	for (let index = 0; index < value.length; index++) {
		const code = value.charCodeAt(index);
		if (code < 0x20 || code === 0x7f) return true;
	}
	return false;
}

/** Text that goes into a filter: no control characters (a line break would end the clause on CarrierX's side). */
export function checkFilterText(value: unknown, maxLength = MAX_FILTER_LENGTH): Problem {
	const base = checkString(value, { maxLength });
	if (base || typeof value !== 'string') return base;
	return hasControlCharacter(value) ? 'may not contain control characters such as line breaks or tabs' : undefined;
}

/**
 * A value as one double-quoted filter token: a backslash and a double quote are escaped with a backslash, so
 * a name such as `Bob "Bobby" Smith` stays one value and cannot end the clause or add one.
 */
export function quoteFilterValue(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function filterClause(field: string, operator: 'eq' | 'like', value: string): string {
	return `${field} ${operator} ${quoteFilterValue(value)}`;
}

/** `name like "%text%"`; `%` and `_` typed by the user keep their wildcard meaning in CarrierX's `like`. */
export function containsClause(field: string, text: string): string {
	return filterClause(field, 'like', `%${text}%`);
}

/** Joins clauses with `and`, the only join CarrierX's filter knows; undefined when there is none. */
export function joinClauses(clauses: Array<string | undefined>): string | undefined {
	const kept = clauses.filter((clause): clause is string => typeof clause === 'string' && clause.trim() !== '');
	return kept.length > 0 ? kept.map((clause) => clause.trim()).join(' and ') : undefined;
}

/** The "Filter (Raw)" option shared by every Get Many. */
export function rawFilterOption(example: string): INodeProperties {
	return {
		displayName: 'Filter (Raw)',
		name: 'rawFilter',
		type: 'string',
		default: '',
		placeholder: `e.g. ${example}`,
		description:
			"A filter in CarrierX's own syntax: field, operator (eq, like, gt …) and value, conditions joined with and; quote values with spaces. Combined with the other filters by and.",
	};
}

/** The "Order By" parameter: CarrierX's `order`, `<field> asc` or `<field> desc`. */
export function orderProperty(choices: Array<{ name: string; value: string }>): INodeProperties {
	return {
		displayName: 'Order By',
		name: 'order',
		type: 'options',
		default: '',
		description: 'How CarrierX sorts the list before paging it',
		options: [{ name: 'CarrierX Default', value: '' }, ...choices].sort((a, b) => a.name.localeCompare(b.name)),
	};
}

/** The list query from the filter and order, leaving out what is empty. */
export function listQuery(filter: string | undefined, order: unknown): IDataObject {
	const query: IDataObject = {};
	if (filter !== undefined) query.filter = filter;
	if (typeof order === 'string' && order !== '') query.order = order;
	return query;
}

/** A Get Many request: the list at `path` (an endpoint CarrierX does not document), filtered, ordered, paged. */
export function listRequest(path: string, filter: string | undefined, order: unknown, limit: number | undefined): RequestSpec {
	return {
		method: 'GET',
		path,
		query: listQuery(filter, order),
		list: { pagination: carrierXPagination, limit },
		statusMessages: {
			400: 'CarrierX could not read the filter or the order; check the Filters',
			404: missingList(path),
			405: refusedMethod('GET', path),
		},
	};
}
