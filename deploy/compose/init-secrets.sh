#!/usr/bin/env bash
# Writes what docker-compose.yml needs and nothing commits: deploy/compose/.env (random passwords for
# MongoDB's root and per-service users, the Kafka SCRAM users and the identity key ring) and
# deploy/compose/tls/ (a CA, MongoDB's server certificate for the names mongo and localhost, the replica
# set's key file). Keeps what exists, so running it again changes nothing; delete a file to renew it.
# Needs openssl.
set -euo pipefail
cd "$(dirname "$0")"
umask 077
secret() { head -c 36 /dev/urandom | base64 | tr -d '=+/\n'; }

if [[ ! -f .env ]]; then
  {
    echo "MONGO_ROOT_PASSWORD=$(secret)"
    for db in COMPLAINTS FEEDBACK KPI TRAINING NOTIFICATIONS GATEWAY; do echo "MONGO_PASSWORD_$db=$(secret)"; done
    for service in COMPLAINT_SERVICE FEEDBACK_SERVICE KPI_SERVICE TRAINING_SERVICE NOTIFICATION_SERVICE; do
      echo "KAFKA_PASSWORD_$service=$(secret)"
    done
    echo "SERVICEOPS_IDENTITY_KEYS=compose-$(date +%Y%m):$(secret)$(secret)"
  } > .env
  echo "wrote deploy/compose/.env"
fi

mkdir -p tls && chmod 755 tls   # mongod (uid 999) reads ca.pem in it; the keys stay 600
if [[ ! -f tls/ca.pem ]]; then
  openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "/CN=serviceops compose CA" \
    -keyout tls/ca.key -out tls/ca.pem 2>/dev/null
  openssl req -newkey rsa:3072 -nodes -subj "/CN=mongo" -keyout tls/mongo.key -out tls/mongo.csr 2>/dev/null
  openssl x509 -req -in tls/mongo.csr -CA tls/ca.pem -CAkey tls/ca.key -CAcreateserial -days 825 \
    -extfile <(printf 'subjectAltName=DNS:mongo,DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth') \
    -out tls/mongo.crt 2>/dev/null
  cat tls/mongo.key tls/mongo.crt > tls/mongo.pem
  rm -f tls/mongo.csr tls/mongo.key tls/mongo.crt tls/ca.srl
  # The services read the CA certificate as uid 65532; it is public.
  chmod 644 tls/ca.pem
  echo "wrote deploy/compose/tls/ (CA, MongoDB certificate)"
fi
[[ -f tls/replica.key ]] || { head -c 756 /dev/urandom | base64 > tls/replica.key; echo "wrote deploy/compose/tls/replica.key"; }
