/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
	setupFiles: ['<rootDir>/test/support/setupEnv.js'],
	setupFilesAfterEnv: ['<rootDir>/test/support/afterEnv.js'],
	testTimeout: 20000,
};
