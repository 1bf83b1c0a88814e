#!/usr/bin/env bash
# Builds the distribution (without tests), unpacks it into run/demo, provisions the demo municipality and starts
# Karaf in the foreground with its shell. Usage: ./demo.sh [--no-build] [--background]
#   --no-build    reuse the last build
#   --background  start Karaf in the background (bin/start) instead of the foreground console
set -euo pipefail
cd "$(dirname "$0")"
build=1; background=0
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --background) background=1 ;;
    *) echo "usage: $0 [--no-build] [--background]" >&2; exit 2 ;;
  esac
done
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  export JAVA_HOME
fi
# documents (資格確認書 …) are printed with IPAex Gothic; install it if missing (Debian/Ubuntu, needs root or sudo)
font=/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf
if [ ! -f "$font" ]; then
  sudo_cmd=""; [ "$(id -u)" != 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq fonts-ipaexfont-gothic >/dev/null \
    || echo "warning: could not install fonts-ipaexfont-gothic; documents cannot be printed until $font exists" >&2
fi
if [ "$build" = 1 ]; then
  mvn -B -q -DskipTests install
fi
dist=$(ls karaf-assembly/target/nhi-platform-*.tar.gz)
run=run/demo
if [ -x "$run/bin/stop" ]; then "$run/bin/stop" >/dev/null 2>&1 || true; fi
rm -rf "$run" && mkdir -p "$run"
tar xzf "$dist" -C "$run" --strip-components=1
# the demo municipality (和光市) and its demo staff; the distribution itself ships no user. Passwords are random
# per run and become SHA-512 digests in users.properties at each user's first login (etc/org.apache.karaf.jaas.cfg).
cp karaf-assembly/src/demo/etc/*.cfg "$run/etc/"
pw() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
clerk_pw=$(pw); supervisor_pw=$(pw); auditor_pw=$(pw); vendor_pw=$(pw)
cat >> "$run/etc/users.properties" <<USERS
demo-clerk = $clerk_pw,_g_:nhi-staff,nhi-clerk@112291
demo-supervisor = $supervisor_pw,_g_:nhi-staff,nhi-supervisor@112291
demo-auditor = $auditor_pw,_g_:nhi-staff,nhi-auditor@112291
demo-vendor = $vendor_pw,_g_:nhi-vendor
USERS
cat <<TXT
Demo municipality 112291 (和光市) is provisioned; its database is $run/data/nhi/tenants/112291.
Demo users (passwords valid for this run only):
  demo-clerk       $clerk_pw   担当者: records and reads eligibility
  demo-supervisor  $supervisor_pw   責任者: as the clerk, plus retries and the operation log
  demo-auditor     $auditor_pw   監査担当: the operation log and the transfer records only
  demo-vendor      $vendor_pw   platform administrator: delivery state, no personal data
The local console below is the platform administrator (no personal data). As the clerk, in another terminal:
  echo 'nhi:person-register --kana ワコウハナコ 112291 000123 1980-01-01 FEMALE 和光花子' | $run/bin/client -u demo-clerk -p $clerk_pw -b
  echo "nhi:acquire --notified 2026-04-13 112291 000123 900001 MOVE_IN 2026-04-10" | $run/bin/client -u demo-clerk -p $clerk_pw -b
  echo "nhi:eligibility 112291 000123 2026-05-01" | $run/bin/client -u demo-clerk -p $clerk_pw -b
  echo "nhi:household 112291 900001 2026-05-01" | $run/bin/client -u demo-clerk -p $clerk_pw -b
As the auditor:
  echo "nhi:audit-search --atena 000123 112291" | $run/bin/client -u demo-auditor -p $auditor_pw -b
  echo "nhi:audit-verify 112291" | $run/bin/client -u demo-auditor -p $auditor_pw -b
In the local console: nhi:tenant-list, nhi:transfer-status
Files for the resident registry appear in $run/data/nhi/transfer/residentregistry/112291/outbound/.
Leave the shell with logout (or Ctrl-D).
TXT
if [ "$background" = 1 ]; then
  "$run/bin/start"
  echo "Started in the background; connect with: $run/bin/client -u demo-clerk -p $clerk_pw"
else
  exec "$run/bin/karaf"
fi
