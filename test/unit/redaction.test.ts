import { collectSecrets, redactText, redactValue } from '../../nodes/shared/redaction';

describe('secret redaction', () => {
	const credentials = {
		domain: 'acme.example.com',
		accessKeyId: 'AKID-1234567',
		accessKeySecret: 'very-secret-value',
		clientId: 'client-id',
		oauthTokenData: { access_token: 'at-abcdef', refresh_token: 'rt-ghijkl' },
		accessToken: 'tok-xyz',
	};

	it('collects secret-named values, nested ones included, but not hosts or plain IDs', () => {
		const secrets = collectSecrets(credentials);
		expect(secrets).toEqual(expect.arrayContaining(['AKID-1234567', 'very-secret-value', 'at-abcdef', 'rt-ghijkl', 'tok-xyz']));
		expect(secrets).not.toContain('acme.example.com');
		expect(secrets).not.toContain('client-id');
	});

	it('adds the base64 form of Basic-auth pairs', () => {
		const secrets = collectSecrets({}, [['user', 'pass']]);
		expect(secrets).toContain(Buffer.from('user:pass').toString('base64'));
	});

	it('replaces secrets and Authorization values in text', () => {
		const secrets = collectSecrets(credentials);
		expect(redactText('key very-secret-value and Bearer abc.def-123 and Basic dXNlcjpwYXNz', secrets)).toBe(
			'key [redacted] and Bearer [redacted] and Basic [redacted]',
		);
	});

	it('redacts deeply and blanks credential headers', () => {
		const value = redactValue(
			{ headers: { Authorization: 'Bearer x', 'X-Access-Key-Secret': 'whatever' }, list: ['tok-xyz', 1], nested: { text: 'at-abcdef!' } },
			collectSecrets(credentials),
		);
		expect(value).toEqual({
			headers: { Authorization: '[redacted]', 'X-Access-Key-Secret': '[redacted]' },
			list: ['[redacted]', 1],
			nested: { text: '[redacted]!' },
		});
	});

	it('ignores values too short to match safely', () => {
		expect(redactText('a b c', collectSecrets({ password: 'b' }))).toBe('a b c');
	});
});
