#!/usr/bin/env node
// `npm run sandbox`: the four provider simulators on their fixed ports (MeetBit 4010, Zoom 4011,
// CarrierX 4012, SignalWire 4013), with the credential values to paste into n8n. Ctrl-C stops them.
//
//   --write-credentials   (re)write examples/sandbox-credentials.json from the simulators' defaults and exit
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { onShutdown } from './lib/proc.mjs';
import {
	CREDENTIALS_FILE,
	defaultUrls,
	describeSandboxes,
	sandboxCredentials,
	startSandboxes,
} from './lib/sandboxes.mjs';

async function main() {
	if (process.argv.includes('--write-credentials')) {
		writeFileSync(
			CREDENTIALS_FILE,
			JSON.stringify(sandboxCredentials(defaultUrls()), null, '\t') + '\n',
		);
		console.log(`Wrote ${path.relative(process.cwd(), CREDENTIALS_FILE)}`);
		return;
	}
	const sandboxes = await startSandboxes();
	onShutdown(async () => {
		console.log('\nStopping the sandboxes …');
		await sandboxes.stop();
		console.log('Sandboxes stopped.');
	});
	for (const sim of Object.values(sandboxes.sims)) {
		const original = sim.handle.bind(sim);
		sim.handle = (req, res) => {
			res.on('finish', () =>
				console.log(`[${sim.name}] ${req.method} ${req.url} → ${res.statusCode}`),
			);
			original(req, res);
		};
	}
	console.log('Provider sandboxes (in-memory, seeded; state resets when they restart):');
	console.log(describeSandboxes(sandboxes.urls));
	if (sandboxes.missing.length > 0)
		console.log(`Not available yet (no simulator file): ${sandboxes.missing.join(', ')}`);
	console.log(
		'\nIn n8n, create the credentials above (or import examples/sandbox-credentials.json with',
	);
	console.log(
		'`n8n import:credentials --input=examples/sandbox-credentials.json`). Press Ctrl-C to stop.',
	);
}

main().catch((error) => {
	console.error(error.message || error);
	process.exit(1);
});
