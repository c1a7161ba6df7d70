package jp.kyoso.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The layout rules of a service packaged by feature ({@code jp.kyoso.<service>.<feature>}), run by each service's
 * {@code ArchitectureTest} over its compiled main classes:
 * <ul>
 *   <li>no layer package ({@code web}, {@code domain}, {@code application}, {@code persistence},
 *       {@code messaging}) directly under the root: sub-packages by layer only inside a large feature;</li>
 *   <li>a feature uses only its own repositories (a {@code @JdbcRepository} or a type named {@code *Repository});
 *       a feature that reads another's table is named in the service's allow-list, so
 *       a new one is a decision;</li>
 *   <li>features depend on each other without cycles (an accepted edge is named, none by default);</li>
 *   <li>the service imports no other service: only its own packages and the shared modules;</li>
 *   <li>the shared modules on its class path import no service;</li>
 *   <li>domain types (neither beans, HTTP bodies nor configuration) depend on no such edge type of the service, and
 *       a {@code domain} package depends on nothing else of the service but domain packages and {@code shared}.</li>
 * </ul>
 * Usage: {@code @TestFactory Stream<DynamicTest> rules() { return FeatureRules.of("jp.kyoso.fund").tests(); }}.
 */
public final class FeatureRules {

    /** Root packages of the shared modules (shared/*): what a service may import besides itself. */
    public static final List<String> SHARED_MODULES = List.of("jp.kyoso.events", "jp.kyoso.correlation",
            "jp.kyoso.web", "jp.kyoso.messaging", "jp.kyoso.mail", "jp.kyoso.attachments", "jp.kyoso.testsupport");

    /** An annotation with one of these simple names makes a top-level type the edge of a feature, not its rules. */
    private static final Set<String> EDGE_ANNOTATIONS = Set.of("Controller", "Singleton", "JdbcRepository", "Factory",
            "Serdeable", "SerdeImport", "Introspected", "EachProperty", "ConfigurationProperties", "Requires",
            "Produces", "Context", "Repository", "R2dbcRepository", "ServerFilter", "Filter");

    /** The layer packages the features replaced (issue 21); none comes back directly under the service's root. */
    public static final List<String> LAYERS = List.of("web", "domain", "application", "persistence", "messaging");

    private static final Set<String> REPOSITORY_ANNOTATIONS = Set.of("JdbcRepository", "Repository",
            "R2dbcRepository");

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.domain(\\.|$)");

    private final String root;
    private final Map<String, Set<String>> sharedRepositories = new LinkedHashMap<>();
    private final Map<String, Set<String>> acceptedFeatureEdges = new LinkedHashMap<>();
    private JavaClasses imported;

    private FeatureRules(String root) {
        this.root = root;
    }

    /** The rules for the service whose classes live under {@code servicePackage}, e.g. {@code jp.kyoso.fund}. */
    public static FeatureRules of(String servicePackage) {
        return new FeatureRules(servicePackage);
    }

    /** {@code features} may use {@code repository} (its simple name) although it belongs to another feature. */
    public FeatureRules allowRepositoryUse(String repository, String... features) {
        sharedRepositories.computeIfAbsent(repository, name -> new java.util.TreeSet<>()).addAll(List.of(features));
        return this;
    }

    /** The dependency of feature {@code from} on feature {@code to} is accepted although it closes a cycle. */
    public FeatureRules allowCycleEdge(String from, String to) {
        acceptedFeatureEdges.computeIfAbsent(from, name -> new java.util.TreeSet<>()).add(to);
        return this;
    }

