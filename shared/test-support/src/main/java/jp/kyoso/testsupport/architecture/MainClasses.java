package jp.kyoso.testsupport.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/** The compiled main classes (tests left out) of some packages, as all three checks read them. */
final class MainClasses {

    private MainClasses() {
    }

    /**
     * Only these packages are imported: the rules look at kyoso's own classes, and following every dependency into
     * Micronaut and the JDK made one service's check take over a minute on a busy machine.
     */
    static JavaClasses of(String... packages) {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /** The classes of {@code servicePackage} loaded for reflection. */
    static List<Class<?>> reflected(String servicePackage) {
        return of(servicePackage).stream().<Class<?>>map(type -> type.reflect()).toList();
    }
}
