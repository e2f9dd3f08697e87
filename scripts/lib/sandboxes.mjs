// The provider sandboxes: the same simulators the jest tests use (test/simulators/*.js), started on
// 127.0.0.1, plus the n8n credentials that point at them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { REPO_ROOT } from './pack.mjs';

const require = createRequire(import.meta.url);
const SIMULATORS = path.join(REPO_ROOT, 'test', 'simulators');
export const CREDENTIALS_FILE = path.join(REPO_ROOT, 'examples', 'sandbox-credentials.json');

/**
 * One entry per provider. `credentials` lists the n8n credentials to create for it: the credential type,
 * a stable id (≤ 21 characters; the example workflows reference these ids), and the fields besides the
 * simulator's DEFAULT_CREDENTIALS (the address field pointing at the sandbox).
 */
export const PROVIDERS = [
	{
		key: 'meetbit',
		name: 'MeetBit',
		file: 'meetbit.js',
		factory: 'createMeetBitSimulator',
		port: 4010,
		credentials: [
			{
				id: 'sandboxMeetBit',
				name: 'MeetBit sandbox',
				type: 'meetBitApi',
				address: (url) => ({ domain: url }),
			},
		],
	},
	{
		key: 'zoom',
		name: 'Zoom',
		file: 'zoom.js',
		factory: 'createZoomSimulator',
		port: 4011,
		credentials: [
			{
				id: 'sandboxZoomS2S',
				name: 'Zoom sandbox (Server-to-Server OAuth)',
				type: 'zoomServerToServerOAuthApi',
				address: (url) => ({ environment: 'custom', customHost: url }),
			},
		],
	},
	{
		key: 'carrierx',
		name: 'CarrierX',
		file: 'carrierx.js',
		factory: 'createCarrierXSimulator',
		port: 4012,
		credentials: [
			{
				id: 'sandboxCarrierX',
				name: 'CarrierX sandbox',
				type: 'carrierXApi',
				address: (url) => ({ apiHost: url }),
			},
		],
	},
	{
		key: 'signalwire',
		name: 'SignalWire',
		file: 'signalwire.js',
		factory: 'createSignalWireSimulator',
		port: 4013,
		credentials: [
			{
				id: 'sandboxSignalWire',
				name: 'SignalWire sandbox',
				type: 'signalWireApi',
				address: (url) => ({ space: url }),
			},
		],
	},
];

export function simulatorAvailable(provider) {
	return existsSync(path.join(SIMULATORS, provider.file));
}

export function loadSimulatorModule(provider) {
	return require(path.join(SIMULATORS, provider.file));
}

/** Only the fields a credential type declares are kept (a simulator's defaults may carry extras). */
function credentialData(provider, credential, url) {
	const module = loadSimulatorModule(provider);
	const defaults = credential.defaults ? credential.defaults(module) : module.DEFAULT_CREDENTIALS;
	return { ...credential.address(url), ...defaults };
}

/** n8n credentials (the `import:credentials` format) pointing at `urls[provider.key]`. */
export function sandboxCredentials(urls) {
	const list = [];
	for (const provider of PROVIDERS) {
		if (!urls[provider.key] || !simulatorAvailable(provider)) continue;
		for (const credential of provider.credentials) {
			list.push({
				id: credential.id,
				name: credential.name,
				type: credential.type,
				data: credentialData(provider, credential, urls[provider.key]),
			});
		}
	}
	return list;
}

export function defaultUrls() {
	return Object.fromEntries(
		PROVIDERS.map((provider) => [provider.key, `http://127.0.0.1:${provider.port}`]),
	);
}

/**
 * Start the simulators. `ports`: provider key → port (0 = any free port); default: the fixed ports.
 * Returns {sims, urls, missing, stop()}.
 */
export async function startSandboxes({ ports, only } = {}) {
	const sims = {};
	const urls = {};
	const missing = [];
	const stopAll = async () => {
		await Promise.all(Object.values(sims).map((sim) => sim.stop().catch(() => {})));
	};
	try {
		for (const provider of PROVIDERS) {
			if (only && !only.includes(provider.key)) continue;
			if (!simulatorAvailable(provider)) {
				missing.push(provider.key);
				continue;
			}
			const module = loadSimulatorModule(provider);
			const sim = module[provider.factory]();
			const port = ports ? (ports[provider.key] ?? 0) : provider.port;
			try {
				urls[provider.key] = await sim.start(port, '127.0.0.1');
			} catch (error) {
				if (error && error.code === 'EADDRINUSE') {
					throw new Error(
						`Port ${port} (${provider.name} sandbox) is already in use. Is another \`npm start\` or \`npm run sandbox\` running?`,
					);
				}
				throw error;
			}
			sims[provider.key] = sim;
		}
	} catch (error) {
		await stopAll();
		throw error;
	}
	return { sims, urls, missing, stop: stopAll };
}

export function describeSandboxes(urls) {
	const lines = [];
	const credentials = sandboxCredentials(urls);
	for (const provider of PROVIDERS) {
		if (!urls[provider.key]) continue;
		lines.push(`  ${provider.name.padEnd(11)} ${urls[provider.key]}`);
		for (const credential of credentials.filter((entry) =>
			provider.credentials.some((c) => c.id === entry.id),
		)) {
			lines.push(`    credential "${credential.type}" (${credential.name}):`);
			for (const [field, value] of Object.entries(credential.data))
				lines.push(`      ${field.padEnd(16)} ${value}`);
		}
	}
	return lines.join('\n');
}

/** The example workflows (every examples/*.json except the credentials file), parsed. */
export function exampleWorkflows() {
	const dir = path.join(REPO_ROOT, 'examples');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json') && path.join(dir, file) !== CREDENTIALS_FILE)
		.sort()
		.map((file) => ({ file, ...JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
}

/**
 * A Zoom user-OAuth2 credential for the running Zoom simulator, with tokens the simulator just issued (as if
 * the user had clicked "Connect"). The simulator keeps tokens in memory, so this credential is made per run.
 */
export function zoomOAuth2Credential(zoomSim, url) {
	const { clientId, clientSecret } = loadSimulatorModule(
		PROVIDERS.find((provider) => provider.key === 'zoom'),
	).DEFAULT_CREDENTIALS;
	return {
		id: 'sandboxZoomOAuth2',
		name: 'Zoom sandbox (OAuth2)',
		type: 'zoomMeetingsOAuth2Api',
		data: {
			environment: 'custom',
			customHost: url,
			clientId,
			clientSecret,
			oauthTokenData: zoomSim.issueUserTokens(),
		},
	};
}
