import type { IDataObject } from 'n8n-workflow';

import { isRecordValue } from '../../../shared/errors';
import type { ProviderResponse } from '../../../shared/transport';
import type { StringRules } from '../../../shared/validation';

export const TITLE_RULES: StringRules = { required: true, maxLength: 255 };

export const PUBLIC_ID_RULES: StringRules = {
	required: true,
	pattern: /^[a-zA-Z0-9_-]+$/,
	patternHint: 'only letters, digits, "-" and "_"',
};

/** MeetBit wraps the resource as `{message, data}`; users want the conference itself. */
export function conferenceData(response: ProviderResponse): IDataObject {
	const body = response.body;
	if (isRecordValue(body) && isRecordValue(body.data)) return body.data as IDataObject;
	return isRecordValue(body) ? (body as IDataObject) : { statusCode: response.statusCode };
}
