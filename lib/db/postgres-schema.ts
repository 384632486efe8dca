// The Postgres schema is derived from prisma/schema.prisma (the one place the models are written):
// same models, another provider and client folder. `npm run db:migration` writes it and
// `npm run db:check` fails when the committed file differs, so the two cannot drift.
const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:migration\`: do not edit. The same models
// for Postgres (scale-out, see README "Deployment"); \`npm run db:check\` fails if the two drift.
`;

export function postgresSchemaText(sqliteSchema: string): string {
  const body = sqliteSchema
    .replace(/^(\/\/.*\n)+/, '')
    .replace(/output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-pg"')
    .replace(/provider = "sqlite"/, 'provider = "postgresql"');
  if (!body.includes('prisma-pg') || !body.includes('"postgresql"')) {
    throw new Error('prisma/schema.prisma no longer has the generator output and datasource lines the Postgres schema is derived from.');
  }
  return HEADER + body;
}
