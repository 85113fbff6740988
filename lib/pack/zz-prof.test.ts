import { it } from 'vitest';
import Papa from 'papaparse';
import { relationshipsToCsv, parseRelationshipsCsv } from './csv';
import { Relationship } from '../model';
import { relationship } from './test-data';
it('prof', () => {
  const rels = Array.from({ length: 100000 }, (_, i) => relationship({ id: `r${i}`, person: { name: `Person ${i}`, profileUrl: `https://www.linkedin.com/in/p-${i}/` }, notes: 'Met, at "a" conference' }));
  const csv = relationshipsToCsv(rels);
  for (let k = 0; k < 2; k++) {
    let t = performance.now();
    Papa.parse<string[]>(csv, { delimiter: ',' });
    console.log('PAPA', performance.now() - t); t = performance.now();
    parseRelationshipsCsv(csv);
    console.log('FULL', performance.now() - t); t = performance.now();
    for (const r of rels) Relationship.safeParse(r);
    console.log('ZOD', performance.now() - t); t = performance.now();
    for (const r of rels) { Relationship.shape.knownBy.shape.email.safeParse(r.knownBy.email); }
    console.log('EMAIL', performance.now() - t); t = performance.now();
    for (const r of rels) { Relationship.shape.person.safeParse(r.person); }
    console.log('PERSON', performance.now() - t); t = performance.now();
    for (const r of rels) { Relationship.shape.createdAt.safeParse(r.createdAt); Relationship.shape.updatedAt.safeParse(r.updatedAt); }
    console.log('DATES', performance.now() - t); t = performance.now();
  }
});
