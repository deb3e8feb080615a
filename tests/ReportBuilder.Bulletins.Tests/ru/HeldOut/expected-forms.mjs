// Writes expected-forms.tsv: the Russian forms of the held-out register's names and towns as two
// independent libraries give them (petrovich for names, lvovich for towns), then the
// corrections a person made by hand where a library is wrong (corrections.tsv, each with why).
// Run: npm install --no-save petrovich@0.2.1 lvovich@2.1.0 && node expected-forms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const petrovich = require('petrovich');
const lvovich = require('lvovich');

const here = new URL('.', import.meta.url);
const rows = file => readFileSync(new URL(file, here), 'utf8').split('\n').filter(l => l && !l.startsWith('#')).slice(1).map(l => l.split('\t'));
const cases = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
const corrections = new Map(rows('corrections.tsv').map(([kind, nominative, form, value]) => [`${kind}\t${nominative}\t${form}`, value]));
const out = ['Kind\tNominative\tForm\tExpected\tSource'];
const add = (kind, nominative, form, value, source) => {
  const corrected = corrections.get(`${kind}\t${nominative}\t${form}`);
  out.push([kind, nominative, form, corrected ?? value, corrected === undefined ? source : 'by hand'].join('\t'));
};
const seen = new Set();
for (const [, given, surname, gender, city] of rows('persons.tsv')) {
  const nominative = `${given} ${surname.toUpperCase()}`;
  for (const c of cases) {
    const p = petrovich({ first: given, last: surname, gender: gender === 'F' ? 'female' : 'male' }, c);
    add('person', nominative, c, `${p.first} ${p.last.toUpperCase()}`, 'petrovich');
  }
  if (!seen.has(city)) { seen.add(city); add('place', city, 'genitive', lvovich.cityFrom(city), 'lvovich'); }
}
const used = new Set(out.slice(1).map(l => l.split('\t').slice(0, 3).join('\t')));
const stale = [...corrections.keys()].filter(k => !used.has(k));
if (stale.length) throw new Error(`corrections.tsv names forms the register does not have:\n${stale.join('\n')}`);
writeFileSync(new URL('expected-forms.tsv', here), out.join('\n') + '\n');
console.log(`${out.length - 1} forms written`);
