/** One person's page: who they are, where to write to them, and the letters exchanged. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PersonProfile } from '../../../shared/api';
import { groupSharingAll } from '../../../shared/field-sharing';
import { PERSON_FIELD_GROUPS, type Person } from '../../../shared/records';
import { ApiError, call } from '../api-client';
import { AddressesSection } from '../components/AddressesSection';
import { ExportDossierButton } from '../components/ExportDossier';
import { CasesSection } from '../components/CasesSection';
import { TimelineSection } from '../components/TimelineSection';
import { LinkedRecordsSection } from '../components/LinkedRecordsSection';
import { UndoBar } from '../components/UndoBar';
import { useDeletion } from '../lib/use-deletion';
import { LettersSection } from '../components/LettersSection';
import { Modal } from '../components/Modal';
import { PersonForm } from '../components/PersonForm';
import { PersonPhoto } from '../components/PersonPhoto';
import { RelationsSection } from '../components/RelationsSection';
import { ageOn } from '../lib/age';
import { Loaded, Loading, LoadError } from '../components/Status';
import { StatusBadge } from '../components/StatusBadge';
import { currentAddress } from '../lib/addresses';
import { useFormat } from '../i18n/use-format';
import { useLoad } from '../lib/use-load';

const ALL = 10_000;

export function PersonPage(props: { readonly id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = props.id;
  const person = useLoad(`person:${id}`, () => call('persons.get', { id }));
  const addresses = useLoad(`addresses:${id}`, () =>
    Promise.all([
      call('addresses.list', { personId: id, limit: ALL }),
      call('facilities.list', { limit: ALL }),
    ]),
  );
  const letters = useLoad(`letters:${id}`, () =>
    call('letters.list', { personId: id, limit: ALL }),
  );
  const cases = useLoad(`cases:${id}`, () =>
    Promise.all([
      call('cases.list', { personId: id, limit: ALL }),
      call('persons.list', { limit: ALL }),
    ]),
  );
  const timeline = useLoad(`timeline:${id}`, () => call('workspace.timeline', { personId: id }));
  const profile = useLoad(`profile:${id}`, () => call('workspace.profile', { personId: id }));
  // A change in one section can show in another (a deleted address was a letter's), and
  // every change shows on the timeline.
  const refreshRecords = () => {
    addresses.reload();
    letters.reload();
    cases.reload();
    timeline.reload();
  };
  const personDeletion = useDeletion(() => {
    person.reload();
    profile.reload();
    refreshRecords();
  }, t('undo.personFailed'));
  const [editing, setEditing] = useState(false);

  if (personDeletion.last?.receipt.removed[0]?.id === id) {
    return (
      <article className="person" aria-label={t('person.profile')}>
        <UndoBar deletion={personDeletion} dismissible={false} />
        <p className="person-deleted">
          {t('undo.personDeleted', { name: personDeletion.last.label })}
        </p>
        <p>
          <a href="#/persons">{t('person.back')}</a>
        </p>
      </article>
    );
  }

  if (person.status === 'loading') return <Loading what={t('person.loading')} />;
  if (person.status === 'error') {
    const missing = person.error instanceof ApiError && person.error.code === 'not-found';
    return (
      <>
        <LoadError error={person.error} onRetry={missing ? undefined : person.reload} />
        <p>
          <a href="#/persons">{t('person.back')}</a>
        </p>
      </>
    );
  }
  const record = person.data;
  const current =
    addresses.status === 'ready' ? currentAddress(addresses.data[0].items) : undefined;

  return (
    <article className="person" aria-labelledby="person-title">
      <PersonHeader
        person={record}
        profile={profile.status === 'ready' ? profile.data : undefined}
        onPhotoChanged={person.reload}
      />

      <div className="person-columns">
        <section className="section profile" aria-labelledby="profile-title">
          <div className="section-header">
            <h2 id="profile-title">{t('person.profile')}</h2>
            <button type="button" onClick={() => setEditing(true)}>
              {t('form.edit')}
            </button>
            <ExportDossierButton person={record} />
          </div>
          <UndoBar deletion={personDeletion} />
          <dl className="facts">
            <dt>{t('person.birthDate')}</dt>
            <dd>
              {format.day(record.birthDate) || (
                <span className="cell-muted">{t('app.notKnown')}</span>
              )}
            </dd>
            <dt>{t('person.role')}</dt>
            <dd>{t(`role.${record.role}`)}</dd>
            <dt>{t('person.tags')}</dt>
            <dd>
              {record.tags.length > 0 ? (
                <span className="tags">
                  {record.tags.map((tag) => (
                    <span key={tag} className="tag">
                      {tag}
                    </span>
                  ))}
                </span>
              ) : (
                <span className="cell-muted">{t('app.none')}</span>
              )}
            </dd>
            <dt>{t('person.sharing')}</dt>
            <dd>
              {t(`sharing.${record.sharing}`)}
              <GroupSharingNote person={record} />
            </dd>
          </dl>
          {record.notes ? <p className="notes">{record.notes}</p> : null}
          <RelationsSection
            person={record}
            namedBy={profile.status === 'ready' ? profile.data.namedBy : []}
            onChanged={() => {
              person.reload();
              profile.reload();
            }}
          />
          <p className="profile-delete">
            <button
              type="button"
              className="button-small button-danger"
              disabled={personDeletion.busy}
              onClick={() => void personDeletion.remove('person', record.id, record.name)}
            >
              {t('undo.deletePerson')}
            </button>
          </p>
        </section>

        <div className="person-main">
          <Loaded state={addresses} what={t('person.loadingAddresses')}>
            {([stored, facilities]) => (
              <AddressesSection
                personId={id}
                addresses={stored.items}
                facilities={facilities.items}
                onChanged={refreshRecords}
              />
            )}
          </Loaded>
          <Loaded state={letters} what={t('person.loadingLetters')}>
            {(data) => (
              <LettersSection
                personId={id}
                letters={data.items}
                current={current}
                onChanged={refreshRecords}
              />
            )}
          </Loaded>
          <Loaded state={cases} what={t('cases.loading')}>
            {([stored, persons]) => (
              <CasesSection
                personId={id}
                cases={stored.items}
                persons={persons.items}
                onChanged={refreshRecords}
              />
            )}
          </Loaded>
          <Loaded state={timeline} what={t('timeline.loading')}>
            {(data) => <TimelineSection entries={data.entries} />}
          </Loaded>
          <LinkedRecordsSection key={id} personId={id} />
        </div>
      </div>

      {editing ? (
        <Modal title={t('person.editProfile')} onClose={() => setEditing(false)}>
          <PersonForm
            person={record}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              person.reload();
              profile.reload();
            }}
          />
        </Modal>
      ) : null}
    </article>
  );
}

/** The profile's parts shared more narrowly than the person, in a few words. */
function GroupSharingNote(props: { readonly person: Person }) {
  const { t } = useTranslation();
  const levels = groupSharingAll(props.person);
  const narrower = PERSON_FIELD_GROUPS.filter((group) => levels[group] !== props.person.sharing);
  if (narrower.length === 0) return null;
  return (
    <span className="group-sharing-note">
      {narrower
        .map((group) => `${t(`profile.groups.${group}`)}: ${t(`profile.levels.${levels[group]}`)}`)
        .join(' · ')}
    </span>
  );
}

