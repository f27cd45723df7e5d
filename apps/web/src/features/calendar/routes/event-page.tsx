import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { RsvpResponse } from '../../../gql/graphql';
import { KIND_COLOURS } from '../event-kinds';
import { useMeeting } from '../use-meeting';
import { useRespond } from '../use-respond';

const RESPONSES: RsvpResponse[] = ['yes', 'maybe', 'no'];

/** One event (one occurrence of a series): details, agenda against the meeting length, RSVP and attendance. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const at = params.get('at');
  const meeting = useMeeting(id, at);
  const respond = useRespond();
  const [note, setNote] = useState('');

  if (meeting.isPending) return <p>{t('app.loading')}</p>;
  if (meeting.isError) return <p role="alert">{t('calendar.loadError')}</p>;
  const m = meeting.data;
  const o = m.occurrence;
  // The viewer's own time zone (the browser's), whatever zone the organizer used.
  const when = new Intl.DateTimeFormat(
    i18n.language,
    o.allDay ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' },
  );

  return (
    <article className="event-page" data-testid="event-page">
      <p>
        <Link to="/calendar">{t('calendar.back')}</Link>
      </p>
      <h1>
        {o.cancelled && <span className="badge">{t('calendar.cancelled')} </span>}
        {o.title}
      </h1>
      <p>
        <span className="calendar-swatch" style={{ backgroundColor: KIND_COLOURS[o.kind] }} aria-hidden="true" />{' '}
        {t(`eventKinds.${o.kind}`)}
      </p>
      <p data-testid="event-when">
        {when.format(new Date(o.startsAt))} – {when.format(new Date(o.endsAt))}
      </p>
      {o.place && <p>{o.place}</p>}
      {o.onlineLink && (
        <p>
          <a href={o.onlineLink} rel="noreferrer noopener" target="_blank">
            {t('calendar.onlineLink')}
          </a>
        </p>
      )}
      {o.organizerName && <p>{t('calendar.organizer', { name: o.organizerName })}</p>}
      {o.description && <p className="event-description">{o.description}</p>}
      <p>
        <a href={`/api/calendar/events/${o.eventId}.ics`} download data-testid="event-ics">
          {t('calendar.downloadIcs')}
        </a>
      </p>

      <h2>{t('calendar.agenda')}</h2>
      {m.agenda.length === 0 ? (
        <p>{t('calendar.noAgenda')}</p>
      ) : (
        <ol data-testid="event-agenda">
          {m.agenda.map((item) => (
            <li key={item.id}>
              {item.title}
              {(item.presenterUserName ?? item.presenterOrganizationName) &&
                ` — ${item.presenterUserName ?? item.presenterOrganizationName}`}{' '}
              ({t('calendar.minutes', { count: item.plannedMinutes })})
            </li>
          ))}
        </ol>
      )}
      <p
        className={m.agendaMinutes > m.meetingMinutes ? 'agenda-total over' : 'agenda-total'}
        data-testid="agenda-total"
      >
        {t('calendar.agendaTotal', { agenda: m.agendaMinutes, meeting: m.meetingMinutes })}
      </p>

      <h2>{t('calendar.invitees')}</h2>
      <ul>
        {m.invitees.map((i) => (
          <li key={i.userId ?? i.organizationId}>{i.name}</li>
        ))}
      </ul>

      {m.invited && !o.cancelled && (
        <section aria-labelledby="rsvp-title">
          <h2 id="rsvp-title">{t('calendar.rsvp')}</h2>
          {m.myResponse && (
            <p data-testid="my-response">
              {t('calendar.myResponse', { response: t(`rsvp.${m.myResponse.response}`) })}
            </p>
          )}
          <label htmlFor="rsvp-note">{t('calendar.rsvpNote')}</label>
          <input id="rsvp-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          <div className="button-row">
            {RESPONSES.map((response) => (
              <button
                key={response}
                type="button"
                data-testid={`rsvp-${response}`}
                disabled={respond.isPending}
                onClick={() =>
                  respond.mutate({ eventId: o.eventId, occurrenceStart: o.occurrenceStart, response, note })
                }
              >
                {t(`rsvp.${response}`)}
              </button>
            ))}
          </div>
        </section>
      )}

      <h2>{t('calendar.responses')}</h2>
      <ul data-testid="event-responses">
        {m.responses.map((r) => (
          <li key={r.userId}>
            {r.userName}: {t(`rsvp.${r.response}`)}
            {r.note && ` — ${r.note}`}
          </li>
        ))}
      </ul>

      <h2>{t('calendar.attendance')}</h2>
      {m.attendance.length === 0 ? (
        <p>{t('calendar.noAttendance')}</p>
      ) : (
        <ul>
          {m.attendance.map((a) => (
            <li key={a.userId}>
              {a.userName}: {t(`attendance.${a.status}`)}
              {a.mode && ` (${t(`attendanceModes.${a.mode}`)})`}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
