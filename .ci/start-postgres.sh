# Sourced by .ci/run: start a PostgreSQL cluster on loopback for the archive tests
# and export BANMIAN_TEST_PG (the DSN the tests read). Needs Debian's postgresql package.
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | grep -q "^$PG_VERSION main" || pg_createcluster "$PG_VERSION" main >/dev/null
pg_conftool "$PG_VERSION" main set shared_buffers 1GB
pg_conftool "$PG_VERSION" main set work_mem 32MB
pg_ctlcluster "$PG_VERSION" main status >/dev/null 2>&1 || pg_ctlcluster "$PG_VERSION" main start
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'banmian'\""
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'banmian_test'\"" | grep -q 1 \
  || su postgres -c "createdb -E UTF8 -T template0 banmian_test"
export BANMIAN_TEST_PG="postgresql://postgres:banmian@127.0.0.1:5432/banmian_test"
