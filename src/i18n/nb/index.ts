/** Norsk bokmål: the default language. Every UI string lives here and in en/ with the same keys. */
import { after } from './after';
import { group } from './group';
import { run } from './run';

export const nb = { ...run, ...after, ...group } as const;

export type MessageKey = keyof typeof nb;
