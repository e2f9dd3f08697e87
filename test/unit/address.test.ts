import { parseServiceAddress } from '../../nodes/shared/address';

describe('parseServiceAddress', () => {
	it.each([
		['acme.example.com', 'https://acme.example.com'],
		['acme.example.com/', 'https://acme.example.com'],
		['https://acme.example.com', 'https://acme.example.com'],
		['https://acme.example.com:8443', 'https://acme.example.com:8443'],
		['api.zoomgov.com', 'https://api.zoomgov.com'],
		['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
		['http://localhost:4010/', 'http://localhost:4010'],
		['127.0.0.1:4010', 'https://127.0.0.1:4010'],
	])('accepts %s', (value, origin) => {
		expect(parseServiceAddress(value)).toEqual({ origin });
	});

	it.each([
		['', /is empty/],
		[undefined, /is empty/],
		['acme.example.com/api', /contains a path \("\/api"\)/],
		['https://acme.example.com/api/public/v2.0', /contains a path/],
		['acme.example.com?x=1', /contains a query/],
		['acme.example.com#frag', /contains a fragment/],
		['user:pass@acme.example.com', /contains user info/],
		['https://user@acme.example.com', /contains user info/],
		[' acme.example.com', /contains whitespace/],
		['acme example.com', /contains whitespace/],
		['ftp://acme.example.com', /unsupported scheme "ftp"/],
		['http://acme.example.com', /plain http for a remote host/],
		['acme_.example.com', /not a valid host name/],
	])('refuses %p', (value, problem) => {
		const result = parseServiceAddress(value);
		expect('problem' in result && result.problem).toMatch(problem);
	});
});
