#!/usr/bin/env bash
# Creates the SCRAM users of the five services and applies deploy/kafka/acls.txt (one grant per line) to a
# broker with SASL/SCRAM and StandardAuthorizer (allow.everyone.if.no.acl.found=false). Run with Kafka's
# tools on the PATH (the apache/kafka image: /opt/kafka/bin) beside the broker, on its loopback admin
# listener (compose: the kafka-setup container shares the broker's network; Kubernetes: the acl-setup
# container of the kafka pod):
#   BOOTSTRAP=localhost:9095 ACLS=deploy/kafka/acls.txt \
#   KAFKA_PASSWORD_COMPLAINT_SERVICE=… KAFKA_PASSWORD_FEEDBACK_SERVICE=… … deploy/kafka/kafka-acls.sh
# On a managed cluster set BOOTSTRAP to it and CONFIG to an admin client config (security.protocol=SASL_SSL,
# sasl.mechanism=SCRAM-SHA-512, sasl.jaas.config=…ScramLoginModule required username="…" password="…";).
# Re-running is safe: users are upserted, an existing ACL is not added twice. The same file is proven on a
# real broker by deploy/local-infra's KafkaAclsTest. The local stack's broker (loopback only) has no
# authentication, so nothing here applies to it.
set -euo pipefail
BOOTSTRAP="${BOOTSTRAP:-localhost:9095}"
ACLS="${ACLS:-$(dirname "$0")/acls.txt}"
PATH="/opt/kafka/bin:$PATH"
admin=(--bootstrap-server "$BOOTSTRAP")
[[ -n "${CONFIG:-}" ]] && admin+=(--command-config "$CONFIG")

# With PARTITIONS set, the topics first (clients may not create them): each topic and its DLT alike.
if [[ -n "${PARTITIONS:-}" ]]; then
  for topic in complaints feedback kpi training notifications; do
    for suffix in "" .DLT; do
      kafka-topics.sh "${admin[@]}" --create --if-not-exists --topic "serviceops.$topic.v1$suffix" \
        --partitions "$PARTITIONS" ${REPLICATION:+--replication-factor "$REPLICATION"}
    done
  done
  # The customer keys (crypto-shredding, docs/privacy.md): compacted, tombstones kept, no DLT.
  kafka-topics.sh "${admin[@]}" --create --if-not-exists --topic serviceops.customer-keys.v1 \
    --partitions "$PARTITIONS" ${REPLICATION:+--replication-factor "$REPLICATION"} \
    --config cleanup.policy=compact --config delete.retention.ms=9223372036854775807 \
    --config min.cleanable.dirty.ratio=0.01 --config segment.ms=3600000
fi

# One SCRAM-SHA-512 user per service, password from KAFKA_PASSWORD_<SERVICE> (e.g. KAFKA_PASSWORD_KPI_SERVICE).
for service in complaint-service feedback-service kpi-service training-service notification-service; do
  var="KAFKA_PASSWORD_$(echo "$service" | tr 'a-z-' 'A-Z_')"
  password="${!var:?set $var}"
  kafka-configs.sh "${admin[@]}" --alter --entity-type users \
    --entity-name "$service" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
done

while read -r principal permission operation resource pattern name; do
  [[ -z "$principal" || "$principal" == \#* ]] && continue
  [[ "$permission" == ALLOW ]] && who=(--allow-principal "User:$principal") || who=(--deny-principal "User:$principal")
  target=(--topic "$name"); [[ "$resource" == GROUP ]] && target=(--group "$name")
  operation="${operation,,}"
  kafka-acls.sh "${admin[@]}" --add --force "${who[@]}" \
    --operation "${operation^}" "${target[@]}" --resource-pattern-type "${pattern,,}"
done < "$ACLS"
