#!/usr/bin/env bash
# Applies Banyan's server configuration to a running Payara domain.
# Usage: configure-domain.sh PAYARA_HOME ADMIN_PORT
# Database (environment):
#   BANYAN_DB            h2 (default, embedded file database) or mysql
#   BANYAN_DB_URL        JDBC URL; default for h2 is a file under BANYAN_DATA, for mysql
#                        jdbc:mysql://127.0.0.1:3306/banyan
#   BANYAN_DB_USER / BANYAN_DB_PASSWORD
#   BANYAN_DATA          where the h2 file lives (default ~/.banyan)
# Application settings (MicroProfile Config, stored in the domain):
#   BANYAN_BASE_URL, BANYAN_SMTP_HOST, BANYAN_SMTP_PORT, BANYAN_SMTP_FROM,
#   BANYAN_SMTP_USER, BANYAN_SMTP_PASSWORD, BANYAN_DEMO_SEED (true|false),
#   BANYAN_ADMIN_EMAIL, BANYAN_ADMIN_PASSWORD (the first platform admin, created once)
set -euo pipefail
payara_home=$1
admin_port=$2
# BANYAN_ASADMIN_PASSWORD_FILE: the domain's admin password as asadmin reads it (AS_ADMIN_PASSWORD=…)
admin_password_file=${BANYAN_ASADMIN_PASSWORD_FILE:-}
auth=""
if [ -n "$admin_password_file" ]; then auth="--user admin --passwordfile $admin_password_file"; fi
asadmin="$payara_home/bin/asadmin --port $admin_port --interactive=false $auth"

# Secrets go to the domain's password alias store (encrypted by its master password), never into
# domain.xml: MicroProfile Config reads an alias under its own name, a JDBC pool as ${ALIAS=name}.
keep_secret() { # name value
  local file
  file=$(mktemp)
  chmod 600 "$file"
  { [ -n "$admin_password_file" ] && cat "$admin_password_file"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2"; } > "$file"
  "$payara_home/bin/asadmin" --port "$admin_port" --interactive=false --user admin --passwordfile "$file" delete-password-alias "$1" >/dev/null 2>&1 || true
  "$payara_home/bin/asadmin" --port "$admin_port" --interactive=false --user admin --passwordfile "$file" create-password-alias "$1" >/dev/null
  rm -f "$file"
}

db=${BANYAN_DB:-h2}
case "$db" in
  h2)
    data_dir=${BANYAN_DATA:-$HOME/.banyan}
    mkdir -p "$data_dir"
    data_dir=$(cd "$data_dir" && pwd) # H2 refuses a path relative to the server's working directory
    # WRITE_DELAY=0: a commit is on disk when it returns; H2 otherwise writes up to 500 ms later and
    # a server killed in between loses answers it had already confirmed as "Saved"
    url=${BANYAN_DB_URL:-"jdbc:h2:file:$data_dir/banyan;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0"}
    ds_class=org.h2.jdbcx.JdbcDataSource
    user=${BANYAN_DB_USER:-banyan}
    password=${BANYAN_DB_PASSWORD:-banyan}
    ;;
  mysql)
    url=${BANYAN_DB_URL:-"jdbc:mysql://127.0.0.1:3306/banyan?createDatabaseIfNotExist=true"}
    ds_class=com.mysql.cj.jdbc.MysqlDataSource
    user=${BANYAN_DB_USER:-root}
    password=${BANYAN_DB_PASSWORD:-}
    ;;
  *) echo "BANYAN_DB must be h2 or mysql, not '$db'" >&2; exit 2 ;;
esac

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' <<<"$1"; }

pool_password=""
if [ -n "$password" ]; then
  keep_secret banyan.db.password "$password"
  pool_password='${ALIAS=banyan.db.password}'
fi

resources=$(mktemp --suffix=.xml)
trap 'rm -f "$resources"' EXIT
cat > "$resources" <<XML
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
  <jdbc-connection-pool name="banyanPool" res-type="javax.sql.DataSource"
      datasource-classname="$ds_class"
      steady-pool-size="8" max-pool-size="48" pool-resize-quantity="4"
      statement-cache-size="200" is-connection-validation-required="true"
      connection-validation-method="meta-data" fail-all-connections="true"
      non-transactional-connections="false">
    <property name="url" value="$(xml_escape "$url")"/>
    <property name="user" value="$(xml_escape "$user")"/>
    <property name="password" value="$pool_password"/>
  </jdbc-connection-pool>
  <jdbc-resource pool-name="banyanPool" jndi-name="jdbc/banyan"/>
  <!-- outside JTA: EclipseLink allocates ids through it in short transactions of their own -->
  <jdbc-connection-pool name="banyanNonTxPool" res-type="javax.sql.DataSource"
      datasource-classname="$ds_class"
      steady-pool-size="1" max-pool-size="8" pool-resize-quantity="1"
      is-connection-validation-required="true" connection-validation-method="meta-data"
      fail-all-connections="true" non-transactional-connections="true">
    <property name="url" value="$(xml_escape "$url")"/>
    <property name="user" value="$(xml_escape "$user")"/>
    <property name="password" value="$pool_password"/>
  </jdbc-connection-pool>
  <jdbc-resource pool-name="banyanNonTxPool" jndi-name="jdbc/banyan-nontx"/>
</resources>
XML

for resource in jdbc/banyan jdbc/banyan-nontx; do $asadmin delete-jdbc-resource "$resource" >/dev/null 2>&1 || true; done
for pool in banyanPool banyanNonTxPool; do $asadmin delete-jdbc-connection-pool "$pool" >/dev/null 2>&1 || true; done
$asadmin add-resources "$resources"

commands=$(mktemp)
cat > "$commands" <<CMDS
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false
set-config-property --source=domain --propertyName=banyan.base-url --propertyValue=${BANYAN_BASE_URL:-http://localhost:8080}
set-config-property --source=domain --propertyName=banyan.demo.seed --propertyValue=${BANYAN_DEMO_SEED:-false}
set-config-property --source=domain --propertyName=banyan.smtp.host --propertyValue=${BANYAN_SMTP_HOST:-none}
set-config-property --source=domain --propertyName=banyan.smtp.port --propertyValue=${BANYAN_SMTP_PORT:-25}
set-config-property --source=domain --propertyName=banyan.smtp.from --propertyValue=${BANYAN_SMTP_FROM:-banyan@localhost}
CMDS
if [ -n "${BANYAN_ADMIN_EMAIL:-}" ]; then
  echo "set-config-property --source=domain --propertyName=banyan.admin.email --propertyValue=$BANYAN_ADMIN_EMAIL" >> "$commands"
fi
if [ -n "${BANYAN_SMTP_USER:-}" ]; then
  echo "set-config-property --source=domain --propertyName=banyan.smtp.user --propertyValue=$BANYAN_SMTP_USER" >> "$commands"
fi
$asadmin multimode --file "$commands" >/dev/null
rm -f "$commands"
# earlier versions kept these in domain.xml in plain text
for old in banyan.admin.password banyan.smtp.password; do
  $asadmin delete-config-property --source=domain --propertyName=$old >/dev/null 2>&1 || true
done
if [ -n "${BANYAN_ADMIN_EMAIL:-}" ]; then keep_secret banyan.admin.password "$BANYAN_ADMIN_PASSWORD"; fi
if [ -n "${BANYAN_SMTP_USER:-}" ]; then keep_secret banyan.smtp.password "$BANYAN_SMTP_PASSWORD"; fi
echo "Payara on admin port $admin_port configured for $db"
