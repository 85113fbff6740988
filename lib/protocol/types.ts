/**
 * The protocol's types, derived from the command table: importing them loads nothing (the
 * table's schemas stay out of the content script and the panel).
 */
import type { z } from 'zod';
import type { COMMANDS } from './commands';

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

/** Commands the background carries out. */
export type BackgroundCommand = { [K in CommandName]: Commands[K]['to'] extends 'background' ? K : never }[CommandName];
/** Commands the content script carries out. */
export type ContentCommand = { [K in CommandName]: Commands[K]['to'] extends 'content-script' ? K : never }[CommandName];

/** zod types an empty object as a record of nothing; here it is simply no arguments. */
type Arguments<T> = string extends keyof T ? Record<never, never> : T;

/** What a sender passes (defaults may be left out). */
export type RequestOf<K extends CommandName> = Arguments<z.input<Commands[K]['request']>>;
/** What a handler receives, checked. */
export type CheckedRequestOf<K extends CommandName> = Arguments<z.output<Commands[K]['request']>>;
export type ReplyOf<K extends CommandName> = ReturnType<Commands[K]['reply']>;

/** A command with nothing to say needs no second argument. */
export type RequestArgs<K extends CommandName> = object extends RequestOf<K> ? [request?: RequestOf<K>] : [request: RequestOf<K>];

/** A command on the wire: its name and what it carries. */
export type Message<K extends CommandName> = { type: K } & RequestOf<K>;
