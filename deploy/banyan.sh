#!/usr/bin/env bash
# Builds Banyan, starts Payara Server 6 and deploys it: ./deploy/banyan.sh [start|stop|status]
#
#   start   build (mvn install, tests skipped), start the domain, configure it, deploy the EAR,
#           wait for http://localhost:8080/ and print the demo sign-ins. The default.
#   stop    stop the domain.
#   status  say whether it runs.
#
# Database: embedded H2 in ~/.banyan (survives restarts) unless BANYAN_DB=mysql, then
# BANYAN_DB_URL / BANYAN_DB_USER / BANYAN_DB_PASSWORD (default jdbc:mysql://127.0.0.1:3306/banyan,
# root, empty). See deploy/scripts/configure-domain.sh for every setting.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
payara="$root/deploy/target/payara6"
domain=domain1
# Payara's admin user gets a generated password at the first start, kept here for its owner only
password_file="$payara/glassfish/domains/$domain/config/admin-password"
asadmin="$payara/bin/asadmin --interactive=false"
authenticated() { if [ -f "$password_file" ]; then echo "$asadmin --user admin --passwordfile $password_file"; else echo "$asadmin"; fi; }
url=http://localhost:8080/

running() { $asadmin list-domains 2>/dev/null | grep -q "^$domain running"; }

case "${1:-start}" in
  stop)
    if [ -x "$payara/bin/asadmin" ] && running; then $(authenticated) stop-domain "$domain"; else echo "Banyan is not running"; fi
    exit 0 ;;
  status)
    if [ -x "$payara/bin/asadmin" ] && running; then echo "Banyan is running at $url"; else echo "Banyan is not running"; fi
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac

if [ "${BANYAN_SKIP_BUILD:-false}" != true ]; then
  echo "Building Banyan (tests skipped; run them with: mvn verify)..."
  (cd "$root" && mvn -q -B -DskipTests -DskipITs install)
fi

export BANYAN_DEMO_SEED=${BANYAN_DEMO_SEED:-true}
export BANYAN_ADMIN_EMAIL=${BANYAN_ADMIN_EMAIL:-admin@banyan.test}
export BANYAN_ADMIN_PASSWORD=${BANYAN_ADMIN_PASSWORD:-banyan-admin-2026}

config_dir="$payara/glassfish/domains/$domain/config"
first_start=false
if [ ! -f "$config_dir/.banyan-configured" ]; then first_start=true; fi

running || $(authenticated) start-domain "$domain" >/dev/null
bash "$root/deploy/scripts/admin-password.sh" "$payara" 4848 "$password_file"
export BANYAN_ASADMIN_PASSWORD_FILE="$password_file"
asadmin=$(authenticated)
bash "$root/deploy/scripts/configure-domain.sh" "$payara" 4848
restart=false
if [ ! -f "$config_dir/.banyan-admin-plane-closed" ]; then
  # JMX, IIOP, JMS, the data grid and the timer database's TCP server off; admin on loopback
  bash "$root/deploy/scripts/close-admin-plane.sh" "$payara" 4848 >/dev/null
  restart=true
fi
if $first_start; then
  # settings that need a restart: a bigger heap, UTC
  $asadmin delete-jvm-options -Xmx512m >/dev/null 2>&1 || true
  $asadmin create-jvm-options -Xmx1g >/dev/null 2>&1 || true
  $asadmin create-jvm-options -Duser.timezone=UTC >/dev/null 2>&1 || true
  restart=true
fi
if $restart; then
  $asadmin restart-domain "$domain" >/dev/null
  touch "$config_dir/.banyan-configured" "$config_dir/.banyan-admin-plane-closed"
fi

$asadmin deploy --force=true --name banyan "$root/ear/target/banyan.ear" >/dev/null

# start-domain and deploy return before the application answers: wait for it (JDK only, no curl)
if ! java "$root/deploy/scripts/WaitForHttp.java" "$url" 180; then
  echo "Banyan did not answer at $url; see $payara/glassfish/domains/$domain/logs/server.log" >&2
  exit 1
fi

cat <<INFO

Banyan is up at $url  (database: ${BANYAN_DB:-h2}; stop with: ./deploy/banyan.sh stop)

  Platform admin   ${url}login.xhtml           $BANYAN_ADMIN_EMAIL / $BANYAN_ADMIN_PASSWORD
  Payara admin     http://127.0.0.1:4848/      user admin, password in $password_file
INFO
if [ "$BANYAN_DEMO_SEED" = true ]; then
cat <<INFO
  Demo Consulting  ${url}t/demo/login         olivia@demo.test (owner), carlos@demo.test (consultant),
                                                 ines@demo.test (instructor), ana@panaderia-sol.test (client)
  Northwind        ${url}t/northwind/login    nora@northwind.test (owner), hugo@harbour-cafe.test (client)
  Password for every demo account: banyan-demo-2026
  Mail is not sent (no SMTP configured): read it at ${url}admin/mail.xhtml as platform admin.
INFO
fi
