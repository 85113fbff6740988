import './resolve-ts.ts';

await import('../cli/export.ts');
