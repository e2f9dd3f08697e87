import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { checkBoolean } from '../../../shared/validation';
import { FieldProblem, parseUserId, userIdProperty, userNotFound, withFieldErrors } from './common';
import { buildUpdateBody, TOPIC_MAX, updateFieldsOptions } from './updateBody';

const properties: INodeProperties[] = [
	userIdProperty('who hosts the meeting'),
	{
		displayName: 'Topic',
		name: 'topic',
		type: 'string',
		default: '',
		required: true,
		description: `Meeting topic, at most ${TOPIC_MAX} characters`,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ([
			{
				displayName: 'Default Passcode',
				name: 'defaultPassword',
				type: 'boolean',
				default: false,
				description: "Whether Zoom generates a passcode from the user's settings (ignored when Passcode is given)",
			},
			...updateFieldsOptions.filter((option) => option.name !== 'topic'),
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['create'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { userId, body } = withFieldErrors(this, itemIndex, () => {
		const user = parseUserId(this.getNodeParameter('userId', itemIndex));
		const topic = this.getNodeParameter('topic', itemIndex, '');
		if (typeof topic !== 'string' || topic.trim() === '') throw new FieldProblem('Topic', 'is required');
		const { defaultPassword, ...fields } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const built = buildUpdateBody({ ...fields, topic }, { workflowTimezone: this.getTimezone(), now: Date.now() }).body;
		if (defaultPassword !== undefined) {
			const problem = checkBoolean(defaultPassword);
			if (problem) throw new FieldProblem('Default Passcode', problem);
			built.default_password = defaultPassword;
		}
		return { userId: user, body: built };
	});
	return {
		method: 'POST',
		path: '/users/{userId}/meetings',
		pathParams: { userId },
		body,
		rateCategory: 'medium',
		statusMessages: {
			400: 'Zoom refused to create the meeting (see its code: 300 a field is invalid, 1010 the user is not in this account, 3161 the user may not host or schedule meetings)',
			404: userNotFound(userId),
		},
	};
}
