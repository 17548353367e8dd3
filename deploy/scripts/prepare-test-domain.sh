#!/usr/bin/env bash
# Creates (once) and configures the domain the integration tests run on, and leaves it running
# with that configuration: the service tests (Arquillian) and then the browser tests deploy to
# it as it is, instead of each stopping and starting it again; the browser tests stop it when
# they are done. A build that runs only the service tests leaves it running; the next build
# restarts it.
# Its ports start at 18000 (HTTP 18080, admin 18048) so the tests never collide
# with a Banyan started by the run command on 8080/4848.
set -euo pipefail
payara_home=$1
domain=$2
test_admin_password=$3
admin_port=18048
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$payara_home/bin/asadmin --interactive=false"

# The same closed admin plane as the run command's domain: an admin password (Arquillian signs in
# with it), JMX, IIOP, JMS and the data grid off. A domain of an earlier build without a password
# is thrown away: it holds nothing but test data.
password_file="$payara_home/glassfish/domains/$domain/config/admin-password"
if [ -d "$payara_home/glassfish/domains/$domain" ] && [ ! -f "$password_file" ]; then
  $asadmin stop-domain "$domain" >/dev/null 2>&1 || true
  $asadmin delete-domain "$domain" >/dev/null
fi
if [ ! -d "$payara_home/glassfish/domains/$domain" ]; then
  created=$(mktemp)
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$test_admin_password" > "$created")
  $asadmin --user admin --passwordfile "$created" create-domain --portbase 18000 "$domain" >/dev/null
  mv "$created" "$password_file"
fi
export BANYAN_ASADMIN_PASSWORD_FILE="$password_file"
asadmin="$asadmin --user admin --passwordfile $password_file"
$asadmin stop-domain "$domain" >/dev/null 2>&1 || true
if [ "${BANYAN_DB:-h2}" = h2 ]; then
  # the run command's own H2 file settings, in a fresh folder: every test run begins on an empty
  # schema, and a test that kills the server finds what was committed before it died
  export BANYAN_DATA="$payara_home/glassfish/domains/$domain/banyan-data"
  rm -rf "$BANYAN_DATA"
fi
$asadmin start-domain "$domain" >/dev/null
trap '$asadmin stop-domain "$domain" >/dev/null 2>&1 || true' ERR
bash "$here/close-admin-plane.sh" "$payara_home" "$admin_port"
# an earlier run that was stopped half-way leaves its deployments behind; Arquillian deploys its own
for app in $($asadmin list-applications --terse 2>/dev/null | awk '{print $1}'); do
  $asadmin undeploy "$app" >/dev/null 2>&1 || true
done

export BANYAN_BASE_URL=http://localhost:18080
export BANYAN_SMTP_HOST=127.0.0.1
export BANYAN_SMTP_PORT=3025
# the demo the run command seeds, on the run's empty database: the first deployment of the run
# (a service test's archive or the EAR) writes it, and GuidedTourIT follows the README's tour
# through it; every other test makes a consultancy of its own
export BANYAN_DEMO_SEED=true
export BANYAN_ADMIN_EMAIL=admin@banyan.test
export BANYAN_ADMIN_PASSWORD=admin-password-for-tests
bash "$here/configure-domain.sh" "$payara_home" "$admin_port"
$asadmin --port "$admin_port" delete-jvm-options -Xmx512m >/dev/null 2>&1 || true
$asadmin --port "$admin_port" create-jvm-options -Xmx1g >/dev/null 2>&1 || true
# the closed admin plane and the JVM options take effect on a restart
$asadmin restart-domain "$domain" >/dev/null
