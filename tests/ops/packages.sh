#!/usr/bin/env bash
# The .deb packages: `cpack -G DEB` builds queue-service and queue-console from the build tree;
# their contents, control data and dependencies are checked; then (as root) queue-service is
# installed with dpkg, its binary answers --version and healthcheck against an instance started
# the way the systemd unit starts it, and it is removed and purged without leftovers. systemd
# units are never started (there may be no systemd); the unit is checked by systemd-analyze.
#   tests/ops/packages.sh SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/lib.sh"
src=$1
build=$2
need cpack dpkg-deb dpkg-shlibdeps apt-cache desktop-file-validate rsvg-convert curl

# 1. Build -----------------------------------------------------------------------------------
out="$OPS_TMP/packages"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$OPS_TMP/cpack.log" 2>&1 \
    || { tail -30 "$OPS_TMP/cpack.log" >&2; fail "cpack -G DEB failed"; }
service_deb=$(ls "$out"/queue-service_*.deb 2>/dev/null | head -1)
console_deb=$(ls "$out"/queue-console_*.deb 2>/dev/null | head -1)
[[ -f $service_deb && -f $console_deb ]] || fail "cpack did not produce queue-service and queue-console .deb files: $(ls "$out")"
pass "cpack -G DEB: $(basename "$service_deb"), $(basename "$console_deb")"

