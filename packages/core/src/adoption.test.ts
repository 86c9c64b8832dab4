import { tallyAdoption } from './adoption.js';

const member = (attended: boolean, vote: 'for' | 'against' | 'abstain' | null = null) => ({ attended, vote });

describe('tallyAdoption', () => {
  test('a board needs more than half of its members present', () => {
    const four = [member(true, 'for'), member(true, 'for'), member(false), member(false)];
    expect(tallyAdoption('board_of_directors', four)).toMatchObject({ quorumRequired: 3, quorumMet: false });
    const three = [member(true, 'for'), member(true, 'for'), member(true, 'against'), member(false)];
    expect(tallyAdoption('board_of_directors', three)).toMatchObject({ quorumMet: true, majorityMet: true });
  });

  test('an academic council needs two thirds present', () => {
    const nine = Array.from({ length: 9 }, (_, index) => member(index < 6, index < 6 ? 'for' : null));
    expect(tallyAdoption('academic_council', nine)).toMatchObject({ quorumRequired: 6, quorumMet: true });
    const five = nine.map((entry, index) => (index === 5 ? member(false) : entry));
    expect(tallyAdoption('academic_council', five).quorumMet).toBe(false);
  });

  test('abstentions count against a simple majority of those present', () => {
    const votes = [
      member(true, 'for'),
      member(true, 'for'),
      member(true, 'abstain'),
      member(true, 'abstain'),
    ];
    expect(tallyAdoption('supervisory_board', votes)).toMatchObject({
      for: 2,
      abstain: 2,
      majorityMet: false,
    });
  });

  test('a vote from someone absent is flagged', () => {
    expect(
      tallyAdoption('participants_meeting', [member(true, 'for'), member(false, 'for')]).inconsistentVotes,
    ).toBe(1);
  });
});
