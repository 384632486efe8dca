// /docs - the API for people: every endpoint with its parameters, answers and a curl example,
// rendered on the server from the same table as /api/openapi.json (no external assets). The curl
// examples name this server's own address, as the browser reached it.
import { headers } from 'next/headers';
import { docsModel, type DocEndpoint } from '@/lib/openapi/docs-model';
import { DocText } from './docs-text';
import './docs.css';

export const dynamic = 'force-dynamic';

/** The examples are written for http://localhost:3000. */
const EXAMPLE_ORIGIN = 'http://localhost:3000';

/** The origin the browser used (Host, and the proxy's X-Forwarded-Proto when there is one). */
function originOf(requestHeaders: Headers): string {
  const host = requestHeaders.get('x-forwarded-host')?.split(',')[0]?.trim() || requestHeaders.get('host');
  if (!host || !/^[\w.\-:[\]]+$/.test(host)) return EXAMPLE_ORIGIN;
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

export const metadata = { title: 'pdf-batch API' };

function Endpoint({ e, origin }: { e: DocEndpoint; origin: string }) {
  return (
    <section className="docs-endpoint" id={e.id} aria-label={`${e.method.toUpperCase()} ${e.path}`}>
      <h3>
        <span className={`docs-method docs-method-${e.method}`}>{e.method.toUpperCase()}</span> <code>{e.path}</code>
      </h3>
      <p className="docs-summary">
        <DocText text={e.summary} />
      </p>
      {e.description ? (
        <p className="docs-description">
          <DocText text={e.description} />
        </p>
      ) : null}
      {e.params.length ? (
        <div className="docs-table-wrap">
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
                <td>
                  <DocText text={p.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : null}
      <ul className="docs-responses">
        {e.responses.map((r) => (
          <li key={r.status}>
            <strong>{r.status}</strong> <DocText text={r.description} /> {r.body ? <code>{r.body}</code> : null}
          </li>
        ))}
      </ul>
      <pre className="docs-example">
        <code>{e.example.replaceAll(EXAMPLE_ORIGIN, origin)}</code>
      </pre>
    </section>
  );
}

export default async function DocsPage() {
  const { version, endpoints } = docsModel();
  const origin = originOf(await headers());
  const tags = [...new Set(endpoints.map((e) => e.tag))];
  return (
    <main className="docs">
      <header>
        <h1>pdf-batch API</h1>
        <p>
          Version {version}. JSON in snake_case; every error is <code>{'{ "error": { "code", "message" } }'}</code>. The machine-readable
          description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1); the schemas of every body are there. Back to{' '}
          <a href="/batch">the batches</a>; also <a href="/api/health">health</a> and <a href="/metrics">metrics</a>.
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
              <Endpoint key={e.id} e={e} origin={origin} />
            ))}
        </section>
      ))}
    </main>
  );
}
