#!/usr/bin/env node
// `npm start`: this package inside a real n8n, with the provider sandboxes, in one command.
//
//  build (n8n-node build) → npm pack → install into .sandbox/n8n/.n8n/nodes as n8n's community-package
//  installer does → n8n (cached in ~/.cache/n8n-nodes-conferencing) → simulators on 127.0.0.1:4010-4013 →
//  sandbox credentials + example workflows imported → n8n on http://127.0.0.1:5678 → owner account.
//  Ctrl-C stops n8n and the simulators.
//
// Options: --reset (start from an empty n8n database), --verbose (stream n8n's log here too).
// Environment: N8N_VERSION, N8N_PORT (5678), N8N_OWNER_EMAIL, N8N_OWNER_PASSWORD, BUILD_IN_COPY=1.
import { randomBytes } from 'node:crypto';
import {
	createWriteStream,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';

import {
	ensureN8n,
	importIntoN8n,
	installPackage,
	N8nRest,
	n8nCliOrThrow,
	n8nEnv,
	OWNER,
	startN8nServer,
} from './lib/n8n.mjs';
import { buildDirectory, buildPackage, packPackage, REPO_ROOT } from './lib/pack.mjs';
import { onShutdown, portInUse, stop, stopAll } from './lib/proc.mjs';
import {
	describeSandboxes,
	exampleWorkflows,
	PROVIDERS,
	sandboxCredentials,
	startSandboxes,
	zoomOAuth2Credential,
} from './lib/sandboxes.mjs';

// SANDBOX_DIR and SANDBOX_PORTS=random exist for scripts/screenshots.mjs, which runs this script in a
// scratch folder on free ports so it never collides with a running `npm start`.
const SANDBOX_DIR = process.env.SANDBOX_DIR
	? path.resolve(process.env.SANDBOX_DIR)
	: path.join(REPO_ROOT, '.sandbox');
const RANDOM_PORTS = process.env.SANDBOX_PORTS === 'random';
const USER_FOLDER = path.join(SANDBOX_DIR, 'n8n');
const KEY_FILE = path.join(SANDBOX_DIR, 'encryption-key');
const LOG_FILE = path.join(SANDBOX_DIR, 'n8n.log');
/** Workflows that run on their own once n8n is up. */
const PUBLISH = ['exSignalWireEndConf', 'exZoomWeeklyAgenda'];

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const t0 = Date.now();
const step = (text) =>
	console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${text}`);

/** Node and credential types the package declares that n8n did not load. */
async function missingTypes(rest) {
	const declared = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
	const nodes = await rest.request('GET', '/types/nodes.json');
	const credentials = await rest.request('GET', '/types/credentials.json');
	if (!nodes.ok || !credentials.ok)
		return [`could not read the type lists (${nodes.status}, ${credentials.status})`];
	const nodeNames = new Set(nodes.json.map((type) => type.name));
	const credentialNames = new Set(credentials.json.map((type) => type.name));
	const ours = nodes.json.filter(
		(type) => type.name.startsWith(`${declared.name}.`) && !type.name.endsWith('Tool'),
	);
	const problems = [];
	if (ours.length < declared.n8n.nodes.length) {
		problems.push(
			`${ours.length} of ${declared.n8n.nodes.length} nodes loaded: ${ours.map((type) => type.name).join(', ') || 'none'}`,
		);
	}
	for (const file of declared.n8n.credentials) {
		const className = path.basename(file).split('.')[0];
		const name = className.charAt(0).toLowerCase() + className.slice(1);
		if (!credentialNames.has(name)) problems.push(`credential type ${name} is missing`);
	}
	return nodeNames.size === 0 ? ['n8n reported no node types at all'] : problems;
}

async function main() {
	const port = Number(process.env.N8N_PORT || 5678);
	const brokerPort = Number(process.env.N8N_RUNNERS_BROKER_PORT || 5679);
	for (const [what, number] of [
		['n8n', port],
		['n8n task broker', brokerPort],
		...(RANDOM_PORTS
			? []
			: PROVIDERS.map((provider) => [`${provider.name} sandbox`, provider.port])),
	]) {
		if (await portInUse(number)) {
			throw new Error(
				`Port ${number} (${what}) is already in use on 127.0.0.1. Is another \`npm start\` or \`npm run sandbox\` running?`,
			);
		}
	}

	let sandboxes;
	let server;
	let shuttingDown = false;
	onShutdown(async () => {
		shuttingDown = true;
		console.log('\nStopping n8n and the sandboxes …');
		if (server) await stop(server.child, 15_000);
		if (sandboxes) await sandboxes.stop();
		await stopAll();
		console.log('Stopped.');
	});

	step('Checking the n8n installation …');
	const n8n = await ensureN8n({ log: step });
	step(`n8n ${n8n.version} ${n8n.cached ? 'found in' : 'installed into'} ${n8n.dir}`);

	const build = buildDirectory();
	try {
		step('Building the package (n8n-node build) …');
		await buildPackage(build.dir);
		mkdirSync(SANDBOX_DIR, { recursive: true });
		for (const file of readdirSync(SANDBOX_DIR))
			if (file.endsWith('.tgz')) rmSync(path.join(SANDBOX_DIR, file), { force: true });
		const pack = await packPackage(build.dir, SANDBOX_DIR);
		step(
			`Packed ${pack.filename} (${(pack.size / 1024).toFixed(1)} kB); installing it as n8n's community-package installer does …`,
		);
		if (args.has('--reset')) rmSync(USER_FOLDER, { recursive: true, force: true });
		mkdirSync(USER_FOLDER, { recursive: true });
		await installPackage(pack.path, USER_FOLDER);
	} finally {
		build.cleanup();
	}
	if (args.has('--reset') || !existsSync(KEY_FILE)) {
		writeFileSync(KEY_FILE, randomBytes(24).toString('hex') + '\n', { mode: 0o600 });
	}
	const encryptionKey = readFileSync(KEY_FILE, 'utf8').trim();
	const env = n8nEnv({ userFolder: USER_FOLDER, encryptionKey, port, brokerPort });

	step('Starting the provider sandboxes …');
	sandboxes = await startSandboxes(
		RANDOM_PORTS
			? { ports: Object.fromEntries(PROVIDERS.map((provider) => [provider.key, 0])) }
			: undefined,
	);
	for (const sim of Object.values(sandboxes.sims)) {
		const original = sim.handle.bind(sim);
		sim.handle = (req, res) => {
			res.on('finish', () =>
				console.log(`  [${sim.name} sandbox] ${req.method} ${req.url} → ${res.statusCode}`),
			);
			original(req, res);
		};
	}

	step('Importing the sandbox credentials and the example workflows …');
	const credentials = sandboxCredentials(sandboxes.urls);
	if (sandboxes.sims.zoom)
		credentials.push(zoomOAuth2Credential(sandboxes.sims.zoom, sandboxes.urls.zoom));
	const workflows = exampleWorkflows();
	await importIntoN8n(n8n.bin, env, {
		credentials,
		workflows,
		scratchDir: path.join(SANDBOX_DIR, 'import'),
	});
	for (const id of PUBLISH.filter((wanted) =>
		workflows.some((workflow) => workflow.id === wanted),
	)) {
		await n8nCliOrThrow(n8n.bin, ['publish:workflow', `--id=${id}`], env);
	}

	step(
		`Starting n8n on http://127.0.0.1:${port} (log: ${path.relative(process.cwd(), LOG_FILE)}) …`,
	);
	const log = createWriteStream(LOG_FILE, { flags: 'a' });
	log.write(`\n===== n8n start ${new Date().toISOString()} =====\n`);
	server = await startN8nServer(n8n.bin, env, {
		onOutput: (text) => {
			log.write(text);
			if (verbose) process.stdout.write(text);
		},
	});
	const rest = new N8nRest(server.base);
	const owner = await rest.ensureOwner();
	const problems = await missingTypes(rest);

	const line = '─'.repeat(78);
	console.log(`\n${line}`);
	console.log(`  n8n ${n8n.version} with n8n-nodes-conferencing is running.`);
	console.log('');
	console.log(`  Editor:    ${server.base}/`);
	console.log(
		`  Log in:    ${OWNER.email}  /  ${OWNER.password}${owner === 'created' ? '   (owner account just created)' : ''}`,
	);
	console.log(
		`  Workflows: ${workflows.length} examples imported (open "Overview"); credentials "… sandbox"`,
	);
	console.log(`  Webhook:   curl -X POST ${server.base}/webhook/end-conference \\`);
	console.log(
		`               -H 'content-type: application/json' -d '{"conferenceSid":"a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02"}'`,
	);
	console.log('');
	console.log('  Provider sandboxes:');
	console.log(describeSandboxes(sandboxes.urls).replace(/^/gm, '  '));
	if (problems.length > 0) {
		console.log('');
		console.log(
			`  WARNING: n8n did not load every node/credential of the package (see ${path.relative(process.cwd(), LOG_FILE)}):`,
		);
		for (const problem of problems) console.log(`    ${problem}`);
	}
	console.log('');
	console.log('  Press Ctrl-C to stop n8n and the sandboxes.');
	console.log(`${line}\n`);

	const exit = await server.child.exited;
	if (shuttingDown) return;
	server = undefined;
	console.error(`n8n exited unexpectedly (${JSON.stringify(exit)}); see ${LOG_FILE}`);
	await sandboxes.stop();
	await stopAll();
	process.exit(1);
}

main().catch(async (error) => {
	console.error(`\nnpm start failed: ${error.message || error}`);
	await stopAll();
	process.exit(1);
});
