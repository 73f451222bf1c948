/** The list of prisoners, or the welcome screen when the archive is still empty. */
import { useMemo, useState } from 'react';
import type { Address, Facility, Person } from '../../../shared/records';
import { call } from '../api-client';
import { Modal } from '../components/Modal';
import { PersonForm } from '../components/PersonForm';
import { Loading, LoadError } from '../components/Status';
import { StatusBadge } from '../components/StatusBadge';
import { currentAddress } from '../lib/addresses';
import { hrefOf, navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { Welcome } from './Welcome';

const PAGE = 500;
/** Beyond this many addresses the list does without the current-address column. */
const ADDRESS_LIMIT = 10_000;

async function loadPrisoners(limit: number) {
  const [prisoners, addresses, facilities] = await Promise.all([
    call('persons.list', { role: 'prisoner', limit, offset: 0 }),
    call('addresses.list', { limit: ADDRESS_LIMIT, offset: 0 }),
    call('facilities.list', { limit: ADDRESS_LIMIT, offset: 0 }),
  ]);
  let empty = false;
  if (prisoners.total === 0) {
    const [anyone, articles] = await Promise.all([
      call('persons.list', { limit: 1 }),
      call('articles.list', { limit: 1 }),
    ]);
    empty = anyone.total === 0 && articles.total === 0;
  }
  return { prisoners, addresses, facilities, empty };
}

export function PersonsPage() {
  const [limit, setLimit] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const state = useLoad(`prisoners:${limit}`, () => loadPrisoners(limit));

  const form = adding ? (
    <Modal title="Add a prisoner" onClose={() => setAdding(false)}>
      <PersonForm
        onCancel={() => setAdding(false)}
        onSaved={(person) => {
          setAdding(false);
          navigate({ page: 'person', id: person.id });
        }}
      />
    </Modal>
  ) : null;

  if (state.status === 'loading') return <Loading what="the prisoners" />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  const { prisoners, addresses, facilities, empty } = state.data;

  if (empty) {
    return (
      <>
        <Welcome onAddPerson={() => setAdding(true)} />
        {form}
      </>
    );
  }

  return (
    <section aria-labelledby="persons-title">
      <div className="page-header">
        <h1 id="persons-title">Prisoners</h1>
        <span className="page-count">{countLabel(prisoners.total)}</span>
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          Add prisoner
        </button>
      </div>
      {prisoners.total === 0 ? (
        <div className="empty-state">
          <p>No prisoners are in this archive yet.</p>
        </div>
      ) : (
        <PrisonerTable
          prisoners={prisoners.items}
          addresses={addresses.items}
          facilities={facilities.items}
        />
      )}
      {prisoners.items.length < prisoners.total ? (
        <p className="list-more">
          Showing {prisoners.items.length} of {prisoners.total}.{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            Show more
          </button>
        </p>
      ) : null}
      {form}
    </section>
  );
}

function countLabel(total: number): string {
  return total === 1 ? '1 prisoner' : `${total} prisoners`;
}

function PrisonerTable(props: {
  readonly prisoners: readonly Person[];
  readonly addresses: readonly Address[];
  readonly facilities: readonly Facility[];
}) {
  const rows = useMemo(() => {
    const facilityById = new Map(props.facilities.map((facility) => [facility.id, facility]));
    const addressesByPerson = new Map<string, Address[]>();
    for (const address of props.addresses) {
      const list = addressesByPerson.get(address.personId) ?? [];
      list.push(address);
      addressesByPerson.set(address.personId, list);
    }
    return [...props.prisoners]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => {
        const address = currentAddress(addressesByPerson.get(person.id) ?? []);
        const facility = address?.facilityId ? facilityById.get(address.facilityId) : undefined;
        return { person, where: whereLabel(address, facility) };
      });
  }, [props.prisoners, props.addresses, props.facilities]);

  return (
    <table className="table table-clickable">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Native name</th>
          <th scope="col">Status</th>
          <th scope="col">Held at</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ person, where }) => (
          <tr key={person.id} onClick={() => navigate({ page: 'person', id: person.id })}>
            <td>
              <a href={hrefOf({ page: 'person', id: person.id })}>{person.name}</a>
            </td>
            <td>{person.nativeName}</td>
            <td>{person.status ? <StatusBadge status={person.status} /> : null}</td>
            <td className="cell-muted">{where}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whereLabel(address: Address | undefined, facility: Facility | undefined): string {
  if (!address) return '';
  if (facility) return [facility.code, facility.name].filter(Boolean).join(' — ');
  const lines = address.linesLatin.length > 0 ? address.linesLatin : address.lines;
  return lines[0] ?? '';
}
