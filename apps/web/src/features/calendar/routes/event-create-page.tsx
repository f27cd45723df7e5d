import { EVENT_VISIBILITIES, type EventVisibility } from '@portal/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { BISHKEK } from '../../../app/bishkek-time';
import { Forbidden } from '../../../app/components/forbidden';
import { SaveError } from '../../../app/components/save-error';
import type { EventKind } from '../calendar.documents';
import { EVENT_KINDS } from '../event-kinds';
import { useCalendarOrganizations } from '../use-calendar-organizations';
import { useCreateEvent } from '../use-create-event';
import { useSetAgenda } from '../use-set-agenda';
import { useSetInvitees } from '../use-set-invitees';

/** Repeats offered in the form, as RRULE values (the API takes any daily/weekly/monthly/yearly rule). */
const REPEATS: Record<string, string | null> = {
  none: null,
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  yearly: 'FREQ=YEARLY',
};

interface AgendaRow {
  key: number;
  title: string;
  minutes: string;
}

/** A new event or meeting in Bishkek time, with its invited organizations and agenda. */
export function EventCreatePage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const organizations = useCalendarOrganizations();
  const create = useCreateEvent();
  const setAgenda = useSetAgenda();
  const setInvitees = useSetInvitees();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind>('working_group_meeting');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const [repeat, setRepeat] = useState('none');
  const [visibility, setVisibility] = useState<EventVisibility>('members');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [agenda, setAgendaRows] = useState<AgendaRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const saving = create.isPending || setAgenda.isPending || setInvitees.isPending;

  if (!ability.can('create', 'CalendarEvent')) return <Forbidden />;

  const updateRow = (key: number, change: Partial<AgendaRow>) =>
    setAgendaRows((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const moveUp = (index: number) =>
    setAgendaRows((rows) =>
      index === 0 ? rows : [...rows.slice(0, index - 1), rows[index], rows[index - 1], ...rows.slice(index + 1)],
    );

  const submit = async () => {
    setError(null);
    try {
      const created = await create.mutateAsync({
        kind,
        title,
        start: `${date}T${start}`,
        end: `${date}T${end}`,
        allDay: false,
        timeZone: BISHKEK,
        rrule: REPEATS[repeat],
        place: place || null,
        visibility,
      });
      const version = created.version;
      if (invited.length) {
        await setInvitees.mutateAsync({ eventId: created.eventId, userIds: [], organizationIds: invited });
      }
      const items = agenda
        .filter((row) => row.title.trim())
        .map((row) => ({ title: row.title, plannedMinutes: Number(row.minutes) || 0 }));
      if (items.length) {
        await setAgenda.mutateAsync({
          eventId: created.eventId,
          occurrenceStart: created.occurrenceStart,
          version,
          items,
        });
      }
      void navigate(`/calendar/events/${created.eventId}?at=${encodeURIComponent(created.occurrenceStart)}`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section>
      <h1>{t('calendar.newEvent')}</h1>
      <SaveError error={error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="event-title">{t('calendar.fields.title')}</label>
        <input id="event-title" required value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />

        <label htmlFor="event-kind">{t('calendar.fields.kind')}</label>
        <select id="event-kind" value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`eventKinds.${k}`)}
            </option>
          ))}
        </select>

        <label htmlFor="event-date">{t('calendar.fields.date')}</label>
        <input id="event-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor="event-start">{t('calendar.fields.start')}</label>
        <input id="event-start" type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
        <label htmlFor="event-end">{t('calendar.fields.end')}</label>
        <input id="event-end" type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
        <p className="hint">{t('calendar.bishkekTimeHint')}</p>

        <label htmlFor="event-repeat">{t('calendar.fields.repeat')}</label>
        <select id="event-repeat" value={repeat} onChange={(e) => setRepeat(e.target.value)}>
          {Object.keys(REPEATS).map((r) => (
            <option key={r} value={r}>
              {t(`calendar.repeats.${r}`)}
            </option>
          ))}
        </select>

        <label htmlFor="event-visibility">{t('calendar.fields.visibility')}</label>
        <select
          id="event-visibility"
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as EventVisibility)}
        >
          {EVENT_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`eventVisibilities.${v}`)}
            </option>
          ))}
        </select>

        <label htmlFor="event-place">{t('calendar.fields.place')}</label>
        <input id="event-place" value={place} maxLength={500} onChange={(e) => setPlace(e.target.value)} />

        <fieldset>
          <legend>{t('calendar.fields.invitedOrganizations')}</legend>
          {(organizations.data ?? []).map((org) => (
            <label key={org.id} className="checkbox">
              <input
                type="checkbox"
                data-testid="invite-organization"
                checked={invited.includes(org.id)}
                onChange={() =>
                  setInvited((ids) => (ids.includes(org.id) ? ids.filter((i) => i !== org.id) : [...ids, org.id]))
                }
              />
              {org.name}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('calendar.agenda')}</legend>
          {agenda.map((row, index) => (
            <div key={row.key} className="agenda-row">
              <label htmlFor={`agenda-title-${index}`}>{t('calendar.fields.agendaItem', { n: index + 1 })}</label>
              <input
                id={`agenda-title-${index}`}
                value={row.title}
                maxLength={500}
                onChange={(e) => updateRow(row.key, { title: e.target.value })}
              />
              <label htmlFor={`agenda-minutes-${index}`}>{t('calendar.fields.plannedMinutes')}</label>
              <input
                id={`agenda-minutes-${index}`}
                type="number"
                min={0}
                max={1440}
                value={row.minutes}
                onChange={(e) => updateRow(row.key, { minutes: e.target.value })}
              />
              <button type="button" disabled={index === 0} onClick={() => moveUp(index)}>
                {t('calendar.moveUp')}
              </button>
            </div>
          ))}
          <button
            type="button"
            data-testid="agenda-add"
            onClick={() =>
              setAgendaRows((rows) => [...rows, { key: Date.now() + rows.length, title: '', minutes: '15' }])
            }
          >
            {t('calendar.addAgendaItem')}
          </button>
        </fieldset>

        <div className="button-row">
          <button type="submit" disabled={saving} data-testid="event-save">
            {t('calendar.save')}
          </button>
          <button type="button" onClick={() => void navigate('/calendar')}>
            {t('calendar.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
