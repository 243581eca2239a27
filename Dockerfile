# The cap4city-intake service. The CLI runs the TypeScript sources through tsx (a runtime dependency),
# so there is no build step: install production dependencies, copy the sources, run as a non-root user.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    CAP4CITY_DATA_DIR=/app/data \
    CAP4CITY_CONFIG_DIR=/app/config \
    CAP4CITY_TEMPLATES_DIR=/app/templates \
    WEB_PORT=8080

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY bin ./bin
COPY src ./src
COPY config ./config
COPY templates ./templates
RUN mkdir -p /app/data && chown node:node /app/data

USER node
VOLUME ["/app/data"]
EXPOSE 8080
CMD ["node", "bin/cap4city.js", "start"]