# 2. Contents and control data ---------------------------------------------------------------
field() { dpkg-deb --field "$1" "$2"; }
contents() { dpkg-deb --contents "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
has_file() { contents "$1" | grep -qx "$2" || fail "$(basename "$1") lacks $2"; }

for f in /usr/bin/queue-service /lib/systemd/system/queue-bot.service /etc/queue-bot/queue-bot.env \
    /usr/share/doc/queue-service/copyright /usr/share/doc/queue-service/nginx/queue-bot.conf; do
    has_file "$service_deb" "$f"
done
for f in /usr/bin/queue-console /usr/share/applications/queue-console.desktop \
    /usr/share/icons/hicolor/scalable/apps/queue-console.svg; do
    has_file "$console_deb" "$f"
done

mkdir -p "$OPS_TMP/control"
dpkg-deb --control "$service_deb" "$OPS_TMP/control"
for script in postinst prerm postrm; do
    [[ -x $OPS_TMP/control/$script ]] || fail "queue-service: maintainer script $script missing or not executable"
    sh -n "$OPS_TMP/control/$script" || fail "queue-service: $script is not valid sh"
done
grep -qx /etc/queue-bot/queue-bot.env "$OPS_TMP/control/conffiles" || fail "queue-service: /etc/queue-bot/queue-bot.env is not a conffile"

# Dependencies: dpkg-shlibdeps found the linked Qt libraries; the run-time plugin and tools are
# declared; every name is a Debian package apt knows.
service_depends=$(field "$service_deb" Depends)
console_depends=$(field "$console_deb" Depends)
for dep in libqt6core6 libqt6network6 libqt6sql6 libqt6httpserver6 libqt6sql6-sqlite libprometheus-cpp-core1.0 adduser; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$service_depends" || fail "queue-service Depends lacks $dep: $service_depends"
done
for dep in libqt6widgets6 libqt6core6 qt6-qpa-plugins; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$console_depends" || fail "queue-console Depends lacks $dep: $console_depends"
done
for dep in $(sed 's/([^)]*)//g; s/|/,/g; s/,/ /g' <<<"$service_depends $console_depends" | tr ' ' '\n' | sort -u); do
    apt-cache show "$dep" >/dev/null 2>&1 || fail "dependency $dep is not a Debian package apt knows"
done
pass "queue-service Depends: $service_depends"
pass "queue-console Depends: $console_depends"

# The console's desktop entry and icon, checked by their own tools, from the package itself.
mkdir -p "$OPS_TMP/console"
dpkg-deb -x "$console_deb" "$OPS_TMP/console"
desktop-file-validate "$OPS_TMP/console/usr/share/applications/queue-console.desktop" || fail "desktop-file-validate rejects queue-console.desktop"
grep -qx 'Exec=queue-console' "$OPS_TMP/console/usr/share/applications/queue-console.desktop" || fail "desktop entry must run queue-console"
grep -qx 'Icon=queue-console' "$OPS_TMP/console/usr/share/applications/queue-console.desktop" || fail "desktop entry must use the queue-console icon"
rsvg-convert -w 128 -h 128 -o "$OPS_TMP/icon.png" "$OPS_TMP/console/usr/share/icons/hicolor/scalable/apps/queue-console.svg" \
    || fail "the console icon is not a valid SVG"
pass "queue-console: desktop-file-validate ok, icon renders (rsvg-convert)"

unit="$src/installer/deb/queue-bot.service"
for line in User=queue-bot NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/queue-bot \
    EnvironmentFile=/etc/queue-bot/queue-bot.env 'ExecStart=/usr/bin/queue-service serve' KillSignal=SIGTERM; do
    grep -qx "$line" "$unit" || fail "queue-bot.service lacks $line"
done

# systemd's own rating of the sandbox (0 = fully locked down, 100 = none; "OK" under 20).
if command -v systemd-analyze >/dev/null; then
    systemd-analyze security --offline=true --threshold=20 "$unit" >"$OPS_TMP/security.log" 2>&1 \
        || { tail -3 "$OPS_TMP/security.log" >&2; fail "systemd-analyze security rates queue-bot.service above 2.0"; }
    pass "systemd-analyze security: $(grep -o 'Overall exposure level.*' "$OPS_TMP/security.log")"
fi

# 3. Install, run, remove (root only) --------------------------------------------------------
[[ $(id -u) -eq 0 ]] || skip "not root: the packages were built and checked, but dpkg -i needs root (CI runs as root)"
if dpkg-query -W -f='${Status}' queue-service 2>/dev/null | grep -q 'installed'; then
    skip "queue-service is already installed on this machine; not touching it"
fi
getent passwd queue-bot >/dev/null && skip "a queue-bot user already exists on this machine; not touching it"
[[ -e /etc/queue-bot || -e /var/lib/queue-bot ]] && skip "/etc/queue-bot or /var/lib/queue-bot exists; not touching it"

# dpkg refuses while apt or another dpkg holds its lock: wait for it (at most 2 minutes).
dpkg_locked() {
    local log="$OPS_TMP/dpkg.log" i
    for i in $(seq 1 60); do
        if "$@" >"$log" 2>&1; then return 0; fi
        grep -qi 'lock' "$log" || { cat "$log" >&2; return 1; }
        sleep 2
    done
    cat "$log" >&2
    return 1
}
installed=""
purge_on_exit() {
    if [[ -n $installed ]]; then
        dpkg_locked dpkg --purge queue-service || true
    fi
    ops_cleanup
}
trap purge_on_exit EXIT

installed=yes
dpkg_locked dpkg -i "$service_deb" || fail "dpkg -i $(basename "$service_deb") failed"
dpkg-query -W -f='${Status}' queue-service | grep -q 'install ok installed' || fail "dpkg does not report queue-service installed"
pass "dpkg -i queue-service: installed"

version=$(/usr/bin/queue-service --version)
grep -q "$(field "$service_deb" Version | sed 's/-[0-9]*$//')" <<<"$version" || fail "installed queue-service --version says: $version"
pass "/usr/bin/queue-service --version: $version"

uid=$(id -u queue-bot) || fail "postinst did not create the queue-bot user"
((uid < 1000)) || fail "queue-bot is not a system user (uid $uid)"
[[ $(stat -c '%U:%G %a' /var/lib/queue-bot) == "queue-bot:queue-bot 750" ]] || fail "/var/lib/queue-bot: $(stat -c '%U:%G %a' /var/lib/queue-bot)"
[[ $(stat -c '%U:%G %a' /etc/queue-bot/queue-bot.env) == "root:queue-bot 640" ]] || fail "/etc/queue-bot/queue-bot.env: $(stat -c '%U:%G %a' /etc/queue-bot/queue-bot.env)"
pass "postinst: system user queue-bot (uid $uid), /var/lib/queue-bot 750, queue-bot.env root:queue-bot 640"

if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /lib/systemd/system/queue-bot.service >"$OPS_TMP/verify.log" 2>&1 \
        || { cat "$OPS_TMP/verify.log" >&2; fail "systemd-analyze verify rejects queue-bot.service"; }
    ! grep -i 'queue-bot.service' "$OPS_TMP/verify.log" || fail "systemd-analyze verify warns about queue-bot.service"
    pass "systemd-analyze verify queue-bot.service"
else
    note "systemd-analyze not available: unit file not verified by systemd"
fi

# Run it as the unit does: the queue-bot user, the installed env file, /var/lib/queue-bot as the
# working directory (only the port differs, to stay clear of anything on 8080). setpriv execs,
# so the signal below reaches queue-service itself.
port=$(free_port)
(
    cd /var/lib/queue-bot
    set -a
    # shellcheck disable=SC1091
    . /etc/queue-bot/queue-bot.env
    set +a
    export HTTP_PORT=$port
    exec setpriv --reuid=queue-bot --regid=queue-bot --init-groups -- /usr/bin/queue-service serve
) >"$OPS_TMP/installed.log" 2>&1 &
run_pid=$!
OPS_PIDS+=("$run_pid")
for i in $(seq 1 300); do
    curl -s -o /dev/null "http://127.0.0.1:$port/health/live" && break
    kill -0 "$run_pid" 2>/dev/null || { cat "$OPS_TMP/installed.log" >&2; fail "the installed queue-service exited at start"; }
    sleep 0.1
done
healthcheck() {
    env -i HTTP_HOST=127.0.0.1 HTTP_PORT="$port" setpriv --reuid=queue-bot --regid=queue-bot --init-groups -- \
        /usr/bin/queue-service healthcheck "$@"
}
answer=$(healthcheck) || fail "installed queue-service healthcheck (HTTP_PORT=$port) failed: $answer"
answer_url=$(healthcheck --url "http://127.0.0.1:$port/health") || fail "healthcheck --url failed: $answer_url"
pass "healthcheck against the running instance: $answer"
[[ $(stat -c '%U' /var/lib/queue-bot/queue.db) == queue-bot ]] || fail "the database was not created by queue-bot in /var/lib/queue-bot"
pass "the service runs as queue-bot with its data in /var/lib/queue-bot"

kill -TERM "$run_pid"
wait "$run_pid" || fail "the installed queue-service did not exit 0 on SIGTERM"
if answer=$(healthcheck); then fail "healthcheck says healthy with the service stopped: $answer"; fi
pass "stopped with SIGTERM (exit 0); healthcheck then exits 1: $answer"

# Remove keeps the conffile and the data, purge removes everything the package made.
dpkg_locked dpkg -r queue-service || fail "dpkg -r queue-service failed"
[[ ! -e /usr/bin/queue-service && ! -e /lib/systemd/system/queue-bot.service ]] || fail "dpkg -r left the binary or the unit behind"
[[ -f /etc/queue-bot/queue-bot.env && -d /var/lib/queue-bot ]] || fail "dpkg -r must keep the settings file and the data"
dpkg_locked dpkg --purge queue-service || fail "dpkg --purge queue-service failed"
installed=""
for path in /usr/bin/queue-service /lib/systemd/system/queue-bot.service /etc/queue-bot /var/lib/queue-bot /usr/share/doc/queue-service; do
    [[ ! -e $path ]] || fail "purge left $path behind"
done
! getent passwd queue-bot >/dev/null || fail "purge left the queue-bot user behind"
! getent group queue-bot >/dev/null || fail "purge left the queue-bot group behind"
! dpkg-query -W -f='${Status}' queue-service 2>/dev/null | grep -q installed || fail "dpkg still lists queue-service"
pass "dpkg -r keeps settings and data; dpkg --purge removes binary, unit, settings, data, user"
