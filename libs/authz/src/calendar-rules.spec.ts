import { subject } from '@casl/ability';
import { EVENT_VISIBILITIES, ROLES, type EventVisibility, type Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import { abilityToSql } from './sql-condition.js';

const actor = (...roles: Role[]) => ({ id: 'u1', roles, organizationId: null });
const event = (visibility: EventVisibility) => subject('CalendarEvent', { visibility });

describe('calendar event rules', () => {
  it('shows readers only events for everyone signed in; members and up see members-only events too', () => {
    const reader = defineAbilityFor(actor('reader'));
    expect(reader.can('read', event('signed_in'))).toBe(true);
    expect(reader.can('read', event('members'))).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'reader')) {
      const ability = defineAbilityFor(actor(role));
      for (const visibility of EVENT_VISIBILITIES) expect(ability.can('read', event(visibility))).toBe(true);
    }
  });

  it('lets editors and admins organize events; nobody else', () => {
    for (const role of ROLES) {
      const ability = defineAbilityFor(actor(role));
      const organizer = role === 'editor' || role === 'admin';
      expect({
        role,
        create: ability.can('create', 'CalendarEvent'),
        update: ability.can('update', event('members')),
      }).toEqual({
        role,
        create: organizer,
        update: organizer,
      });
    }
  });

  it('turns the read rules into the same SQL filter the in-memory check applies', () => {
    const columns = { visibility: 'e.visibility' };
    const reader = abilityToSql(defineAbilityFor(actor('reader')), 'read', 'CalendarEvent', columns);
    expect(reader.sql).toBe('e.visibility = :authz_0');
    expect(reader.params).toEqual({ authz_0: 'signed_in' });
    expect(abilityToSql(defineAbilityFor(actor('member')), 'read', 'CalendarEvent', columns).sql).toBe('TRUE');
    expect(abilityToSql(defineAbilityFor(null), 'read', 'CalendarEvent', columns).sql).toBe('FALSE');
  });
});
