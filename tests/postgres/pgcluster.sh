#!/bin/sh
# A private PostgreSQL cluster for one test run (issue 17), used as the CTest fixture "postgres":
#   pgcluster.sh start STATE_FILE   initdb into a fresh temporary folder, start the server on a Unix
#                                   socket in that folder and a free 127.0.0.1 port, write STATE_FILE
#   pgcluster.sh stop STATE_FILE    stop that server (pg_ctl stop -m fast, then immediate) and
#                                   delete its folder and STATE_FILE; safe to run twice
#   pgcluster.sh halt STATE_FILE    stop the running server abruptly (pg_ctl stop -m immediate),
#                                   keeping its data: a server gone mid-session (offline tests)
#   pgcluster.sh resume STATE_FILE  start a halted server again, same data, socket and port
# STATE_FILE (key=value lines) tells the tests where the server is:
#   status=running | unavailable     unavailable: reason= says why (the tests then QSKIP)
#   root= socket= port= superuser= password= bin= user=
# PostgreSQL refuses to run as root: as root the cluster belongs to an unprivileged user (the
# Debian package's `postgres` when it exists, else `nobody`) and every server command runs
# through runuser; as any other user it is that user's own. Authentication: the superuser over
# the socket is trusted; over TCP every role needs its password (scram-sha-256), so the tests
# can check what a wrong password says.
set -u

mode=${1:-}
state=${2:-}
[ -n "$mode" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|halt|resume STATE_FILE" >&2; exit 2; }

value() { sed -n "s/^$1=//p" "$state" 2>/dev/null | head -n 1; }

# Runs a server command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state" ] || return 0
    root=$(value root)
    bin=$(value bin)
    owner=$(value user)
    if [ -n "$root" ] && [ -d "$root/data" ] && [ -x "$bin/pg_ctl" ]; then
        as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w -t 30 stop >/dev/null 2>&1
    fi
    case "$root" in
        */lectern-pg.*) rm -rf "$root" ;;
    esac
    rm -f "$state"
}

unavailable() {
    printf 'status=unavailable\nreason=%s\n' "$1" >"$state"
    echo "pgcluster: $1 (the PostgreSQL tests will be skipped)" >&2
    exit 0
}

# The server's options: one place for start and resume.
serve() {
    as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$root -c fsync=off -c max_connections=60" \
        start >/dev/null 2>&1
}

if [ "$mode" = stop ]; then
    stop_cluster
    exit 0
fi
if [ "$mode" = halt ] || [ "$mode" = resume ]; then
    [ "$(value status)" = running ] || { echo "pgcluster: no running cluster in $state" >&2; exit 1; }
    root=$(value root)
    bin=$(value bin)
    owner=$(value user)
    port=$(value port)
    if [ "$mode" = halt ]; then
        as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w -t 30 stop >/dev/null 2>&1
    else
        serve
    fi
    exit $?
fi
[ "$mode" = start ] || { echo "usage: $0 start|stop|halt|resume STATE_FILE" >&2; exit 2; }

stop_cluster # a cluster left by an interrupted run
mkdir -p "$(dirname "$state")"

bin=${LECTERN_PG_BIN:-}
if [ -z "$bin" ]; then
    for candidate in /usr/lib/postgresql/*/bin /usr/local/opt/postgresql@15/bin /opt/homebrew/opt/postgresql@15/bin \
        "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")"; do
        [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && { bin=$candidate; break; }
    done
fi
[ -n "$bin" ] && [ -x "$bin/initdb" ] || unavailable "the PostgreSQL server is not installed (package postgresql)"

owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=
    for candidate in postgres nobody; do
        id -u "$candidate" >/dev/null 2>&1 && { owner=$candidate; break; }
    done
    [ -n "$owner" ] || unavailable "running as root and there is no unprivileged user (postgres, nobody) to own the cluster"
    command -v runuser >/dev/null 2>&1 || unavailable "running as root without runuser (package util-linux)"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/lectern-pg.XXXXXX") || unavailable "cannot make a temporary folder"
chmod 755 "$root"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$root/pwfile"
superuser=lectern_test
[ "$(id -u)" -eq 0 ] && chown "$owner" "$root" "$root/pwfile"
# From here on a failure leaves a state file that `stop` can clean up.
printf 'status=starting\nroot=%s\nbin=%s\nuser=%s\n' "$root" "$bin" "$owner" >"$state"

if ! as_owner "$bin/initdb" -D "$root/data" -U "$superuser" --pwfile="$root/pwfile" -A scram-sha-256 \
    --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1; then
    reason="initdb failed: $(tail -n 3 "$root/initdb.log" | tr '\n' ' ')"
    stop_cluster
    unavailable "$reason"
fi

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    else
        echo $((20000 + $$ % 30000))
    fi
}

started=
for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if serve; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    reason="the server did not start: $(tail -n 3 "$root/server.log" 2>/dev/null | tr '\n' ' ')"
    stop_cluster
    unavailable "$reason"
fi

printf 'status=running\nroot=%s\nsocket=%s\nport=%s\nsuperuser=%s\npassword=%s\nbin=%s\nuser=%s\n' \
    "$root" "$root" "$port" "$superuser" "$password" "$bin" "$owner" >"$state"
echo "pgcluster: PostgreSQL running in $root (socket, and 127.0.0.1:$port)"
exit 0
