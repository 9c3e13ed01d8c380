// Times full Compose linting (parse, schema, rules) on generated files of 1,000 and 5,000 services: `node --import tsx test/bench/compose-sizes.mjs`.
import { TextDocument } from 'vscode-languageserver-textdocument';
// The service is CommonJS TypeScript loaded through tsx, so its exports arrive on the default import.
import serviceModule from '../../server/src/service/index.ts';

import modelModule from '../../server/src/compose/model.ts';
import schemaModule from '../../server/src/compose/schema/index.ts';
import filesModule from '../../server/src/service/files.ts';

const { createLanguageService, defaultSettings } = serviceModule;
const { buildComposeModel } = modelModule;
const { validateComposeSchema } = schemaModule;
const { noFiles } = filesModule;

const RUNS = 5;
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);

/** A realistic file: shared anchors merged into every service, both port syntaxes, named volumes, healthchecks, dependencies. */
function composeOf(count) {
  const lines = [
    'name: bench',
    'x-common: &common',
    '  restart: unless-stopped',
    '  logging:',
    '    driver: json-file',
    '    options: { max-size: "10m" }',
    'services:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  svc${i}:`,
      '    <<: *common',
      `    image: registry.example.com/app/svc${i}:1.${i % 10}.0`,
      '    environment:',
      `      PORT: "\${PORT_${i}:-${3000 + (i % 1000)}}"`,
      '      NODE_ENV: production',
      '    ports:',
      `      - "127.0.0.1:${10000 + i}:3000"`,
      '      - target: 9090',
      `        published: "${30000 + i}"`,
      '    volumes:',
      `      - data${i % 50}:/var/lib/app`,
      '      - ./config:/etc/app:ro',
      '    healthcheck:',
      '      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]',
      '      interval: 10s',
      '      retries: 3',
    );
    if (i > 0) lines.push('    depends_on:', `      svc${i - 1}:`, '        condition: service_healthy');
  }
  lines.push('volumes:');
  for (let i = 0; i < Math.min(count, 50); i++) lines.push(`  data${i}:`);
  return lines.join('\n') + '\n';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const service = createLanguageService();
for (const count of SIZES.length > 0 ? SIZES : [1000, 5000]) {
  const text = composeOf(count);
  const times = [];
  const parseTimes = [];
  const schemaTimes = [];
  let findings = 0;
  // One untimed run first, so the timings show steady editing rather than module warm-up.
  for (let run = 0; run <= RUNS; run++) {
    const document = TextDocument.create(`file:///bench/compose.yaml`, 'dockercompose', run + 1, text);
    const started = performance.now();
    findings = service.lint(document, defaultSettings).length;
    if (run > 0) times.push(performance.now() - started);
    // The same work in parts: YAML parsing into the model, then the schema check alone.
    const parseStarted = performance.now();
    const model = buildComposeModel(document, { fileName: 'compose.yaml', files: noFiles });
    const schemaStarted = performance.now();
    validateComposeSchema(model);
    if (run > 0) parseTimes.push(schemaStarted - parseStarted) && schemaTimes.push(performance.now() - schemaStarted);
  }
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`${String(count).padStart(5)} services, ${(text.length / 1024).toFixed(0)} KiB: median ${median(times).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), ${findings} findings, rss ${rss} MB; of which YAML parse ${median(parseTimes).toFixed(0)} ms, schema ${median(schemaTimes).toFixed(0)} ms`);
}
