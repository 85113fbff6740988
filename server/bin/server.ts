import './resolve-ts.ts';

await import('../main.ts');
