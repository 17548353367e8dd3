#!/usr/bin/env bash
# Gives a running domain's admin user a password when it has none, and keeps it for its owner.
# Usage: admin-password.sh PAYARA_HOME ADMIN_PORT PASSWORD_FILE [PASSWORD]
#
# Without PASSWORD one is generated. The password goes to PASSWORD_FILE as asadmin reads it
# (AS_ADMIN_PASSWORD=...), created readable by its owner only, and is printed once, when it is
# set. When PASSWORD_FILE exists the domain has its password already and is left alone: the file
# is how its owner finds it again.
# asadmin on the same machine and account keeps working without it (Payara's local password);
# the admin console and the admin REST interface ask for it.
set -euo pipefail
payara_home=$1
admin_port=$2
password_file=$3
asadmin="$payara_home/bin/asadmin --port $admin_port --interactive=false"

[ -f "$password_file" ] && exit 0
password=${4:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | cut -c1-24)}
change=$(mktemp)
trap 'rm -f "$change"' EXIT
chmod 600 "$change"
printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" > "$change"
if ! $asadmin --user admin --passwordfile "$change" change-admin-password >/dev/null; then
  echo "The admin user of the domain on port $admin_port has a password, but $password_file is gone." >&2
  echo "Set a new one with: asadmin --port $admin_port change-admin-password, then write it to that file." >&2
  exit 1
fi
(umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$password_file")
if [ -z "${4:-}" ]; then
  cat <<INFO
Payara's admin user now has a password (shown this once; kept in $password_file, readable by you only):
  user admin   password $password
INFO
fi
