import { subsetsFor, unprintableCharacters } from './font-subsets.js';

describe('font subsets', () => {
  it('picks only the subsets a text uses', () => {
    expect(subsetsFor('Acknowledgement receipt — “quoted”')).toEqual(['latin']);
    expect(subsetsFor('Расписка №5')).toEqual(['latin', 'cyrillic']);
    expect(subsetsFor('Қазақстан, әйелдер, ұл, і')).toEqual(['latin', 'cyrillic', 'cyrillic-ext']);
    expect(subsetsFor('1 000 ₸')).toEqual(['latin', 'latin-ext']);
  });

  it('names characters no embedded font covers', () => {
    expect(unprintableCharacters('Қазақстан ₸ № «»')).toEqual([]);
    expect(unprintableCharacters('ok → 👍 漢')).toEqual(['→', '👍', '漢']);
  });
});
