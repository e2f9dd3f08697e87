import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import {
	assertValid,
	checkBoolean,
	checkCount,
	checkDateTime,
	checkEmail,
	checkInteger,
	checkOneOf,
	checkString,
	checkUrl,
	checkUuid,
} from '../../nodes/shared/validation';

const node: INode = { id: '1', name: 'Node', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };

describe('field checks', () => {
	it('checkString', () => {
		expect(checkString('', { required: true })).toBe('is required');
		expect(checkString('   ', { required: true })).toBe('is required');
		expect(checkString(undefined, {})).toBeUndefined();
		expect(checkString(5, {})).toBe('must be text');
		expect(checkString('x'.repeat(256), { maxLength: 255 })).toBe('must be at most 255 characters long (it has 256)');
		expect(checkString('ab', { minLength: 3 })).toBe('must be at least 3 characters long');
		expect(checkString('a b', { pattern: /^\S+$/, patternHint: 'no spaces' })).toBe('may contain no spaces');
		expect(checkString('ok', { required: true, maxLength: 2 })).toBeUndefined();
	});

	it('checkInteger', () => {
		expect(checkInteger('12', { required: true })).toBeUndefined();
		expect(checkInteger(12, { min: 1 })).toBeUndefined();
		expect(checkInteger('1.5', {})).toBe('must be a whole number');
		expect(checkInteger('../1', {})).toBe('must be a whole number');
		expect(checkInteger(0, { min: 1 })).toBe('must be at least 1');
		expect(checkInteger(9, { max: 5 })).toBe('must be at most 5');
		expect(checkInteger('', { required: true })).toBe('is required');
		expect(checkInteger(2 ** 60, {})).toBe('must be a whole number');
	});

	it('checkEmail', () => {
		expect(checkEmail('ada@example.com')).toBeUndefined();
		expect(checkEmail('ada@example')).toBe('must be a valid email address');
		expect(checkEmail('ada example.com')).toBe('must be a valid email address');
		expect(checkEmail('')).toBe('is required');
		expect(checkEmail('', false)).toBeUndefined();
		expect(checkEmail(`${'a'.repeat(250)}@example.com`)).toMatch(/at most 255/);
	});

	it('checkOneOf, checkBoolean, checkCount', () => {
		expect(checkOneOf('GET', ['GET', 'POST'])).toBeUndefined();
		expect(checkOneOf('PUT', ['GET', 'POST'])).toBe('must be one of: GET, POST');
		expect(checkBoolean('true')).toBe('must be true or false');
		expect(checkCount([1, 2, 3], 2)).toBe('may hold at most 2 entries (it has 3)');
	});

	it('checkUuid, checkUrl, checkDateTime', () => {
		expect(checkUuid('2652635f-10a6-4b2a-a46b-2eeb75ddeab6')).toBeUndefined();
		expect(checkUuid('../meeting_rooms')).toMatch(/must be an ID in the form/);
		expect(checkUrl('https://example.com/a.xml')).toBeUndefined();
		expect(checkUrl('ftp://example.com')).toBe('must be an http or https URL');
		expect(checkUrl('not a url')).toMatch(/absolute URL/);
		expect(checkDateTime('2026-12-01T15:00:00Z')).toBeUndefined();
		expect(checkDateTime('tomorrow')).toMatch(/date and time/);
	});
});

describe('assertValid', () => {
	it('throws a NodeOperationError naming the first bad field and the item', () => {
		let thrown: unknown;
		try {
			assertValid(node, 3, [
				['Title', undefined],
				['Public ID', 'may contain only letters'],
				['Other', 'is required'],
			]);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(NodeOperationError);
		expect((thrown as NodeOperationError).message).toBe('The "Public ID" field may contain only letters [item 3]');
		expect((thrown as NodeOperationError).context.itemIndex).toBe(3);
	});

	it('passes when every check passes', () => {
		expect(() => assertValid(node, 0, [['Title', undefined]])).not.toThrow();
	});
});
