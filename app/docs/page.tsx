// /docs - the API for people: every endpoint with its parameters, answers and a curl example,
// rendered on the server from the same table as /api/openapi.json (no external assets).
import { docsModel, type DocEndpoint } from '@/lib/openapi/docs-model';
import './docs.css';

export const metadata = { title: 'pdf-batch API' };

function Endpoint({ e }: { e: DocEndpoint }) {
  return (
    <section className="docs-endpoint" id={e.id} aria-label={`${e.method.toUpperCase()} ${e.path}`}>
      <h3>
        <span className={`docs-method docs-method-${e.method}`}>{e.method.toUpperCase()}</span> <code>{e.path}</code>
      </h3>
      <p className="docs-summary">{e.summary}</p>
      {e.description ? <p className="docs-description">{e.description}</p> : null}
      {e.params.length ? (
        <table className="docs-table">
          <thead>
            <tr>
              <th>Parameter</th>
              <th>In</th>
              <th>Type</th>
              <th>Meaning</th>
            </tr>
          </thead>
          <tbody>
            {e.params.map((p) => (
              <tr key={`${p.where}-${p.name}`}>
                <td>
                  <code>{p.name}</code>
                  {p.required ? <span className="docs-required"> required</span> : null}
                </td>
                <td>{p.where}</td>
                <td>{p.type}</td>
                <td>{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ul className="docs-responses">
        {e.responses.map((r) => (
          <li key={r.status}>
            <strong>{r.status}</strong> {r.description} {r.body ? <code>{r.body}</code> : null}
          </li>
        ))}
      </ul>
      <pre className="docs-example">
        <code>{e.example}</code>
      </pre>
    </section>
  );
}

export default function DocsPage() {
  const { version, endpoints } = docsModel();
  const tags = [...new Set(endpoints.map((e) => e.tag))];
  return (
    <main className="docs">
      <header>
        <h1>pdf-batch API</h1>
        <p>
          Version {version}. JSON in snake_case; every error is <code>{'{ "error": { "code", "message" } }'}</code>. The machine-readable
          description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1); the schemas of every body are there. Back to{' '}
          <a href="/batch">the batches</a>.
        </p>
        <nav aria-label="Endpoints">
          {tags.map((tag) => (
            <p key={tag}>
              <strong>{tag}:</strong>{' '}
              {endpoints
                .filter((e) => e.tag === tag)
                .map((e) => (
                  <a key={e.id} href={`#${e.id}`}>
                    {e.method.toUpperCase()} {e.path}
                  </a>
                ))}
            </p>
          ))}
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} aria-label={tag}>
          <h2>{tag}</h2>
          {endpoints
            .filter((e) => e.tag === tag)
            .map((e) => (
              <Endpoint key={e.id} e={e} />
            ))}
        </section>
      ))}
    </main>
  );
}
