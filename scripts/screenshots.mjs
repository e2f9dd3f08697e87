#!/usr/bin/env node
// `npm run screenshots`: regenerate docs/images/*.png from a real n8n, started exactly like `npm start`
// (scripts/start.mjs, in a scratch folder on free ports), with headless Chromium driven by playwright-core.
//
// Needs Debian's chromium (`apt-get update && apt-get install -y chromium`) or CHROMIUM_PATH.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { OWNER } from './lib/n8n.mjs';
import { REPO_ROOT } from './lib/pack.mjs';
import {
	cleanEnv,
	freePort,
	onShutdown,
	startBackground,
	stop,
	stopAll,
	tail,
	waitFor,
} from './lib/proc.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const OUT_DIR = path.join(REPO_ROOT, 'docs', 'images');
/** Workflow shown on the canvas, and workflow + node whose parameter panel is shown. */
const EDITOR_WORKFLOW = 'exMeetBitContinueFail';
const NODE_WORKFLOW = 'exMeetBitCreate';
const NODE_NAME = 'Create conference';

async function main() {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} not found: install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH`,
		);
	}
	const { chromium } = await import('playwright-core');
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'conferencing-screenshots-'));
	let child;
	let browser;
	let page;
	onShutdown(async () => {
		if (browser) await browser.close().catch(() => {});
		if (child) await stop(child, 15_000);
		await stopAll();
		rmSync(scratch, { recursive: true, force: true });
	});
	try {
		const port = await freePort();
		console.log('Starting n8n like `npm start` does (scratch folder, free ports) …');
		child = startBackground(
			process.execPath,
			[path.join(REPO_ROOT, 'scripts', 'start.mjs'), '--reset'],
			{
				cwd: REPO_ROOT,
				env: cleanEnv({
					SANDBOX_DIR: scratch,
					SANDBOX_PORTS: 'random',
					N8N_PORT: String(port),
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				}),
				onOutput: (text) => {
					if (process.env.VERBOSE) process.stdout.write(text);
				},
			},
		);
		await waitFor(() => child.output.includes('Press Ctrl-C'), {
			timeoutMs: 15 * 60_000,
			intervalMs: 500,
			what: 'n8n started by scripts/start.mjs',
			child,
		});
		const base = `http://127.0.0.1:${port}`;

		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: CHROMIUM_ARGS,
			headless: true,
		});
		const context = await browser.newContext({
			viewport: { width: 1440, height: 860 },
			deviceScaleFactor: 1,
		});
		page = await context.newPage();
		mkdirSync(OUT_DIR, { recursive: true });

		// Log in through the sign-in form (n8n ties its auth cookie to the browser's own browser-id).
		await page.goto(`${base}/signin`, { waitUntil: 'networkidle' });
		await page
			.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]')
			.first()
			.fill(OWNER.email);
		await page.locator('input[type="password"]').first().fill(OWNER.password);
		await page
			.locator('[data-test-id="form-submit-button"], button:has-text("Sign in")')
			.first()
			.click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });

		// 1. An example workflow in the editor, after a run (green checks and item counts on the canvas).
		await openAndRun(page, `${base}/workflow/${EDITOR_WORKFLOW}`);
		const editorShot = path.join(OUT_DIR, 'workflow-editor.png');
		await page.screenshot({ path: editorShot });
		console.log(`wrote ${path.relative(process.cwd(), editorShot)}`);

		// 2. The MeetBit "Create" node's parameter panel, with the run's input and output next to it.
		await openAndRun(page, `${base}/workflow/${NODE_WORKFLOW}`);
		await page
			.locator(`[data-test-id="canvas-node"][data-node-name="${NODE_NAME}"]`)
			.first()
			.dblclick();
		await page
			.locator('[data-test-id="ndv"]')
			.first()
			.waitFor({ state: 'visible', timeout: 30_000 });
		await page.waitForTimeout(1500);
		const nodeShot = path.join(OUT_DIR, 'meetbit-create-node.png');
		await page.screenshot({ path: nodeShot });
		console.log(`wrote ${path.relative(process.cwd(), nodeShot)}`);
	} catch (error) {
		if (child) console.error(tail(child.output, 30));
		if (page) {
			const failure = path.join(os.tmpdir(), 'conferencing-screenshots-failure.png');
			await page.screenshot({ path: failure }).catch(() => {});
			console.error(`page at failure: ${page.url()} (screenshot: ${failure})`);
		}
		throw error;
	} finally {
		if (browser) await browser.close().catch(() => {});
		if (child) await stop(child, 15_000);
		await stopAll();
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** Open a workflow, run it with the editor's "Execute workflow" button, and fit it into the view. */
async function openAndRun(page, url) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	await dismissPopups(page);
	const execute = page.locator('[data-test-id="execute-workflow-button"]').first();
	await execute.click();
	await page
		.locator('[data-test-id="canvas-node-status-success"]')
		.first()
		.waitFor({ timeout: 60_000 })
		.catch(() => {});
	await page.waitForTimeout(1500);
	await dismissPopups(page);
	await fitView(page);
}

/** Close banners, toasts and "what's new" dialogs that would cover the canvas. */
async function dismissPopups(page) {
	await page.keyboard.press('Escape').catch(() => {});
	for (const selector of [
		'[data-test-id="banner-close-button"]',
		'.el-notification__closeBtn',
		'[data-test-id="whats-new-modal"] .el-dialog__headerbtn',
		'.el-dialog__headerbtn',
	]) {
		for (const element of await page.locator(selector).all()) {
			if (await element.isVisible().catch(() => false))
				await element.click({ timeout: 2000 }).catch(() => {});
		}
	}
}

async function fitView(page) {
	const fit = page.locator('[data-test-id="zoom-to-fit"]').first();
	if (await fit.isVisible().catch(() => false)) await fit.click();
	else await page.keyboard.press('1').catch(() => {});
	await page.waitForTimeout(800);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(`screenshots failed: ${error.message || error}`);
		process.exit(1);
	},
);
