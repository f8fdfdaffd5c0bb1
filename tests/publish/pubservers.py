"""Real servers on 127.0.0.1 for the publish tests and benchmark: sshd, nginx, wsgidav.

Each server gets its own config, keys and folders in a temp directory and a
free port; it is stopped by the PID we started (with its children, so killing
sshd really drops the open sessions, as a crashed server would).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

SSHD = "/usr/sbin/sshd"
NGINX = "/usr/sbin/nginx"
SSH_KEYGEN = shutil.which("ssh-keygen") or "/usr/bin/ssh-keygen"


class ToolMissing(Exception):
    """A system tool the test needs is not installed (or cannot run as this user)."""


def require(*paths: str) -> None:
    missing = [path for path in paths if not os.access(path, os.X_OK)]
    if missing:
        raise ToolMissing(f"needs {', '.join(missing)} (Debian: openssh-server, nginx-light)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def descendants(pid: int) -> list[int]:
    """Child processes of ``pid`` (recursively), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@dataclass
class Server:
    """A server process we started; ``kill`` simulates a crash, ``stop`` a clean shutdown."""

    argv: list[str]
    port: int
    log: Path
    proc: subprocess.Popen | None = None

    def start(self) -> Server:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(self.argv, stdout=log, stderr=log,
                                         stdin=subprocess.DEVNULL)
        try:
            wait_for_port(self.port, self.proc)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}; log:\n{self.log.read_text(errors='replace')}") from exc
        return self

    def kill(self) -> None:
        """SIGKILL the server and every process it forked (open sessions die too)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        for pid in [self.proc.pid, *descendants(self.proc.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(5)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        kids = descendants(self.proc.pid)
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.kill()
        for pid in kids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


# --- OpenSSH --------------------------------------------------------------------


@dataclass
class SshUser:
    name: str
    password: str | None = None
    created: bool = False


def make_user(prefix: str = "rdkpub") -> SshUser:
    """A dedicated system user with a random password (root only), for the password path."""
    if os.geteuid() != 0:
        return SshUser(pwd.getpwuid(os.geteuid()).pw_name)
    name = f"{prefix}{os.getpid() % 100000}"
    password = "Pw-" + os.urandom(9).hex()
    with contextlib.suppress(KeyError):
        pwd.getpwnam(name)
        subprocess.run(["userdel", name], check=False, capture_output=True)
    subprocess.run(["useradd", "-M", "-d", "/nonexistent", "-s", "/bin/sh", name], check=True,
                   capture_output=True)
    subprocess.run(["chpasswd"], input=f"{name}:{password}\n".encode(), check=True,
                   capture_output=True)
    return SshUser(name, password, created=True)


def drop_user(user: SshUser) -> None:
    if user.created:
        subprocess.run(["userdel", user.name], check=False, capture_output=True)


def keygen(path: Path, passphrase: str = "") -> Path:
    subprocess.run([SSH_KEYGEN, "-q", "-t", "ed25519", "-N", passphrase, "-C", "redaksi-test",
                    "-f", str(path)], check=True, capture_output=True)
    return path


def fingerprint_of(pubkey: Path) -> str:
    out = subprocess.run([SSH_KEYGEN, "-lf", str(pubkey)], check=True, capture_output=True,
                         text=True).stdout
    return out.split()[1]


@dataclass
class Sshd:
    workdir: Path
    user: SshUser
    root: Path
    client_key: Path
    port: int = field(default_factory=free_port)
    server: Server | None = None

    @property
    def host_key(self) -> Path:
        return self.workdir / "host_ed25519"

    @property
    def host_fingerprint(self) -> str:
        return fingerprint_of(self.host_key.with_suffix(".pub"))

    def write_config(self) -> Path:
        config = self.workdir / "sshd_config"
        config.write_text("\n".join([
            f"Port {self.port}", "ListenAddress 127.0.0.1", f"HostKey {self.host_key}",
            f"PidFile {self.workdir / 'sshd.pid'}",
            f"AuthorizedKeysFile {self.workdir / 'authorized_keys'}",
            "StrictModes no", "UsePAM no", "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no", "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password", "Subsystem sftp internal-sftp",
            "MaxStartups 100:30:200", "LogLevel VERBOSE", "",
        ]))
        return config

    def new_host_key(self) -> None:
        for path in (self.host_key, self.host_key.with_suffix(".pub")):
            path.unlink(missing_ok=True)
        keygen(self.host_key)

    def start(self) -> Sshd:
        if os.geteuid() == 0:
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        elif not Path("/run/sshd").is_dir():
            raise ToolMissing("sshd needs /run/sshd (create it as root)")
        config = self.write_config()
        self.server = Server([SSHD, "-D", "-f", str(config), "-E", str(self.workdir / "sshd.log")],
                             self.port, self.workdir / "sshd.out").start()
        return self

    def kill(self) -> None:
        if self.server:
            self.server.kill()

    def stop(self) -> None:
        if self.server:
            self.server.stop()


def make_sshd(user: SshUser) -> Sshd:
    """An sshd with its own host key, a client key and an SFTP root the login user owns."""
    require(SSHD, SSH_KEYGEN)
    base = Path(tempfile.mkdtemp(prefix="redaksi-sshd-"))
    base.chmod(0o755)  # the test user must reach its SFTP root
    root = base / "site"
    root.mkdir()
    if user.created:
        info = pwd.getpwnam(user.name)
        os.chown(root, info.pw_uid, info.pw_gid)
    client_key = keygen(base / "client_ed25519")
    shutil.copy(base / "client_ed25519.pub", base / "authorized_keys")
    sshd = Sshd(base, user, root, client_key)
    keygen(sshd.host_key)
    return sshd


def drop_sshd(sshd: Sshd) -> None:
    sshd.stop()
    shutil.rmtree(sshd.workdir, ignore_errors=True)


# --- nginx ----------------------------------------------------------------------


@dataclass
class Site:
    """One nginx ``server``: a root folder, WebDAV or read-only, optional basic auth."""

    root: Path
    dav: bool = False
    user: str | None = None
    password: str | None = None
    tls: tuple[Path, Path] | None = None
    port: int = field(default_factory=free_port)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"


def _server_block(site: Site, workdir: Path, number: int) -> str:
    lines = [f"listen 127.0.0.1:{site.port}{' ssl' if site.tls else ''};", f"root {site.root};",
             "client_max_body_size 0;"]
    if site.tls:
        lines += [f"ssl_certificate {site.tls[0]};", f"ssl_certificate_key {site.tls[1]};"]
    if site.dav:
        lines += ["dav_methods PUT DELETE MKCOL COPY MOVE;", "create_full_put_path on;",
                  "dav_access user:rw group:r all:r;"]
    if site.user:
        users = workdir / f"users{number}"
        users.write_text(f"{site.user}:{{PLAIN}}{site.password}\n")
        lines += ['auth_basic "redaksi";', f"auth_basic_user_file {users};"]
    return "  server {\n    " + "\n    ".join(lines) + "\n  }\n"


def nginx_config(sites: list[Site], workdir: Path) -> Path:
    temp = workdir / "tmp"
    temp.mkdir(exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""
    temps = "".join(f"  {kind}_temp_path {temp / kind};\n"
                    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    body = "".join(_server_block(site, workdir, n) for n, site in enumerate(sites))
    config = workdir / "nginx.conf"
    config.write_text(
        f"daemon off;\n{user}worker_processes 2;\npid {workdir / 'nginx.pid'};\n"
        f"error_log {workdir / 'error.log'} warn;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n  access_log off;\n  default_type application/octet-stream;\n{temps}"
        f"  types {{ text/html html; application/json json; application/xml xml; "
        f"image/jpeg jpg; }}\n{body}}}\n")
    return config


def start_nginx(sites: list[Site], workdir: Path) -> Server:
    require(NGINX)
    workdir.mkdir(parents=True, exist_ok=True)
    config = nginx_config(sites, workdir)
    argv = [NGINX, "-p", str(workdir), "-c", str(config), "-e", str(workdir / "error.log")]
    server = Server(argv, sites[0].port, workdir / "nginx.out").start()
    for site in sites[1:]:
        wait_for_port(site.port, server.proc)
    return server


# --- wsgidav --------------------------------------------------------------------


class WsgiDav:
    """wsgidav + cheroot in a thread of this process: full WebDAV with ETags and If-Match."""

    def __init__(self, root: Path, user: str | None = None, password: str | None = None,
                 delay: float = 0.0) -> None:
        from cheroot import wsgi
        from wsgidav.wsgidav_app import WsgiDAVApp

        self.root, self.port = root, free_port()
        users = {"*": {user: {"password": password}}} if user else {"*": True}
        app = WsgiDAVApp({
            "host": "127.0.0.1", "port": self.port, "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": users}, "verbose": 0,
            "http_authenticator": {"accept_basic": True, "accept_digest": False,
                                   "default_to_digest": False},
            "dir_browser": {"enable": False}, "logging": {"enable_loggers": []},
        })
        self.gate = Gate()
        self.server = wsgi.Server(("127.0.0.1", self.port), _slow(app, delay, self.gate),
                                  numthreads=8)
        self.thread = threading.Thread(target=self.server.safe_start, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> WsgiDav:
        self.thread.start()
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        self.gate.open()
        self.server.stop()
        self.thread.join(5)


class Gate:
    """Stops a server mid-transfer for as long as a test needs, however slow the machine.

    ``close_after("PUT", 1)`` lets one more upload through and then holds every request
    (``holding`` counts those waiting) until ``open()``, or ``timeout`` seconds, so a test
    can check what the client does while it is provably stuck in the middle of a publish.
    """

    def __init__(self, timeout: float = 15.0) -> None:
        self.timeout = timeout
        self.holding = 0
        self.seen: list[str] = []  # the method of every request, in the order they came
        self._open = threading.Event()
        self._open.set()
        self._lock = threading.Lock()
        self._rule: tuple[str, int] | None = None

    def close_after(self, method: str, count: int) -> None:
        with self._lock:
            self._rule = (method, count)

    def open(self) -> None:
        with self._lock:
            self._rule = None
            self._open.set()

    def wait(self, environ: dict) -> None:
        with self._lock:
            self.seen.append(environ.get("REQUEST_METHOD", ""))
            if self._rule is not None and environ.get("REQUEST_METHOD") == self._rule[0]:
                method, left = self._rule
                self._rule = (method, left - 1) if left > 0 else None
                if left == 0:
                    self._open.clear()
            if self._open.is_set():
                return
            self.holding += 1
        self._open.wait(self.timeout)
        with self._lock:
            self.holding -= 1


def _slow(app, delay: float, gate: Gate):
    """A server that takes ``delay`` seconds over every request (a slow link or host), and
    holds requests while its ``gate`` is closed."""

    def slow_app(environ, start_response):
        gate.wait(environ)
        if delay:
            time.sleep(delay)
        return app(environ, start_response)

    return slow_app


# --- TLS ------------------------------------------------------------------------


def make_tls(workdir: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 that can also serve as its own CA bundle."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "redaksi-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = workdir / "cert.pem", workdir / "key.pem"
    workdir.mkdir(parents=True, exist_ok=True)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path
