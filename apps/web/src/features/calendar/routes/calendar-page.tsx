import type { DatesSetArg, EventClickArg, EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import type { EventKind } from '../calendar.documents';
import { EVENT_KINDS, KIND_COLOURS } from '../event-kinds';
import { useCalendarEvents } from '../use-calendar-events';
import '../calendar.css';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin];
const TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' };
const isPhone = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 640px)').matches;

/** The calendar: FullCalendar month, week and list views in the viewer's own time zone; a lazy chunk of its own. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [kinds, setKinds] = useState<EventKind[]>([]);
  const events = useCalendarEvents(range, kinds);

  const shown: EventInput[] = useMemo(
    () =>
      (events.data ?? []).map((o) => ({
        id: `${o.eventId}/${o.occurrenceStart}`,
        title: o.cancelled ? `${t('calendar.cancelledMark')} ${o.title}` : o.title,
        start: o.startsAt,
        end: o.endsAt,
        allDay: o.allDay,
        backgroundColor: KIND_COLOURS[o.kind],
        borderColor: KIND_COLOURS[o.kind],
        classNames: o.cancelled ? ['calendar-cancelled'] : [],
        extendedProps: { eventId: o.eventId, occurrenceStart: o.occurrenceStart },
      })),
    [events.data, t],
  );

  // FullCalendar re-renders on every new prop object and reports its dates again: keep props and range stable.
  const locale = useMemo(
    () => ({
      code: i18n.language,
      buttonText: {
        today: t('calendar.today'),
        month: t('calendar.month'),
        week: t('calendar.week'),
        list: t('calendar.list'),
      },
      noEventsText: t('calendar.noEvents'),
    }),
    [i18n.language, t],
  );
  const datesSet = useCallback((arg: DatesSetArg) => {
    const next = { from: arg.start.toISOString(), to: arg.end.toISOString() };
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
  }, []);
  const [initialView] = useState(() => (isPhone() ? 'listMonth' : 'dayGridMonth'));

  const toggle = (kind: EventKind) =>
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
  const open = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const { eventId, occurrenceStart } = arg.event.extendedProps as { eventId: string; occurrenceStart: string };
    void navigate(`/calendar/events/${eventId}?at=${encodeURIComponent(occurrenceStart)}`);
  };

  return (
    <section className="calendar-page">
      <div className="page-header">
        <h1>{t('calendar.title')}</h1>
        {ability.can('create', 'CalendarEvent') && (
          <Link className="button" to="/calendar/new" data-testid="calendar-new">
            {t('calendar.newEvent')}
          </Link>
        )}
      </div>
      <fieldset className="calendar-legend" data-testid="calendar-legend">
        <legend>{t('calendar.legend')}</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="calendar-legend-item">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggle(kind)} />
            <span className="calendar-swatch" style={{ backgroundColor: KIND_COLOURS[kind] }} aria-hidden="true" />
            {t(`eventKinds.${kind}`)}
          </label>
        ))}
        <p className="hint">{t('calendar.filterHint')}</p>
      </fieldset>
      <FullCalendar
        plugins={PLUGINS}
        initialView={initialView}
        headerToolbar={TOOLBAR}
        // Month and day names come from the browser's Intl for the code; the button texts from our resources.
        locale={locale}
        timeZone="local"
        firstDay={1}
        height="auto"
        events={shown}
        eventClick={open}
        datesSet={datesSet}
      />
      {events.isError && <p role="alert">{t('calendar.loadError')}</p>}
    </section>
  );
}
