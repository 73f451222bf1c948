/** A person's name as a link to their page, with the native spelling beside it. */
import type { PersonRef } from '../../../shared/api';
import { hrefOf } from '../lib/router';

export function PersonLink(props: { readonly person: PersonRef }) {
  return (
    <span className="person-link">
      <a href={hrefOf({ page: 'person', id: props.person.id })}>{props.person.name}</a>
      {props.person.nativeName ? (
        <span className="person-link-native" lang="und-Cyrl">
          {props.person.nativeName}
        </span>
      ) : null}
    </span>
  );
}
