import { claimsOf, spanOf } from './run-entities.js';

describe('personExtractor', () => {
  test('a name after a title, with the title and the nationality in the value', () => {
    const text = 'Brazilian Foreign Minister Carla Mendes told reporters on Monday that the bridge would reopen.';
    const [person, ...rest] = claimsOf('person', text);
    expect(rest).toEqual([]);
    expect(person!.text).toBe('Carla Mendes');
    expect(person!.span).toEqual(spanOf(text, 'Carla Mendes'));
    expect(person!.value).toMatchObject({
      name: 'Carla Mendes',
      canonical: 'Carla Mendes',
      entity: 'person:carla mendes',
      title: 'Foreign Minister',
      country: 'BR',
      mention: 'full-name',
    });
    expect(person!.certainty).toMatchObject({ title: 'stated', country: 'stated' });
  });

  test('full name, honorific and surname link to one entity with the fullest name as canonical', () => {
    const text = 'Transport Secretary Maria Okafor toured the flooded depot. Ms Okafor promised new trains. Later Okafor flew home.';
    const people = claimsOf('person', text);
    expect(people.map((claim) => [claim.text, claim.value.mention])).toEqual([
      ['Maria Okafor', 'full-name'],
      ['Ms Okafor', 'honorific'],
      ['Okafor', 'surname'],
    ]);
    expect(people[1]!.span).toEqual(spanOf(text, 'Ms Okafor'));
    expect(people[2]!.span).toEqual(spanOf(text, 'Okafor', 2));
    expect(new Set(people.map((claim) => claim.value.entity))).toEqual(new Set(['person:maria okafor']));
    expect(people.every((claim) => claim.value.canonical === 'Maria Okafor')).toBe(true);
    // The title was written once; the other mentions carry it as implied.
    expect(people[2]!.value.title).toBe('Transport Secretary');
    expect(people[2]!.certainty.title).toBe('implied');
  });

  test('Chinese names are read family name first, so the family name alone links back', () => {
    const text = 'Vice Premier Zhang Hua opened the forum in Tianjin. Delegates applauded when Zhang announced the new fund.';
    const people = claimsOf('person', text);
    expect(people.map((claim) => claim.text)).toEqual(['Zhang Hua', 'Zhang']);
    expect(people[1]!.span).toEqual(spanOf(text, 'Zhang', 1));
    expect(people[1]!.value).toMatchObject({ canonical: 'Zhang Hua', entity: 'person:zhang hua', mention: 'surname', title: 'Vice Premier' });
  });

  test('an appositive after the name gives the role and marks the name as a person', () => {
    const text = 'Lena Fischer, the regional party secretary for Bavaria, opened the session with a short speech.';
    const [person] = claimsOf('person', text);
    expect(person!.text).toBe('Lena Fischer');
    expect(person!.value.role).toBe('regional party secretary for Bavaria');
    expect(person!.value.title).toBe('Regional Party Secretary');
  });

  test('an age, a role before the name and a verb of saying each mark a person without a title', () => {
    const text =
      'Tomas Quilapan, 41, a ferry pilot, watched the water rise. Harbour spokesman Idris Bakari confirmed the closure. "The dam will hold," Okonkwo said as he left.';
    const people = claimsOf('person', text);
    expect(people.map((claim) => claim.text)).toEqual(['Tomas Quilapan', 'Idris Bakari', 'Okonkwo']);
    expect(people[0]!.value.role).toBe('ferry pilot');
    expect(people[1]!.value).toMatchObject({ title: 'Spokesman', role: 'spokesman' });
    expect(people[2]!.span).toEqual(spanOf(text, 'Okonkwo'));
  });

  test('a definite description links to the one person whose title and nationality fit', () => {
    const text = 'Portuguese Foreign Minister Ana Costa landed in Rome on Tuesday. The Portuguese diplomat will meet bankers before the summit.';
    const people = claimsOf('person', text);
    expect(people.map((claim) => [claim.text, claim.value.mention])).toEqual([
      ['Ana Costa', 'full-name'],
      ['The Portuguese diplomat', 'description'],
    ]);
    expect(people[1]!.span).toEqual(spanOf(text, 'The Portuguese diplomat'));
    expect(people[1]!.value).toMatchObject({ canonical: 'Ana Costa', entity: 'person:ana costa', title: 'Foreign Minister' });
  });

  test('a description that fits nobody, or an indefinite one, is left out', () => {
    const text = 'Health Minister Ana Costa spoke first. A diplomat from the embassy said little, and the governor was absent.';
    expect(claimsOf('person', text).map((claim) => claim.text)).toEqual(['Ana Costa']);
  });

  test('two spellings of one name in an article stay on their claims and share the entity', () => {
    const text = 'Health Minister Katarina Novak visited the ward. Hours later Katharina Novak told staff the wing would stay open.';
    const people = claimsOf('person', text);
    expect(people.map((claim) => claim.value.name)).toEqual(['Katarina Novak', 'Katharina Novak']);
    expect(new Set(people.map((claim) => claim.value.entity)).size).toBe(1);
  });

  test('a surname two people share joins the one named last before it, or the first named when it comes first', () => {
    const after = 'Finance Minister Petra Lindgren met Judge Oskar Lindgren in Uppsala on Monday. Lindgren said the ruling would stand.';
    const later = claimsOf('person', after);
    expect(later.map((claim) => [claim.text, claim.value.canonical])).toEqual([
      ['Petra Lindgren', 'Petra Lindgren'],
      ['Oskar Lindgren', 'Oskar Lindgren'],
      ['Lindgren', 'Oskar Lindgren'],
    ]);
    expect(later[2]!.span).toEqual(spanOf(after, 'Lindgren', 2));
    const before = 'Lindgren arrived early. Finance Minister Petra Lindgren met Judge Oskar Lindgren in Uppsala on Monday.';
    const first = claimsOf('person', before);
    expect(first[0]!.span).toEqual(spanOf(before, 'Lindgren'));
    expect(first[0]!.value).toMatchObject({ canonical: 'Petra Lindgren', entity: 'person:petra lindgren', mention: 'surname' });
  });

  test('a one-word speaker is a person only when a he or she refers to the name', () => {
    const text = 'Qualtrex said the patch was ready and that it would ship on Friday. Investigators said little.';
    expect(claimsOf('person', text)).toEqual([]);
  });

  test('countries, organisations, plural nationalities and headline words are not people', () => {
    const text = [
      'Storm Batters Coastal Towns As Ferry Service Halts',
      'Officials said the road was closed.',
      'Washington has urged calm, and the Red Cross said aid had arrived.',
      'Israelis and Palestinians marched in the rain.',
    ].join('\n');
    expect(claimsOf('person', text)).toEqual([]);
  });
});
