"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, a free port on
loopback, a role that may create databases and roles, and its URL. Used by tests/conftest.py
(when CRIMECLI_TEST_PG names no server), by .ci/run and by benchmarks/scale_cluster.py:

    python tests/pgserver.py start      # prints: export CRIMECLI_TEST_PG=...; export CRIMECLI_TEST_PG_DIR=...
    python tests/pgserver.py stop DIR
    python tests/pgserver.py bindir     # where initdb is (exit 1: nowhere)

initdb refuses to run as root, so under root the server runs as the ``postgres`` user (which
Debian's postgresql package creates). The server is tuned for throwaway data (no fsync).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROLE = "crimecli_test"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are: PG_BINDIR, else pg_config's, else the newest Debian one."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        candidates.append(found.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name),
                         reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    folder: Path
    port: int
    url: str
    admin_url: str  # the superuser (for dropping what tests leave behind)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def why_not() -> str | None:
    """Why no throwaway server can be started here (None if one can)."""
    if bindir() is None:
        return "no PostgreSQL server binaries (initdb, pg_ctl): install postgresql or set CRIMECLI_TEST_PG"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run initdb as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


def start(durable: bool = False) -> Server:
    """A new server: throwaway settings (no fsync) unless ``durable`` (PostgreSQL's defaults,
    for benchmarks)."""
    reason = why_not()
    if reason:
        raise RuntimeError(reason)
    bins = bindir()
    folder = Path(tempfile.mkdtemp(prefix="crimecli-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    admin_password, password = secrets.token_hex(12), secrets.token_hex(12)
    pwfile = folder / "pwfile"
    pwfile.write_text(admin_password + "\n")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (folder, sockets, pwfile):
            os.chown(path, user.pw_uid, user.pw_gid)
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(_as_server_user([str(bins / "initdb"), "-D", str(data), "-U", "postgres", "--pwfile",
                                    str(pwfile), "--auth-local=trust", "--auth-host=scram-sha-256",
                                    "-E", "UTF8", "--no-locale", "--no-sync"]), **run)
    port = _free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(_as_server_user([str(bins / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                    "-o", options, "-w", "-t", "60", "start"]), **run)
    psql = _as_server_user([str(bins / "psql"), "-h", str(sockets), "-p", str(port), "-U", "postgres",
                            "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q"])
    # pg_signal_backend: dropping a test's database ends what still holds it (WITH (FORCE)).
    subprocess.run([*psql, "-c", f"CREATE ROLE {ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '{password}'",
                    "-c", f"GRANT pg_signal_backend TO {ROLE}",
                    "-c", f"CREATE DATABASE {ROLE} OWNER {ROLE}"], **run)
    url = f"postgresql://{ROLE}:{password}@127.0.0.1:{port}/{ROLE}"
    admin = f"postgresql://postgres:{admin_password}@127.0.0.1:{port}/postgres"
    return Server(folder, port, url, admin)


def stop(folder: Path) -> None:
    bins = bindir()
    data = Path(folder) / "data"
    if bins is not None and data.exists():
        subprocess.run(_as_server_user([str(bins / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        try:
            server = start()
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or ""
            print(f"cannot start a PostgreSQL server: {exc} {detail}".strip(), file=sys.stderr)
            return 1
        print(f"export CRIMECLI_TEST_PG='{server.url}'; export CRIMECLI_TEST_PG_ADMIN='{server.admin_url}'; "
              f"export CRIMECLI_TEST_PG_DIR='{server.folder}'")
        return 0
    if argv[:1] == ["bindir"]:  # where the server binaries are; exit 1 if there are none
        found = bindir()
        print(found or "no PostgreSQL server binaries (initdb, pg_ctl)")
        return 0 if found else 1
    if argv[:1] == ["stop"] and len(argv) == 2:
        stop(Path(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
