#!/usr/bin/env bash
# From `npm start` to the first answered request (HTTP 200 on /), on a prepared install: the
# build exists and the database is migrated and seeded (run `npm start` once before). Three runs.
set -euo pipefail
PORT="${PORT:-3405}"
export PORT DATABASE_URL="${DATABASE_URL:-file:./.data/portal.db}"
for run in 1 2 3; do
  started=$(date +%s%N)
  setsid npm start >/dev/null 2>&1 &
  until curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 200; do sleep 0.02; done
  echo "run $run: $(( ($(date +%s%N) - started) / 1000000 )) ms"
  fuser -k "$PORT/tcp" >/dev/null 2>&1 || true
  pkill -f "scripts/start.mjs" || true
  while curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do sleep 0.2; done
done
