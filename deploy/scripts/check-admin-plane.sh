#!/usr/bin/env bash
# Checks a running Banyan domain from the outside: beyond loopback only the HTTP and HTTPS
# listeners accept connections, and the admin REST interface refuses a request without credentials
# (and answers one with them). Exits non-zero, saying what is open, when either fails.
# Usage: check-admin-plane.sh PAYARA_HOME DOMAIN [HTTP_PORT HTTPS_PORT ADMIN_PORT]
set -euo pipefail
payara_home=$1
domain=$2
http_port=${3:-8080}
https_port=${4:-8181}
admin_port=${5:-4848}
domain_dir="$payara_home/glassfish/domains/$domain"
pid=$(cat "$domain_dir/config/pid")
failed=0

# every TCP port the server process listens on, and the address it is bound to
mapfile -t listeners < <(ss -ltnpH | grep "pid=$pid," | awk '{print $4}')
echo "listening (server pid $pid): ${listeners[*]}"
# a non-loopback address of this machine, to connect to as another host would
external=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -1)
for listener in "${listeners[@]}"; do
  port=${listener##*:}
  address=${listener%:*}
  case "$address" in
    127.0.0.1|\[::1\]|\[::ffff:127.0.0.1\]) continue ;;
  esac
  if [ "$port" = "$http_port" ] || [ "$port" = "$https_port" ]; then continue; fi
  echo "OPEN beyond loopback: $listener"
  failed=1
done
if [ -n "$external" ]; then
  for listener in "${listeners[@]}"; do
    port=${listener##*:}
    if [ "$port" = "$http_port" ] || [ "$port" = "$https_port" ]; then continue; fi
    if timeout 2 bash -c "exec 3<>/dev/tcp/$external/$port" 2>/dev/null; then
      echo "ACCEPTS a connection on $external:$port"
      failed=1
    fi
  done
  timeout 2 bash -c "exec 3<>/dev/tcp/$external/$http_port" 2>/dev/null || { echo "HTTP does not answer on $external:$http_port"; failed=1; }
fi

status() { # extra header line, or empty
  exec 3<>"/dev/tcp/127.0.0.1/$admin_port"
  printf 'GET /management/domain HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Requested-By: banyan-check\r\nAccept: application/json\r\n%s\r\n' "$1" >&3
  head -1 <&3 | awk '{print $2}'
  exec 3>&-
}
anonymous=$(status "")
echo "admin REST without credentials: HTTP $anonymous"
[ "$anonymous" = 401 ] || failed=1
password=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$domain_dir/config/admin-password")
with=$(status "Authorization: Basic $(printf 'admin:%s' "$password" | base64 -w0)"$'\r\n')
echo "admin REST with the generated password: HTTP $with"
[ "$with" = 200 ] || failed=1
[ "$(stat -c %a "$domain_dir/config/admin-password")" = 600 ] || { echo "the password file is readable by others"; failed=1; }

if [ "$failed" = 0 ]; then echo "admin plane closed"; else echo "admin plane NOT closed"; fi
exit "$failed"
