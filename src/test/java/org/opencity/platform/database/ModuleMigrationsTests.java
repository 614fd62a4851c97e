package org.opencity.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.opencity.OpenCityApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * How modules' migrations are found and in which order they run; no database needed.
 */
class ModuleMigrationsTests {

    private final ModuleMigrations migrations = new ModuleMigrations();

    @Test
    void everyModuleIsMigratedAfterTheModulesItDependsOn() {
        ApplicationModules modules = ApplicationModules.of(OpenCityApplication.class);
        List<String> order = ModuleMigrations.MODULES;
        for (String name : order) {
            ApplicationModule module = modules.getModuleByName(name)
                    .orElseThrow(
                            () -> new AssertionError(name + " is in ModuleMigrations.MODULES but is not a module"));
            module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(ApplicationModule::getName)
                    .filter(order::contains)
                    .forEach(dependency -> assertThat(order.indexOf(dependency))
                            .as(
                                    "%s depends on %s, so its migrations run after those of %s",
                                    name, dependency, dependency)
                            .isLessThan(order.indexOf(name)));
        }
    }

    @Test
    void eachModuleHasItsFolderItsJavaMigrationsAndItsHistoryTable() {
        Map<String, Flyway> modules = migrations.byModule(
                Flyway.configure().locations("classpath:db/migration").load());

        assertThat(modules.keySet()).containsExactlyElementsOf(ModuleMigrations.MODULES);
        assertThat(modules.get("report").getConfiguration().getLocations())
                .extracting(Object::toString)
                .containsExactly("classpath:db/migration/report");
        assertThat(modules.get("report").getConfiguration().getTable()).isEqualTo("flyway_schema_history_report");
        modules.forEach((module, flyway) -> assertThat(javaMigrations(flyway))
                .as(module)
                .isEqualTo(
                        switch (module) {
                            case "geography" -> List.of("org.opencity.geography.internal.V2__LoadAdministrativeUnits");
                            case "procedure" ->
                                List.of(
                                        "org.opencity.procedure.internal.V2__LoadProcedures",
                                        "org.opencity.procedure.internal.V4__LoadWholeCatalogue");
                            case "assistant" ->
                                List.of(
                                        "org.opencity.assistant.internal.faq.V1_1__LoadFaq",
                                        "org.opencity.assistant.internal.faq.V4__AddFaqQuestionVariants");
                            default -> List.of();
                        }));
    }

    @Test
    void aMigrationLeftOutsideAModuleFolderStopsTheStart() {
        Flyway application =
                Flyway.configure().locations("classpath:db/misplaced/loose").load();

        assertThatThrownBy(() -> migrations.byModule(application))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("db/misplaced/loose/V16_1__late_fix.sql belongs to no module")
                .hasMessageContaining("that module's next version");
    }

    @Test
    void aFolderOfAModuleMissingFromTheListStopsTheStart() {
        Flyway application =
                Flyway.configure().locations("classpath:db/misplaced/unlisted").load();

        assertThatThrownBy(() -> migrations.byModule(application))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("db/misplaced/unlisted/parking/ is not a module with migrations");
    }

    /** By name: the order is the class path's, and Flyway orders them by version anyway. */
    private static List<String> javaMigrations(Flyway flyway) {
        return Arrays.stream(flyway.getConfiguration().getJavaMigrations())
                .map(m -> m.getClass().getName())
                .sorted()
                .toList();
    }
}
