# The API image for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI is set),
# so this image needs neither Java nor Maven. The build stage builds exactly what `npm start`
# builds (`npm run build`: tsc over src, bench and scripts, then esbuild over web/).
# tests/integration/docker/dockerfile.test.ts rebuilds this image's contents from the files
# the COPY lines name, runs the RUN lines in order and starts the result: keep it simple
# (plain COPY lines: sources, then one destination; no globs or shell tricks the test cannot follow).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY scripts ./scripts
COPY web ./web
# bench/explorer-perf.ts (built by tsconfig.build.json) imports the browser harness from tests/e2e/support.
COPY tests ./tests
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY seed ./seed
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]
