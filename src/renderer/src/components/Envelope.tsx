/** An address laid out as it goes on an envelope, in the native script and in Latin letters. */
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../shared/records';
import { countryName } from '../lib/labels';

export function Envelope(props: {
  readonly address: Pick<Address, 'lines' | 'linesLatin' | 'postcode' | 'country'>;
}) {
  const { t } = useTranslation();
  const { lines, linesLatin, postcode, country } = props.address;
  return (
    <div className="envelopes">
      {lines.length > 0 ? (
        <EnvelopeFace
          label={t('addresses.envelopeNative')}
          lines={lines}
          postcode={postcode}
          country={countryName(country, 'native')}
        />
      ) : null}
      {linesLatin.length > 0 ? (
        <EnvelopeFace
          label={t('addresses.envelopeLatin')}
          lines={linesLatin}
          postcode={postcode}
          country={countryName(country, 'latin')}
        />
      ) : null}
      {lines.length === 0 && linesLatin.length === 0 ? (
        <p className="cell-muted">{t('addresses.noLines')}</p>
      ) : null}
    </div>
  );
}

function EnvelopeFace(props: {
  readonly label: string;
  readonly lines: readonly string[];
  readonly postcode?: string;
  readonly country: string;
}) {
  const last = [props.postcode, props.country].filter(Boolean).join(' ');
  return (
    <figure className="envelope">
      <figcaption>{props.label}</figcaption>
      <address>
        {props.lines.map((line, index) => (
          <span key={index} className="envelope-line">
            {line}
          </span>
        ))}
        {last ? <span className="envelope-line envelope-last">{last}</span> : null}
      </address>
    </figure>
  );
}