function PersonHeader(props: {
  readonly person: Person;
  readonly profile?: PersonProfile;
  readonly onPhotoChanged: () => void;
}) {
  const { t } = useTranslation();
  const person = props.person;
  return (
    <header className="person-header">
      <p className="breadcrumbs">
        <a href="#/persons">{t('prisoners.title')}</a> /
      </p>
      <div className="person-header-body">
        <PersonPhoto person={person} onChanged={props.onPhotoChanged} />
        <div className="person-header-text">
          <h1 id="person-title">
            <span className="person-name">{person.name}</span>
            {person.nativeName ? <span className="person-native">{person.nativeName}</span> : null}
          </h1>
          <div className="person-meta">
            {person.status ? <StatusBadge status={person.status} /> : null}
            {person.role !== 'prisoner' ? (
              <span className="badge">{t(`role.${person.role}`)}</span>
            ) : null}
            {person.aliases.length > 0 ? (
              <span className="aliases">
                {t('person.alsoWritten', { aliases: person.aliases.join(' · ') })}
              </span>
            ) : null}
          </div>
          {props.profile ? <PersonFigures person={person} profile={props.profile} /> : null}
        </div>
      </div>
    </header>
  );
}

/** Age and days in detention, counted to the archive's today, in the language's numbers. */
function PersonFigures(props: { readonly person: Person; readonly profile: PersonProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { person, profile } = props;
  const age = ageOn(person.birthDate, profile.today);
  if (age === undefined && profile.daysInDetention === null) return null;
  return (
    <ul className="person-figures" aria-label={t('profile.figures')}>
      {age !== undefined ? (
        <li>
          <span className="figure-label">{t('profile.age')}</span>{' '}
          {t('count.years', { count: age })}
        </li>
      ) : null}
      {profile.daysInDetention !== null && profile.detainedSince ? (
        <li>
          <span className="figure-label">{t('profile.inDetention')}</span>{' '}
          {t('count.days', { count: profile.daysInDetention })}{' '}
          <span className="cell-muted">
            {t('profile.since', { day: format.day(profile.detainedSince) })}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
