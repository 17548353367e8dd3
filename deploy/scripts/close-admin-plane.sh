#!/usr/bin/env bash
# Closes everything of a Payara domain that Banyan does not use, and binds what stays to loopback.
# Usage: close-admin-plane.sh PAYARA_HOME ADMIN_PORT   (the domain must be running; restart it after)
#
# Out of the box a Payara 6 domain listens on every interface with a JMX connector that asks for
# no credentials, IIOP (plain and two SSL listeners), JMS, the Hazelcast data grid and the H2 TCP
# server of its EJB timer database (AUTO_SERVER, a random port). After this and a restart only
# the HTTP and HTTPS listeners accept connections beyond loopback; the admin listener is on
# 127.0.0.1. The admin password itself is set by admin-password.sh.
#
# BANYAN_ASADMIN_PASSWORD_FILE: the domain's admin password as asadmin reads it, once it has one.
set -euo pipefail
payara_home=$1
admin_port=$2
auth=""
if [ -n "${BANYAN_ASADMIN_PASSWORD_FILE:-}" ]; then auth="--user admin --passwordfile $BANYAN_ASADMIN_PASSWORD_FILE"; fi
asadmin="$payara_home/bin/asadmin --port $admin_port --interactive=false $auth"
config=configs.config.server-config

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cat > "$commands" <<CMDS
set $config.admin-service.jmx-connector.system.enabled=false
set $config.admin-service.jmx-connector.system.address=127.0.0.1
set $config.iiop-service.iiop-listener.orb-listener-1.enabled=false
set $config.iiop-service.iiop-listener.SSL.enabled=false
set $config.iiop-service.iiop-listener.SSL_MUTUALAUTH.enabled=false
set $config.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1
set $config.iiop-service.iiop-listener.SSL.address=127.0.0.1
set $config.iiop-service.iiop-listener.SSL_MUTUALAUTH.address=127.0.0.1
set $config.jms-service.type=DISABLED
set $config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1
set-hazelcast-configuration --enabled=false --dynamic=false
CMDS
$asadmin multimode --file "$commands" >/dev/null
# The timer database stays embedded, but without the TCP server H2 opens for other processes.
# shellcheck disable=SC2016
$asadmin set 'resources.jdbc-connection-pool.__TimerPool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer' >/dev/null
# shellcheck disable=SC2016
$asadmin set 'resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default' >/dev/null 2>&1 || true
echo "Payara on admin port $admin_port: only HTTP(S) beyond loopback after the next restart"
