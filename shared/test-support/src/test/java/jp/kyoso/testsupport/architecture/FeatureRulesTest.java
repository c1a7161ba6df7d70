package jp.kyoso.testsupport.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureRulesTest {

    private static final JavaClasses SAMPLE = new ClassFileImporter().importPackages("jp.kyoso.archsample",
            "jp.kyoso.archother", "jp.kyoso.testsupport.architecture");

    private final FeatureRules rules = FeatureRules.of("jp.kyoso.archsample");

    @Test
    void aFeatureUsingAnotherFeaturesRepositoryIsReportedUnlessAllowed() {
        assertEquals(List.of("jp.kyoso.archsample.beta.BetaReader (feature beta) uses "
                        + "jp.kyoso.archsample.alpha.AlphaRepository"),
                details(rules.repositoriesStayInTheirFeature()));

        FeatureRules allowing = FeatureRules.of("jp.kyoso.archsample").allowRepositoryUse("AlphaRepository", "beta");
        assertEquals(List.of(), details(allowing.repositoriesStayInTheirFeature()));
    }

    @Test
    void aCycleBetweenFeaturesIsReportedUnlessOneEdgeIsAccepted() {
        List<String> cycle = details(rules.featuresAreFreeOfCycles());
        assertFalse(cycle.isEmpty());
        assertTrue(String.join("\n", cycle).contains("alpha"), String.join("\n", cycle));

        FeatureRules accepting = FeatureRules.of("jp.kyoso.archsample").allowCycleEdge("beta", "alpha");
        assertEquals(List.of(), details(accepting.featuresAreFreeOfCycles()));
    }

    @Test
    void importingAnotherServiceIsReported() {
        assertTrue(details(rules.serviceImportsNoOtherService()).stream()
                .anyMatch(line -> line.contains("BetaReader") && line.contains("jp.kyoso.archother.OtherThing")));
        assertTrue(details(rules.serviceImportsNoOtherService()).stream()
                .noneMatch(line -> line.contains("AlphaService")), "its own packages are fine");
    }

    @Test
    void aSharedModuleImportingAServiceIsReported() {
        List<String> found = details(rules.sharedModulesImportNoService());
        assertTrue(found.stream().anyMatch(line -> line.contains("LeakyShared")
                && line.contains("jp.kyoso.archother.OtherThing")), String.join("\n", found));
        assertTrue(found.stream().noneMatch(line -> line.contains("FeatureRules.")), String.join("\n", found));
    }

    @Test
    void aDomainTypeDependingOnABeanIsReportedByBothDomainRules() {
        assertEquals(List.of("jp.kyoso.archsample.gamma.domain.GammaRule depends on "
                        + "jp.kyoso.archsample.gamma.GammaHandler"),
                details(rules.domainTypesDependOnNoEdgeType()));
        assertTrue(details(rules.domainPackagesDependOnlyOnDomain()).stream()
                .anyMatch(line -> line.contains("GammaRule") && line.contains("GammaHandler")));
    }

    @Test
    void aLayerPackageDirectlyUnderTheRootIsReported() {
        assertEquals(List.of(), details(rules.packagedByFeature()));
        assertEquals(List.of("jp.kyoso.archsample.gamma.domain.GammaRule is in the layer package"
                        + " jp.kyoso.archsample.gamma.domain"),
                details(FeatureRules.of("jp.kyoso.archsample.gamma").packagedByFeature()));
    }

    private static List<String> details(ArchRule rule) {
        EvaluationResult result = rule.evaluate(SAMPLE);
        return result.getFailureReport().getDetails().stream().distinct().toList();
    }
}
