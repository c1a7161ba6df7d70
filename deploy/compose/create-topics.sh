#!/bin/bash
# Creates every topic in topics.txt (12 partitions: up to 12 consumers per group; replication 3, min ISR 2).
set -euo pipefail
grep -v '^#' /topics.txt | grep -v '^$' | while read -r topic; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka-1:9092 --create --if-not-exists --topic "$topic" \
    --partitions 12 --replication-factor 3 --config min.insync.replicas=2
done
