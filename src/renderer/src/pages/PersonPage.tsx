/** One person's page: who they are, where to write to them, and the letters exchanged. */
import { useState } from 'react';
import type { Person } from '../../../shared/records';
import { ApiError, call } from '../api-client';
import { AddressesSection } from '../components/AddressesSection';
import { LettersSection } from '../components/LettersSection';
import { Modal } from '../components/Modal';
import { PersonForm } from '../components/PersonForm';
import { Loading, LoadError } from '../components/Status';
import { StatusBadge } from '../components/StatusBadge';
import { currentAddress } from '../lib/addresses';
import { formatDate } from '../lib/dates';
import { ROLE_LABELS, SHARING_LABELS } from '../lib/labels';
import { useLoad } from '../lib/use-load';

const ALL = 10_000;

export function PersonPage(props: { readonly id: string }) {
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
  const [editing, setEditing] = useState(false);

  if (person.status === 'loading') return <Loading what="this person" />;
  if (person.status === 'error') {
    const missing = person.error instanceof ApiError && person.error.code === 'not-found';
    return (
      <>
        <LoadError error={person.error} onRetry={missing ? undefined : person.reload} />
        <p>
          <a href="#/persons">Back to the prisoners</a>
        </p>
      </>
    );
  }
  const record = person.data;
  const current =
    addresses.status === 'ready' ? currentAddress(addresses.data[0].items) : undefined;

  return (
    <article className="person" aria-labelledby="person-title">
      <PersonHeader person={record} />

      <div className="person-columns">
        <section className="section profile" aria-labelledby="profile-title">
          <div className="section-header">
            <h2 id="profile-title">Profile</h2>
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          </div>
          <dl className="facts">
            <dt>Birth date</dt>
            <dd>{formatDate(record.birthDate) || <span className="cell-muted">Not known</span>}</dd>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[record.role]}</dd>
            <dt>Tags</dt>
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
                <span className="cell-muted">None</span>
              )}
            </dd>
            <dt>Sharing</dt>
            <dd>{SHARING_LABELS[record.sharing]}</dd>
          </dl>
          {record.notes ? <p className="notes">{record.notes}</p> : null}
        </section>

        <div className="person-main">
          {addresses.status === 'loading' ? <Loading what="the addresses" /> : null}
          {addresses.status === 'error' ? (
            <LoadError error={addresses.error} onRetry={addresses.reload} />
          ) : null}
          {addresses.status === 'ready' ? (
            <AddressesSection
              personId={id}
              addresses={addresses.data[0].items}
              facilities={addresses.data[1].items}
              onChanged={addresses.reload}
            />
          ) : null}

          {letters.status === 'loading' ? <Loading what="the letters" /> : null}
          {letters.status === 'error' ? (
            <LoadError error={letters.error} onRetry={letters.reload} />
          ) : null}
          {letters.status === 'ready' ? (
            <LettersSection
              personId={id}
              letters={letters.data.items}
              current={current}
              onChanged={letters.reload}
            />
          ) : null}
        </div>
      </div>

      {editing ? (
        <Modal title="Edit profile" onClose={() => setEditing(false)}>
          <PersonForm
            person={record}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              person.reload();
            }}
          />
        </Modal>
      ) : null}
    </article>
  );
}

function PersonHeader(props: { readonly person: Person }) {
  const person = props.person;
  return (
    <header className="person-header">
      <p className="breadcrumbs">
        <a href="#/persons">Prisoners</a> /
      </p>
      <h1 id="person-title">
        <span className="person-name">{person.name}</span>
        {person.nativeName ? <span className="person-native">{person.nativeName}</span> : null}
      </h1>
      <div className="person-meta">
        {person.status ? <StatusBadge status={person.status} /> : null}
        {person.role !== 'prisoner' ? (
          <span className="badge">{ROLE_LABELS[person.role]}</span>
        ) : null}
        {person.aliases.length > 0 ? (
          <span className="aliases">Also written: {person.aliases.join(' · ')}</span>
        ) : null}
      </div>
    </header>
  );
}
