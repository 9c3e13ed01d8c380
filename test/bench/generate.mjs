// Generates realistic benchmark inputs of a given size: multi-stage Dockerfiles and Compose files with many services.

const DOCKERFILE_STAGE = (i) => [
  `FROM node:22-bookworm-slim AS stage${i}`,
  'ARG NODE_ENV=production',
  'ENV NODE_ENV=$NODE_ENV PORT=3000',
  'WORKDIR /app',
  'COPY package.json package-lock.json ./',
  'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
  'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\',
  '    && rm -rf /var/lib/apt/lists/*',
  'COPY . .',
  'LABEL org.opencontainers.image.source="https://example.com/app"',
  'EXPOSE 3000',
  'HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://localhost:3000/health"]',
  'USER node',
  i % 5 === 0 ? 'CMD node server.js' : 'CMD ["node", "server.js"]',
  '',
];

/** A Dockerfile of about `lines` lines, made of realistic stages; some stages carry a finding. */
export function dockerfileOfLines(lines) {
  const out = [];
  for (let i = 0; out.length < lines; i++) out.push(...DOCKERFILE_STAGE(i));
  return out.slice(0, lines).join('\n') + '\n';
}

/** A Compose file with `count` services that depend on each other, with healthchecks, ports and volumes. */
export function composeOfServices(count) {
  const out = ['name: bench', 'services:'];
  for (let i = 0; i < count; i++) {
    out.push(
      `  svc${i}:`,
      `    image: registry.example.com/team/svc${i}:1.${i % 10}.0`,
      '    restart: unless-stopped',
      '    environment:',
      `      SERVICE_NAME: svc${i}`,
      '      LOG_LEVEL: info',
      '    ports:',
      `      - "127.0.0.1:${10000 + i}:8080"`,
      '    volumes:',
      `      - data${i % 50}:/var/lib/data`,
      '    healthcheck:',
      '      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://localhost:8080/health"]',
      '      interval: 10s',
      '      timeout: 3s',
      '      retries: 3',
    );
    if (i > 0) out.push('    depends_on:', `      svc${i - 1}:`, '        condition: service_healthy');
  }
  out.push('volumes:');
  for (let i = 0; i < Math.min(count, 50); i++) out.push(`  data${i}:`);
  return out.join('\n') + '\n';
}
