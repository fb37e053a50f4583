#!/usr/bin/env bash
# Kafka ACLs for a broker with authentication (SASL or mTLS principals User:<service>) and
#   authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
#   allow.everyone.if.no.acl.found=false
# The notifications topic carries customers' (and staff members') contact data: only complaint-service, feedback-service and training-service
# may write it and only notification-service may read it (and park poison records on its DLT). The
# general topics stay readable by every service. The local stack's broker has no authentication, so
# nothing here applies to it. The privacy topic (personal-data requests) is restricted too, at the end.
#
#   BOOTSTRAP=kafka:9092 CONFIG=admin.properties deploy/kafka-acls.sh
set -euo pipefail
BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
CONFIG="${CONFIG:-admin.properties}"
acl() { kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add "$@"; }

NOTIFICATIONS=serviceops.notifications.v1
for producer in complaint-service feedback-service training-service; do
  acl --allow-principal "User:$producer" --producer --topic "$NOTIFICATIONS" --idempotent
done
acl --allow-principal User:notification-service --consumer --topic "$NOTIFICATIONS" --group notification-service
acl --allow-principal User:notification-service --producer --topic "$NOTIFICATIONS.DLT"

# Every service reads the general topics it consumes and writes its own; notification-service reads all of
# them (webhooks) and writes only the dead-letter topics.
for service in complaint-service feedback-service kpi-service training-service notification-service; do
  acl --allow-principal "User:$service" --consumer --topic serviceops. --resource-pattern-type prefixed \
    --group "$service"
done
for pair in complaint-service:complaints feedback-service:feedback kpi-service:kpi training-service:training; do
  acl --allow-principal "User:${pair%%:*}" --producer --topic "serviceops.${pair##*:}.v1" --idempotent
done
# A consumer parks poison records on <topic>.DLT of the topics it reads.
for service in complaint-service feedback-service kpi-service training-service notification-service; do
  for topic in complaints feedback kpi training; do
    acl --allow-principal "User:$service" --producer --topic "serviceops.$topic.v1.DLT"
  done
done
# Deny-by-default covers the rest: in particular no principal but notification-service may read
# serviceops.notifications.v1, although the prefixed consumer grant above would match it: an explicit deny wins.
for service in complaint-service feedback-service kpi-service training-service; do
  kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --deny-principal "User:$service" \
    --operation Read --topic "$NOTIFICATIONS"
done

# The privacy topic carries personal-data requests and the exported data: complaint-service (which opens
# requests), feedback-service and notification-service (which answer) read and write it and its DLT;
# kpi-service and training-service hold no customer data and may not read it.
PRIVACY=serviceops.privacy.v1
for service in complaint-service feedback-service notification-service; do
  acl --allow-principal "User:$service" --producer --topic "$PRIVACY" --idempotent
  acl --allow-principal "User:$service" --producer --topic "$PRIVACY.DLT"
done
for service in kpi-service training-service; do
  kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --deny-principal "User:$service" \
    --operation Read --topic "$PRIVACY"
done
