/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test`) over the whole project, tests
  // included; `npm start` must not fail to build because of a test file.
  typescript: { ignoreBuildErrors: true },
  // Native and worker-thread code stays outside the bundle and is loaded by Node itself.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', '@prisma/client', 'pdfjs-dist', 'busboy', 'pino'],
};

export default nextConfig;
