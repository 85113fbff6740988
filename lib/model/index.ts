export * from './activity';
export * from './content';
export * from './pack';
export * from './profile';
export * from './relationship';
export * from './settings';
export * from './stored';
export { isoDateTime } from './dates';
export * from './team';
