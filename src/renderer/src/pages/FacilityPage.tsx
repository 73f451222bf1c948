/** One facility: its address, its rules for letters, and who is held there now and was before. */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityDetail } from '../../../shared/api';
import type { Facility } from '../../../shared/records';
import { ApiError, call } from '../api-client';
import { FacilityDialog } from '../components/FacilityForm';
import { Panel, PanelEmpty } from '../components/Panel';
import { PersonLink } from '../components/PersonLink';
import { Loading, LoadError } from '../components/Status';
import { StatusBadge } from '../components/StatusBadge';
import { useFormat } from '../i18n/use-format';
import { countryName } from '../lib/labels';
import { useLoad } from '../lib/use-load';

export function FacilityPage(props: { readonly id: string }) {
  const { t } = useTranslation();
  const id = props.id;
  const state = useLoad(`facility:${id}`, () => call('workspace.facility', { id }));
  const [editing, setEditing] = useState(false);

  if (state.status === 'loading') return <Loading what={t('facilities.loadingOne')} />;
  if (state.status === 'error') {
    const missing = state.error instanceof ApiError && state.error.code === 'not-found';
    return (
      <>
        <LoadError error={state.error} onRetry={missing ? undefined : state.reload} />
        <p>
          <a href="#/facilities">{t('facilities.back')}</a>
        </p>
      </>
    );
  }
  const { facility } = state.data;

  return (
    <article className="facility" aria-labelledby="facility-title">
      <header className="person-header">
        <p className="breadcrumbs">
          <a href="#/facilities">{t('facilities.title')}</a> /
        </p>
        <h1 id="facility-title">
          <span className="person-name">{facility.code}</span>
          {facility.name ? <span className="person-native">{facility.name}</span> : null}
        </h1>
        <div className="person-meta">
          {[facility.type, facility.regime, facility.region, countryName(facility.country, 'latin')]
            .filter(Boolean)
            .map((fact) => (
              <span key={fact} className="badge">
                {fact}
              </span>
            ))}
          <button type="button" className="button-small" onClick={() => setEditing(true)}>
            {t('facilities.edit')}
          </button>
        </div>
      </header>
      {editing ? (
        <FacilityDialog
          facility={facility}
          onClose={() => setEditing(false)}
          onSaved={() => state.reload()}
        />
      ) : null}
      <div className="facility-columns">
        <div className="facility-side">
          <AddressPanel facility={facility} />
          <RulesPanel facility={facility} />
        </div>
        <div className="facility-main">
          <HeldNowPanel detail={state.data} />
          {state.data.heldBefore.length > 0 ? <HeldBeforePanel detail={state.data} /> : null}
        </div>
      </div>
    </article>
  );
}

function AddressPanel(props: { readonly facility: Facility }) {
  const { t } = useTranslation();
  const { addressLines, postcode, country, notes } = props.facility;
  return (
    <Panel title={t('facilities.address')} className="facility-address">
      {addressLines.length === 0 ? (
        <PanelEmpty>{t('facilities.noAddress')}</PanelEmpty>
      ) : (
        <address className="envelope-lines">
          {addressLines.map((line, index) => (
            <span key={index} className="envelope-line">
              {line}
            </span>
          ))}
          {postcode ? <span className="envelope-line">{postcode}</span> : null}
          <span className="envelope-line">{countryName(country, 'native')}</span>
        </address>
      )}
      {notes ? <p className="notes">{notes}</p> : null}
    </Panel>
  );
}

function RulesPanel(props: { readonly facility: Facility }) {
  const { t } = useTranslation();
  const rules = props.facility.letterRules;
  const facts = [
    [t('facilities.ruleLanguage'), rules.language],
    [t('facilities.ruleWhoMayWrite'), rules.whoMayWrite],
    [t('facilities.ruleELetter'), rules.eLetterService],
    [t('facilities.ruleNotes'), rules.notes],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  return (
    <Panel title={t('facilities.rules')} className="facility-rules">
      {facts.length === 0 ? (
        <PanelEmpty>{t('facilities.noRules')}</PanelEmpty>
      ) : (
        <dl className="facts">
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </Panel>
  );
}

function HeldNowPanel(props: { readonly detail: FacilityDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const held = props.detail.heldNow;
  return (
    <Panel
      title={t('facilities.heldNow')}
      className="facility-held-now"
      count={held.length > 0 ? format.number(held.length) : undefined}
    >
      {held.length === 0 ? (
        <PanelEmpty>{t('facilities.heldNowEmpty')}</PanelEmpty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('prisoners.colName')}</th>
              <th scope="col">{t('prisoners.colStatus')}</th>
              <th scope="col">{t('facilities.since')}</th>
            </tr>
          </thead>
          <tbody>
            {held.map(({ person, since }) => (
              <tr key={person.id}>
                <td>
                  <PersonLink person={person} />
                </td>
                <td>{person.status ? <StatusBadge status={person.status} /> : null}</td>
                <td className="cell-nowrap">{format.day(since)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function HeldBeforePanel(props: { readonly detail: FacilityDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Panel title={t('facilities.heldBefore')} className="facility-held-before">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('prisoners.colName')}</th>
            <th scope="col">{t('facilities.from')}</th>
            <th scope="col">{t('facilities.to')}</th>
          </tr>
        </thead>
        <tbody>
          {props.detail.heldBefore.map(({ person, from, to }, index) => (
            <tr key={`${person.id}:${index}`}>
              <td>
                <PersonLink person={person} />
              </td>
              <td className="cell-nowrap">{format.day(from)}</td>
              <td className="cell-nowrap">{format.day(to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
