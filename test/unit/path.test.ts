import { expandPath } from '../../nodes/shared/path';

describe('expandPath', () => {
	it('encodes every parameter as one path segment', () => {
		expect(expandPath('/meetings/{id}', { id: '../users' })).toBe('/meetings/..%2Fusers');
		expect(expandPath('/meetings/{id}', { id: 'a/b' })).toBe('/meetings/a%2Fb');
		expect(expandPath('/rooms/{id}', { id: 'a?b#c d' })).toBe('/rooms/a%3Fb%23c%20d');
		expect(expandPath('/c/{a}/p/{b}', { a: 1, b: 'x' })).toBe('/c/1/p/x');
	});

	it('keeps the path on the intended resource when resolved as a URL', () => {
		const url = new URL(`https://api.example.com/v2${expandPath('/meetings/{id}', { id: '../users' })}`);
		expect(url.pathname).toBe('/v2/meetings/..%2Fusers');
	});

	it.each([[''], ['.'], ['..']])('refuses the dot segment or empty value %p', (value) => {
		expect(() => expandPath('/meetings/{id}', { id: value })).toThrow(/must not be empty, "." or ".."/);
	});

	it('refuses a missing parameter', () => {
		expect(() => expandPath('/meetings/{id}', {})).toThrow(/Missing value for path parameter "id"/);
	});
});
