import './resolve-ts.ts';

await import('../cli/import.ts');
