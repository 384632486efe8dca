/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and worker-thread code stays outside the bundle and is loaded by Node itself.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/client', 'pdfjs-dist', 'busboy', 'pino'],
};

export default nextConfig;
