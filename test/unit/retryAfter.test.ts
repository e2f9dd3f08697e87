import { describeWait, parseRetryAfter } from '../../nodes/shared/retryAfter';

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('parseRetryAfter', () => {
	it.each([
		['delta seconds', '30', 30_000],
		['zero', '0', 0],
		['fractional seconds', '1.5', 1_500],
		['a number value', 2, 2_000],
		['an HTTP date', 'Sat, 21 Nov 2026 12:01:00 GMT', 60_000],
		['an ISO date-time (Zoom daily limit)', '2026-11-22T00:00:00Z', 12 * 3600 * 1000],
		['a date in the past', '2026-11-21T11:00:00Z', 0],
		['an array (first value)', ['5', '7'], 5_000],
	])('reads %s', (_label, header, expected) => {
		expect(parseRetryAfter(header, NOW)).toBe(expected);
	});

	it.each([[undefined], [''], ['soon'], ['-5'], ['1 2'], [{}]])('ignores %p', (header) => {
		expect(parseRetryAfter(header, NOW)).toBeUndefined();
	});
});

describe('describeWait', () => {
	it('scales the unit and gives the absolute time', () => {
		expect(describeWait(30_000, NOW)).toBe('30 s (at 2026-11-21T12:00:30.000Z)');
		expect(describeWait(600_000, NOW)).toBe('10 min (at 2026-11-21T12:10:00.000Z)');
		expect(describeWait(12 * 3600_000, NOW)).toBe('12.0 h (at 2026-11-22T00:00:00.000Z)');
	});
});
