package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kyoso.events.Topics;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalService;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment manifests (deploy/compose, deploy/k8s) against the code: every service is deployed in both; every
 * configuration key the code reads without a default, or whose packaged default only works on a developer's machine
 * (localhost) or is a credential, is set for every service; every topic the code uses (with its dead-letter topic) is
 * declared; every database a service points at is created. What the code reads is derived from the sources, so a new
 * key or topic fails this test until the manifests carry it.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = KyosoLocal.repositoryRoot();
    private static final Path COMPOSE = ROOT.resolve("deploy/compose");
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void everyServiceModuleIsDeployedInComposeAndKubernetes() {
        Set<String> modules = serviceModules();
        assertEquals(LocalService.ALL.stream().map(LocalService::name).collect(Collectors.toCollection(TreeSet::new)),
                modules, "the launcher and the build know the same services");
        Set<String> composeServices = new TreeSet<>();
        composeServices().forEach((name, service) -> {
            if (service.containsKey("build")) {
                composeServices.add(name);
            }
        });
        assertEquals(modules, composeServices, "compose builds every service");
        assertEquals(modules, names(k8s("Deployment")), "a Deployment per service");
        assertEquals(modules, names(k8s("Service")).stream().filter(modules::contains)
                .collect(Collectors.toCollection(TreeSet::new)), "a Service per service");
        Set<String> scaled = k8s("HorizontalPodAutoscaler").stream()
                .map(hpa -> (String) map(map(hpa, "spec"), "scaleTargetRef").get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(modules, scaled, "every service is stateless and has an autoscaler");
        List<Map<String, Object>> ingresses = k8s("Ingress");
        assertEquals(1, ingresses.size());
        assertTrue(ingresses.get(0).toString().contains("service={name=portal"), "the ingress leads to the portal");
    }

    @Test
    void everyDeploymentHasProbesAndResourceRequests() {
        for (Map<String, Object> deployment : k8s("Deployment")) {
            Map<String, Object> container = container(deployment);
            String name = name(deployment);
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                assertTrue(container.containsKey(probe), name + " has a " + probe);
                String path = (String) map(map(container, probe), "httpGet").get("path");
                assertTrue(path.startsWith("/health"), name + " " + probe + " " + path);
            }
            Map<String, Object> requests = map(map(container, "resources"), "requests");
            assertTrue(requests.containsKey("cpu") && requests.containsKey("memory"), name + " requests cpu+memory");
        }
    }

    @Test
    void everyKeyTheCodeNeedsIsSetForEveryServiceInBothDeployments() {
        Map<String, Map<String, Object>> compose = composeServices();
        Map<String, Map<String, Object>> deployments = new HashMap<>();
        k8s("Deployment").forEach(deployment -> deployments.put(name(deployment), deployment));
        for (String service : serviceModules()) {
            Set<String> needed = neededEnvironment(service);
            assertTrue(needed.containsAll(Set.of("DATASOURCES_DEFAULT_URL", "DATASOURCES_DEFAULT_PASSWORD",
                    "KYOSO_JWT_SECRET", "KAFKA_BOOTSTRAP_SERVERS")), service + " derived: " + needed);

            Set<String> composeEnv = map(compose.get(service), "environment").keySet();
            assertTrue(composeEnv.containsAll(needed), service + " in compose lacks " + missing(needed, composeEnv));

            Set<String> k8sEnv = kubernetesEnvironment(deployments.get(service));
            assertTrue(k8sEnv.containsAll(needed), service + " in k8s lacks " + missing(needed, k8sEnv));
        }
    }

    @Test
    void secretsComeFromSecretsAndNeverFromTheManifests() {
        Set<String> secretKeys = map(yaml(K8S.resolve("secret.example.yaml")).get(0), "stringData").keySet();
        for (Map<String, Object> deployment : k8s("Deployment")) {
            for (Map<String, Object> variable : list(container(deployment), "env")) {
                String name = (String) variable.get("name");
                if (name.contains("PASSWORD") || name.contains("SECRET")) {
                    Map<String, Object> reference = map(map(variable, "valueFrom"), "secretKeyRef");
                    assertTrue(secretKeys.contains((String) reference.get("key")), name(deployment) + " " + name);
                }
            }
        }
        for (Map<String, Object> configMap : k8s("ConfigMap")) {
            map(configMap, "data").keySet().forEach(key -> assertFalse(key.contains("PASSWORD")
                    || key.contains("SECRET"), "credential " + key + " in a ConfigMap"));
        }
        composeServices().forEach((name, service) -> {
            Map<String, Object> environment = service.containsKey("environment") ? map(service, "environment")
                    : Map.of();
            environment.forEach((key, value) -> {
                if (key.contains("PASSWORD") || key.contains("SECRET")) {
                    assertTrue(String.valueOf(value).startsWith("${"), name + " " + key + " comes from the shell");
                }
            });
        });
    }

    @Test
    void everyTopicTheCodeUsesIsDeclaredWithItsDeadLetterTopic() {
        Set<String> used = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String topic = (String) field.get(null);
                    used.add(topic);
                    used.add(Topics.deadLetterOf(topic));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Set<String> composeTopics = read(COMPOSE.resolve("topics.txt")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, composeTopics, "deploy/compose/topics.txt");

        List<Map<String, Object>> kafkaTopics = k8s("KafkaTopic");
        Set<String> k8sTopics = kafkaTopics.stream().map(topic -> (String) map(topic, "spec").get("topicName"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, k8sTopics, "deploy/k8s/topics.yaml");

        String partitions = String.valueOf(k8s("ConfigMap").stream().map(configMap -> map(configMap, "data"))
                .filter(data -> data.containsKey("KYOSO_MESSAGING_TOPIC_PARTITIONS")).findFirst().orElseThrow()
                .get("KYOSO_MESSAGING_TOPIC_PARTITIONS"));
        kafkaTopics.forEach(topic -> assertEquals(partitions, String.valueOf(map(topic, "spec").get("partitions")),
                "partitions of " + name(topic) + " as the services would create it"));
        assertTrue(read(COMPOSE.resolve("create-topics.sh")).contains("--partitions " + partitions));
    }

    @Test
    void everyDatabaseAServicePointsAtIsCreated() {
        String init = read(COMPOSE.resolve("postgres-init.sql"));
        composeServices().forEach((name, service) -> {
            if (service.containsKey("build")) {
                String url = String.valueOf(map(service, "environment").get("DATASOURCES_DEFAULT_URL"));
                String database = url.substring(url.lastIndexOf('/') + 1);
                assertTrue(init.contains("CREATE DATABASE " + database + ";"), name + " " + database);
            }
        });
    }

    @Test
    void kustomizationListsEveryManifestThatExists() {
        List<Object> listed = cast(yaml(K8S.resolve("kustomization.yaml")).get(0).get("resources"));
        List<String> resources = listed.stream().map(String::valueOf).toList();
        resources.forEach(resource -> assertTrue(Files.isRegularFile(K8S.resolve(resource)), resource));
        try (Stream<Path> files = Files.walk(K8S)) {
            Set<String> manifests = files.filter(path -> path.toString().endsWith(".yaml"))
                    .map(path -> K8S.relativize(path).toString())
                    .filter(path -> !path.equals("kustomization.yaml") && !path.equals("secret.example.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(manifests, new TreeSet<>(resources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment variables a service cannot run without in a deployment: placeholders without a default in its
     * code and in the shared modules, packaged values pointing at localhost, and the database password.
     */
    static Set<String> neededEnvironment(String service) {
        Path module = ROOT.resolve("services").resolve(service);
        Map<String, String> packaged = flatten("", yaml(module.resolve("src/main/resources/application.yml")).get(0));
        Set<String> keys = new TreeSet<>();
        for (Path sources : List.of(module.resolve("src/main"), ROOT.resolve("shared/web/src/main"),
                ROOT.resolve("shared/messaging/src/main"))) {
            for (String text : texts(sources)) {
                Matcher matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    String key = matcher.group(1);
                    String value = packaged.get(key);
                    if (value == null || PLACEHOLDER.matcher(value).find()) {
                        keys.add(key);
                    }
                }
            }
        }
        packaged.forEach((key, value) -> {
            if (value.contains("localhost")) {
                keys.add(key);
            }
        });
        if (packaged.containsKey("datasources.default.url")) {
            keys.add("datasources.default.password");
        }
        return keys.stream().map(key -> key.toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> kubernetesEnvironment(Map<String, Object> deployment) {
        Map<String, Map<String, Object>> configMaps = new HashMap<>();
        k8s("ConfigMap").forEach(configMap -> configMaps.put(name(configMap), map(configMap, "data")));
        Map<String, Object> container = container(deployment);
        Set<String> names = new TreeSet<>();
        list(container, "env").forEach(variable -> names.add((String) variable.get("name")));
        for (Map<String, Object> source : list(container, "envFrom")) {
            String configMap = (String) map(source, "configMapRef").get("name");
            assertTrue(configMaps.containsKey(configMap), "ConfigMap " + configMap + " exists");
            names.addAll(configMaps.get(configMap).keySet());
        }
        return names;
    }

    private static Set<String> serviceModules() {
        Matcher matcher = MODULE.matcher(read(ROOT.resolve("services/pom.xml")));
        Set<String> modules = new TreeSet<>();
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    private static Map<String, Map<String, Object>> composeServices() {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(yaml(COMPOSE.resolve("docker-compose.yml")).get(0), "services")
                .forEach((name, service) -> services.put(name, cast(service)));
        return services;
    }

    private static List<Map<String, Object>> k8s(String kind) {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(path -> path.toString().endsWith(".yaml")).sorted()
                    .flatMap(path -> yaml(path).stream())
                    .filter(document -> kind.equals(document.get("kind"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> yaml(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add(cast(document));
            }
        }
        return documents;
    }

    private static Map<String, String> flatten(String prefix, Map<String, Object> tree) {
        Map<String, String> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                flat.putAll(flatten(path, cast(value)));
            } else if (value != null) {
                flat.put(path, String.valueOf(value));
            }
        });
        return flat;
    }

    private static List<String> texts(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".yml"))
                    .map(DeploymentManifestsTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return list(map(map(map(deployment, "spec"), "template"), "spec"), "containers").get(0);
    }

    private static Set<String> names(List<Map<String, Object>> resources) {
        return resources.stream().map(DeploymentManifestsTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource, "metadata").get("name");
    }

    private static Set<String> missing(Set<String> needed, Set<String> present) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(present);
        return missing;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map<?, ?>, key + " is a mapping in " + parent.keySet());
        return cast(value);
    }

    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
