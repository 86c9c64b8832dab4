import { dueReminderSlot } from './schedule.js';

const cadence = { dueDate: '2026-12-31', daysBefore: [3], remindOnDue: true, everyDays: 7 };

describe('dueReminderSlot', () => {
  test('the first message is the invitation', () => {
    expect(dueReminderSlot(cadence, '2026-12-01', 0)).toBe('invite');
  });
  test('nothing between the invitation and three days before the due date', () => {
    expect(dueReminderSlot(cadence, '2026-12-10', 1)).toBeNull();
  });
  test('three days before, on the day, then every seven days after', () => {
    expect(dueReminderSlot(cadence, '2026-12-28', 1)).toBe('before:3');
    expect(dueReminderSlot(cadence, '2026-12-31', 2)).toBe('due');
    expect(dueReminderSlot(cadence, '2027-01-06', 3)).toBe('due');
    expect(dueReminderSlot(cadence, '2027-01-07', 3)).toBe('after:1');
    expect(dueReminderSlot(cadence, '2027-01-14', 4)).toBe('after:2');
  });
  test('after downtime only the latest slot is due', () => {
    expect(dueReminderSlot(cadence, '2027-01-20', 1)).toBe('after:2');
  });
});
