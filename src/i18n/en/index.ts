/** English: the same keys as nb/, per part (each part's type makes a missing key a compile error). */
import type { MessageKey } from '../nb';
import { after } from './after';
import { group } from './group';
import { run } from './run';

export const en: Record<MessageKey, string> = { ...run, ...after, ...group };
