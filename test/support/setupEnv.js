'use strict';
// n8n-core's InstanceSettings writes a config file under N8N_USER_FOLDER on first use; keep it out of $HOME.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

if (!process.env.N8N_USER_FOLDER || !process.env.N8N_USER_FOLDER.includes('n8n-conferencing-test-')) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-conferencing-test-'));
}
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'test-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
