import './resolve-ts.ts';

await import('../cli/invite.ts');
