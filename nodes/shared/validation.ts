import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Field rules are checked before any request is sent. Each check returns a problem phrase (for example
 * "must be at most 255 characters long") or undefined; `fieldError` turns a problem into an n8n error that
 * names the field and the item.
 */
export type Problem = string | undefined;

export interface StringRules {
	required?: boolean;
	minLength?: number;
	maxLength?: number;
	pattern?: RegExp;
	/** How the pattern reads to a person, e.g. "only letters, digits, '-' and '_'". */
	patternHint?: string;
}

export function checkString(value: unknown, rules: StringRules): Problem {
	if (value === undefined || value === null || value === '') {
		return rules.required ? 'is required' : undefined;
	}
	if (typeof value !== 'string') return 'must be text';
	if (rules.required && value.trim() === '') return 'is required';
	if (rules.minLength !== undefined && value.length < rules.minLength) {
		return `must be at least ${rules.minLength} characters long`;
	}
	if (rules.maxLength !== undefined && value.length > rules.maxLength) {
		return `must be at most ${rules.maxLength} characters long (it has ${value.length})`;
	}
	if (rules.pattern && !rules.pattern.test(value)) {
		return rules.patternHint ? `may contain ${rules.patternHint}` : `does not match ${String(rules.pattern)}`;
	}
	return undefined;
}

export interface IntegerRules {
	required?: boolean;
	min?: number;
	max?: number;
}

/** Accepts numbers and digit strings (IDs often arrive as strings from expressions). */
export function checkInteger(value: unknown, rules: IntegerRules): Problem {
	if (value === undefined || value === null || value === '') return rules.required ? 'is required' : undefined;
	const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isSafeInteger(number)) return 'must be a whole number';
	if (rules.min !== undefined && number < rules.min) return `must be at least ${rules.min}`;
	if (rules.max !== undefined && number > rules.max) return `must be at most ${rules.max}`;
	return undefined;
}

export function toInteger(value: unknown): number {
	return typeof value === 'string' ? Number(value.trim()) : Number(value);
}

export function checkOneOf(value: unknown, allowed: readonly unknown[], required = true): Problem {
	if (value === undefined || value === null || value === '') return required ? 'is required' : undefined;
	if (!allowed.includes(value)) return `must be one of: ${allowed.map(String).join(', ')}`;
	return undefined;
}

export function checkBoolean(value: unknown): Problem {
	return typeof value === 'boolean' ? undefined : 'must be true or false';
}

/** A pragmatic address check: one "@", a dot in the domain, no spaces; what providers themselves accept. */
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/;

export function checkEmail(value: unknown, required = true, maxLength = 255): Problem {
	const base = checkString(value, { required, maxLength });
	if (base || value === undefined || value === '') return base;
	return typeof value === 'string' && EMAIL.test(value) ? undefined : 'must be a valid email address';
}

export function checkCount(values: readonly unknown[], max: number): Problem {
	return values.length > max ? `may hold at most ${max} entries (it has ${values.length})` : undefined;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkUuid(value: unknown, required = true): Problem {
	const base = checkString(value, { required });
	if (base || value === undefined || value === '') return base;
	return UUID.test(String(value)) ? undefined : 'must be an ID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
}

export function checkUrl(value: unknown, required = true): Problem {
	const base = checkString(value, { required });
	if (base || value === undefined || value === '') return base;
	try {
		const url = new URL(String(value));
		return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'must be an http or https URL';
	} catch {
		return 'must be an absolute URL such as https://example.com/announce.xml';
	}
}

/** A date-time as ISO 8601 (what n8n's date picker and `$now.toISO()` produce). */
export function checkDateTime(value: unknown, required = true): Problem {
	const base = checkString(value, { required });
	if (base || value === undefined || value === '') return base;
	return Number.isNaN(Date.parse(String(value))) ? 'must be a date and time such as 2026-12-01T15:00:00Z' : undefined;
}

export function fieldError(node: INode, itemIndex: number, field: string, problem: string, description?: string): NodeOperationError {
	return new NodeOperationError(node, `The "${field}" field ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: description ?? 'Nothing was sent to the provider for this item. Correct the value and run the node again.',
	});
}

/** Throws the first problem found; pass checks in the order the fields appear in the node. */
export function assertValid(node: INode, itemIndex: number, checks: Array<[field: string, problem: Problem]>): void {
	for (const [field, problem] of checks) {
		if (problem) throw fieldError(node, itemIndex, field, problem);
	}
}
