package jp.kyoso.local;

import java.util.Comparator;
import java.util.List;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the end-to-end classes in one run, chosen for the run's length on two cores (every class still runs
 * whole). First the classes that start JVMs of their own, while no shared platform idles beside them; the first of
 * them, a platform of its own, records the services' class-data archives when it stops, so that every later start of
 * the run maps them (see {@link LocalPlatformOptions#forTests}). Then {@link LocalPlatformIT}, the first user of the
 * {@link SharedPlatform}, whose figures are those of the demo data alone; then the journeys, which only add data.
 * Other classes keep the order they came in.
 */
final class PlatformsFirst implements ClassOrderer {

    private static final List<Class<?>> FIRST = List.of(AccountsWithoutDemoJourneyIT.class, BackboneFaultIT.class,
            ProductionStartIT.class, LocalPlatformIT.class);

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> {
            int position = FIRST.indexOf(descriptor.getTestClass());
            return position < 0 ? FIRST.size() : position;
        }));
    }
}
