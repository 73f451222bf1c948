/** What an empty archive shows: what Casefile is, and the two ways to begin. */
import { useState } from 'react';
import { useArchive } from '../lib/archive-context';

export function Welcome(props: { readonly onAddPerson: () => void }) {
  const archive = useArchive();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function openSample() {
    setBusy(true);
    setError(null);
    archive.openSample().catch((caught: unknown) => {
      setBusy(false);
      setError(
        caught instanceof Error ? caught.message : 'The sample archive could not be opened.',
      );
    });
  }

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Casefile</h1>
      <p className="welcome-lead">
        Casefile keeps everything your campaign knows about each prisoner — names in every spelling,
        cases, prison addresses, letters, articles and court documents — on this computer,
        searchable without a network.
      </p>
      <p>This archive is empty.</p>
      <div className="welcome-actions">
        <button type="button" className="button-primary button-large" onClick={props.onAddPerson}>
          Add the first prisoner
        </button>
        <button type="button" className="button-large" disabled={busy} onClick={openSample}>
          {busy ? 'Opening the sample…' : 'Open the sample archive'}
        </button>
      </div>
      <p className="welcome-note">
        The sample archive is invented from start to finish. Look around in it freely: it is kept
        apart from your own archive, and you can come back here at any time.
      </p>
      {error ? (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
    </section>
  );
}
