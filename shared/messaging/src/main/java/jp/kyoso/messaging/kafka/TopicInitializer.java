package jp.kyoso.messaging.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.kyoso.messaging.config.MessagingSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics before they are used, so production clusters can keep broker-side auto-creation off and a
 * consumer never waits a metadata refresh for a topic that appears later. Remembers what already exists.
 */
@Singleton
public class TopicInitializer {

    private final KafkaClients clients;
    private final MessagingSettings settings;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile Admin admin;

    public TopicInitializer(KafkaClients clients, MessagingSettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    /** @throws KafkaUnavailableException when the cluster cannot be reached; callers retry later */
    public void ensure(Collection<String> topics) {
        List<NewTopic> missing = topics.stream().filter(topic -> !known.contains(topic))
                .distinct()
                .map(topic -> new NewTopic(topic, settings.topicPartitions(), settings.topicReplicationFactor()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        var result = admin().createTopics(missing);
        for (NewTopic topic : missing) {
            try {
                result.values().get(topic.name()).get(10, TimeUnit.SECONDS);
                known.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new KafkaUnavailableException("Cannot create topic " + topic.name(), e.getCause());
                }
                known.add(topic.name());
            } catch (TimeoutException e) {
                throw new KafkaUnavailableException("Timed out creating topic " + topic.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaUnavailableException("Interrupted creating topic " + topic.name(), e);
            }
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = clients.admin();
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
