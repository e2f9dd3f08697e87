import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { isRecordValue } from './errors';
import { expandPath } from './path';
import type { Provider, RequestSpec } from './transport';
import { providerRequest } from './transport';

/** What a resource locator offers beyond "By ID": a picker, and for providers that have one, a URL to paste. */
export interface LocatorOptions {
	displayName: string;
	name: string;
	description: string;
	/** The `methods.listSearch` function that fills "From List". */
	searchListMethod: string;
	idPlaceholder: string;
	/** A regex (source) an ID must match; the UI checks it as the user types, the operation checks it again. */
	idPattern?: string;
	idPatternMessage?: string;
	url?: {
		placeholder: string;
		/**
		 * Regex (source) that matches a whole URL (n8n's editor anchors it with ^…$ to validate) and captures the
		 * ID as its one group (n8n reads the ID with it while running).
		 */
		extract: string;
		hint?: string;
	};
}

/** Modes are not parameters and need no default; built here so the parameter lint does not read them as such. */
function mode(
	displayName: string,
	name: string,
	type: INodePropertyMode['type'],
	rest: Partial<INodePropertyMode>,
): INodePropertyMode {
	return { displayName, name, type, ...rest };
}

/** A resource locator parameter with the three modes n8n users know: From List, By ID, By URL. */
export function locatorProperty(options: LocatorOptions): INodeProperties {
	const modes: INodePropertyMode[] = [
		mode('From List', 'list', 'list', {
			typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
		}),
		mode('By ID', 'id', 'string', {
			placeholder: options.idPlaceholder,
			...(options.idPattern
				? {
						validation: [
							{
								type: 'regex' as const,
								properties: {
									regex: options.idPattern,
									errorMessage: options.idPatternMessage ?? 'Not a valid ID',
								},
							},
						],
					}
				: {}),
		}),
	];
	if (options.url) {
		modes.push(
			mode('By URL', 'url', 'string', {
				placeholder: options.url.placeholder,
				...(options.url.hint ? { hint: options.url.hint } : {}),
				validation: [
					{
						type: 'regex',
						properties: {
							regex: options.url.extract,
							errorMessage: 'Not a URL this node can read an ID from',
						},
					},
				],
				extractValue: { type: 'regex', regex: options.url.extract },
			}),
		);
	}
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes,
	};
}

/**
 * The ID a locator holds, whatever the mode: the picked value, the typed ID, or the ID read from a URL. Plain
 * strings are accepted too, as workflows from version 0.1 (plain text fields) and AI agents send them.
 */
export function readLocator(ctx: IExecuteFunctions, name: string, itemIndex: number): unknown {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return typeof value === 'string' ? value.trim() : value;
}

/** The same, in a picker that depends on another locator (participants of the chosen conference). */
export function readCurrentLocator(ctx: ILoadOptionsFunctions, name: string): string {
	const value: unknown = ctx.getCurrentNodeParameter(name, { extractValue: true });
	if (isRecordValue(value)) return typeof value.value === 'string' ? value.value.trim() : '';
	return typeof value === 'string' ? value.trim() : '';
}

export interface SearchListOptions {
	provider: Provider;
	/** The list request (with `list.pagination`); its `query` may carry the provider-side filter. */
	spec: RequestSpec;
	toItem(record: IDataObject): INodeListSearchItems | undefined;
	/** The provider already filtered by `filter`; otherwise the page is filtered here by name and ID. */
	filteredByProvider?: boolean;
	filter?: string;
	paginationToken?: string;
}

/**
 * One page of a picker: one provider page per call, and n8n asks for the next as the user scrolls (the
 * provider's own next-page query travels as the pagination token). Without a provider-side search, records
 * are matched here by name or ID, case-insensitively.
 */
export async function searchList(
	ctx: ILoadOptionsFunctions,
	options: SearchListOptions,
): Promise<INodeListSearchResult> {
	const pagination = options.spec.list?.pagination;
	if (!pagination) throw new Error('searchList needs a list request');
	const query: IDataObject = options.paginationToken
		? jsonParse<IDataObject>(options.paginationToken)
		: { ...options.spec.query, ...pagination.firstPage(Math.min(pagination.maxPageSize, 100)) };
	const page = await providerRequest(
		ctx,
		options.provider,
		{ ...options.spec, list: undefined, query },
		0,
	);
	const needle = options.filteredByProvider ? '' : (options.filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const record of pagination.records(page.body)) {
		const item = options.toItem(record);
		if (!item) continue;
		if (needle && !`${item.name} ${String(item.value)}`.toLowerCase().includes(needle)) continue;
		results.push(item);
	}
	const next = pagination.nextPage(
		page.body,
		query,
		expandPath(options.spec.path, options.spec.pathParams),
	);
	return next ? { results, paginationToken: JSON.stringify(next) } : { results };
}
