package org.opencity.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Each module's migrations with their own Flyway history (ADR 11): the SQL files in {@code db/migration/<module>} and
 * the Java migrations in the module's package, recorded in {@code flyway_schema_history_<module>}, migrated module
 * after module in the order of {@link #MODULES}. Versions count per module, so two modules adding a migration at the
 * same time never collide; every context (a module test too) has every module's migrations, so none is ever applied
 * out of order. The single history of earlier versions is adopted on the first start ({@link SharedHistory}).
 * <p>
 * The layout and table names are those of Spring Modulith's own per-module Flyway support, which is not used: in 2.0.3
 * it hands every Java migration bean to every module, migrates only the started modules in a module test and cannot
 * adopt an existing history.
 */
@Component
public class ModuleMigrations implements FlywayMigrationStrategy {

    /** Every module with migrations, each after the modules it depends on (ModuleMigrationsTests checks this). */
    static final List<String> MODULES = List.of(
            "platform",
            "geography",
            "identity",
            "report",
            "procedure",
            "document",
            "dossier",
            "servicepoint",
            "appointment",
            "queue",
            "engagement",
            "notification",
            "assistant",
            "hotline",
            "opendata",
            "insight");

    private static final String BASE_PACKAGE = "org.opencity";

    private static final Pattern JAVA_MIGRATION_NAME = Pattern.compile("(V[0-9][0-9_]*|R)__\\w+");

    @Override
    public void migrate(Flyway application) {
        Map<String, Flyway> modules = byModule(application);
        new SharedHistory(application.getConfiguration(), modules).adopt();
        modules.values().forEach(Flyway::migrate);
    }

    /**
     * One Flyway per module, in migration order, each configured like the application's own (the
     * {@code spring.flyway} settings) but for the module's folder, Java migrations and history table.
     */
    public Map<String, Flyway> byModule(Flyway application) {
        Configuration base = application.getConfiguration();
        checkFolders(base);
        Map<String, List<JavaMigration>> javaMigrations = javaMigrations(base.getClassLoader());
        Map<String, Flyway> modules = new LinkedHashMap<>();
        for (String module : MODULES) {
            modules.put(
                    module,
                    Flyway.configure(base.getClassLoader())
                            .configuration(base)
                            .locations(Stream.of(base.getLocations())
                                    .map(l -> l + "/" + module)
                                    .toArray(String[]::new))
                            .table(historyTable(base, module))
                            .javaMigrations(javaMigrations
                                    .getOrDefault(module, List.of())
                                    .toArray(JavaMigration[]::new))
                            // A module's history starts empty in a schema that already holds the tables of the modules
                            // before it.
                            .baselineOnMigrate(true)
                            .baselineVersion("0")
                            .load());
        }
        return modules;
    }

    static String historyTable(Configuration base, String module) {
        return base.getTable() + "_" + module;
    }

    /** A migration outside a module's folder would never run: it stops the start instead. */
    private static void checkFolders(Configuration base) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(base.getClassLoader());
        for (Location location : base.getLocations()) {
            if (!location.isClassPath()) {
                continue;
            }
            String root = location.getRootPath();
            for (String path : sqlFiles(resolver, root)) {
                int slash = path.indexOf('/');
                if (slash < 0) {
                    throw new FlywayException(
                            root + "/" + path + " belongs to no module: move it, unchanged, into " + root
                                    + "/<module>/ under that module's next version (docs/adr/0011-migrations-per-module.md)");
                }
                String module = path.substring(0, slash);
                if (!MODULES.contains(module)) {
                    throw new FlywayException(root + "/" + module + "/ is not a module with migrations: add \"" + module
                            + "\" to ModuleMigrations.MODULES after the modules it depends on");
                }
            }
        }
    }

    private static List<String> sqlFiles(PathMatchingResourcePatternResolver resolver, String root) {
        try {
            List<String> paths = new ArrayList<>();
            for (Resource resource : resolver.getResources("classpath*:" + root + "/**/*.sql")) {
                String url = resource.getURL().toString();
                paths.add(url.substring(url.lastIndexOf("/" + root + "/") + root.length() + 2));
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migrations under " + root, e);
        }
    }

    /**
     * The Java migrations of each module: classes in the module's package named as Flyway names them
     * ({@code V2__LoadProcedures}), created with their no-argument constructor. They are not beans: a module test has
     * them even for the modules it does not start.
     */
    private static Map<String, List<JavaMigration>> javaMigrations(ClassLoader classLoader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
        TypeFilter javaMigration = new AssignableTypeFilter(JavaMigration.class);
        scanner.addIncludeFilter((reader, factory) -> JAVA_MIGRATION_NAME
                        .matcher(ClassUtils.getShortName(
                                reader.getClassMetadata().getClassName()))
                        .matches()
                && javaMigration.match(reader, factory));
        Map<String, List<JavaMigration>> migrations = new LinkedHashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            String className = candidate.getBeanClassName();
            String module = className.substring(BASE_PACKAGE.length() + 1).split("\\.")[0];
            if (!MODULES.contains(module)) {
                throw new FlywayException(
                        className + " is a migration of " + module + ", which is not in ModuleMigrations.MODULES");
            }
            Class<?> type = ClassUtils.resolveClassName(className, classLoader);
            migrations.computeIfAbsent(module, m -> new ArrayList<>()).add((JavaMigration)
                    BeanUtils.instantiateClass(type));
        }
        return migrations;
    }
}