    /** One dynamic test per rule, so a report names the rule that broke. */
    public Stream<DynamicTest> tests() {
        return rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(importedClasses())));
    }

    /** The rules by a short name; {@link #tests()} runs them. */
    public Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("the service is packaged by feature, not by layer", packagedByFeature());
        rules.put("a feature uses only its own repositories", repositoriesStayInTheirFeature());
        rules.put("features depend on each other without cycles", featuresAreFreeOfCycles());
        rules.put("the service imports no other service", serviceImportsNoOtherService());
        rules.put("shared modules import no service", sharedModulesImportNoService());
        rules.put("domain types depend on no bean, HTTP body or configuration", domainTypesDependOnNoEdgeType());
        rules.put("domain packages depend only on domain packages", domainPackagesDependOnlyOnDomain());
        return rules;
    }

    /** The service's main classes and the shared modules on the test class path; tests are left out. */
    public JavaClasses importedClasses() {
        if (imported == null) {
            imported = MainClasses.of(Stream.concat(Stream.of(root), SHARED_MODULES.stream()).toArray(String[]::new));
        }
        return imported;
    }

    ArchRule packagedByFeature() {
        return classes().that(inAFeature())
                .should(new ArchCondition<>("be in a feature package, not a layer package " + LAYERS) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String feature = featureOf(type).orElseThrow();
                        if (LAYERS.contains(feature)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is in the layer package "
                                    + root + "." + feature));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    ArchRule repositoriesStayInTheirFeature() {
        return classes().that(inAFeature())
                .should(new ArchCondition<>("use only the repositories of their own feature" + allowListText()) {
                    @Override
                    public void check(JavaClass user, ConditionEvents events) {
                        String feature = featureOf(user).orElseThrow();
                        user.getDirectDependenciesFromSelf().stream()
                                .map(Dependency::getTargetClass)
                                .map(FeatureRules::topLevel)
                                .filter(target -> !isGenerated(target) && isRepository(target)
                                        && featureOf(target).isPresent())
                                .filter(target -> !featureOf(target).get().equals(feature))
                                .filter(target -> !sharedRepositories.getOrDefault(target.getSimpleName(), Set.of())
                                        .contains(feature))
                                .map(JavaClass::getName).distinct()
                                .forEach(target -> events.add(SimpleConditionEvent.violated(user,
                                        user.getName() + " (feature " + feature + ") uses " + target)));
                    }
                })
                .allowEmptyShould(true);
    }

    ArchRule featuresAreFreeOfCycles() {
        SliceRule rule = slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("generated", FeatureRules::isGenerated),
                        DescribedPredicate.alwaysTrue());
        for (Map.Entry<String, Set<String>> edge : acceptedFeatureEdges.entrySet()) {
            for (String to : edge.getValue()) {
                rule = rule.ignoreDependency(inFeature(edge.getKey()), inFeature(to));
            }
        }
        return rule.allowEmptyShould(true);
    }

    ArchRule serviceImportsNoOtherService() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in another service (jp.kyoso.* but neither " + root + " nor a shared module "
                                + SHARED_MODULES + ")",
                        target -> isKyoso(target) && !within(target, root) && !isShared(target)));
    }

    ArchRule sharedModulesImportNoService() {
        return noClasses().that(DescribedPredicate.describe("are in a shared module", FeatureRules::isShared))
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in a service (jp.kyoso.* outside the shared modules)",
                        target -> isKyoso(target) && !isShared(target)));
    }

    ArchRule domainTypesDependOnNoEdgeType() {
        return classes().that(inAFeature()).and(DescribedPredicate.describe("are domain types",
                        c -> !isEdge(topLevel(c))))
                .should(new ArchCondition<>("depend on no bean, HTTP body or configuration of the service") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        JavaClass own = topLevel(type);
                        type.getDirectDependenciesFromSelf().stream()
                                .map(dependency -> topLevel(dependency.getTargetClass()))
                                .filter(target -> !target.equals(own) && within(target, root) && !isGenerated(target)
                                        && isEdge(target))
                                .map(JavaClass::getName).distinct()
                                .forEach(target -> events.add(SimpleConditionEvent.violated(type,
                                        type.getName() + " depends on " + target)));
                    }
                })
                .allowEmptyShould(true);
    }

    ArchRule domainPackagesDependOnlyOnDomain() {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in " + root + " outside its domain packages and " + root + ".shared",
                        target -> within(target, root) && !DOMAIN.matcher(target.getPackageName()).find()
                                && !within(target, root + ".shared")))
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaClass> inAFeature() {
        return DescribedPredicate.describe("are in a feature of " + root + " (generated classes aside)",
                c -> featureOf(c).isPresent() && !isGenerated(c));
    }

    private DescribedPredicate<JavaClass> inFeature(String feature) {
        return DescribedPredicate.describe(feature, c -> featureOf(c).filter(feature::equals).isPresent());
    }

    /**
     * Micronaut's compile-time classes ({@code $Foo$Definition}, {@code FooRepository$Intercepted}) repeat their
     * source's dependencies.
     */
    private static boolean isGenerated(JavaClass type) {
        String name = topLevel(type.isArray() ? type.getBaseComponentType() : type).getName();
        return name.substring(name.lastIndexOf('.') + 1).contains("$");
    }

    /** The feature of a class: the first package segment below the service's root, if any. */
    Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private String allowListText() {
        return sharedRepositories.isEmpty() ? "" : " (allowed: " + sharedRepositories + ")";
    }

    private static boolean isRepository(JavaClass type) {
        return hasAnnotation(type, REPOSITORY_ANNOTATIONS)
                || type.getSimpleName().endsWith("Repository");
    }

    /** A bean, an HTTP body or configuration, or an abstract class such beans extend (a bean's shared half). */
    private static boolean isEdge(JavaClass type) {
        return hasAnnotation(type, EDGE_ANNOTATIONS)
                || !type.isInterface() && type.getModifiers().contains(JavaModifier.ABSTRACT)
                && type.getSubclasses().stream().anyMatch(FeatureRules::isEdge);
    }

    private static boolean hasAnnotation(JavaClass type, Set<String> simpleNames) {
        return type.getAnnotations().stream()
                .anyMatch(annotation -> simpleNames.contains(annotation.getRawType().getSimpleName()));
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static boolean isKyoso(JavaClass type) {
        return within(type, "jp.kyoso");
    }

    private static boolean isShared(JavaClass type) {
        return SHARED_MODULES.stream().anyMatch(module -> within(type, module));
    }

    private static boolean within(JavaClass type, String pkg) {
        String name = type.getPackageName();
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
