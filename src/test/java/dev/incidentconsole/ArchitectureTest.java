package dev.incidentconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md, checked on every build so the picture cannot drift. */
class ArchitectureTest {

    private static final String BASE = "dev.incidentconsole.";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // Matches any build folder (target, target-x): the predefined option only knows the usual names.
        ImportOption productionOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("dev.incidentconsole");
    }

    private static String pkg(String name) {
        return BASE + name + "..";
    }

    /** Fails the test, naming every offending class, when the rule is broken. */
    private static void assertHolds(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        assertHolds(noClasses().that().resideOutsideOfPackages(pkg("ui"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli.."));
    }

    @Test
    void runbookDependsOnNoOtherPackageOfOurs() {
        assertHolds(noClasses().that().resideInAPackage(pkg("runbook"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("remote"), pkg("evidence"), pkg("incident"),
                        pkg("bundle"), pkg("report"), pkg("ui"), pkg("app"), pkg("exercise"), pkg("mcp")));
    }

    @Test
    void remoteDependsOnNoOtherPackageOfOurs() {
        assertHolds(noClasses().that().resideInAPackage(pkg("remote"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("runbook"), pkg("evidence"), pkg("incident"),
                        pkg("bundle"), pkg("report"), pkg("ui"), pkg("app"), pkg("exercise"), pkg("mcp")));
    }

    @Test
    void evidenceDependsOnNoOtherPackageOfOurs() {
        assertHolds(noClasses().that().resideInAPackage(pkg("evidence"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("runbook"), pkg("remote"), pkg("incident"),
                        pkg("bundle"), pkg("report"), pkg("ui"), pkg("app"), pkg("exercise"), pkg("mcp")));
    }

    @Test
    void incidentDoesNotReachUpwards() {
        assertHolds(noClasses().that().resideInAPackage(pkg("incident"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("bundle"), pkg("report"), pkg("ui"), pkg("app")));
    }

    @Test
    void bundleAndReportOnlyReadEvidenceAndRunbooks() {
        assertHolds(noClasses().that().resideInAnyPackage(pkg("bundle"), pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("remote"), pkg("ui"), pkg("app")));
    }

    /**
     * The UI may hold remote's plain types (HostTarget, HostConnection) and implement its callbacks (host-key approval,
     * passphrases), but never reaches the SSH implementation, sshj or the database itself.
     */
    @Test
    void uiNeverTalksToSshOrJdbcDirectly() {
        assertHolds(noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage("net.schmizz..", "com.hierynomus..", "java.sql..",
                        "org.h2..", "org.flywaydb..", pkg("remote.ssh"), pkg("evidence.h2"), pkg("app")));
    }

    @Test
    void nothingBelowAppDependsOnApp() {
        assertHolds(noClasses().that().resideOutsideOfPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAPackage(pkg("app")));
    }

    @Test
    void noCommandLineOutsideApp() {
        assertHolds(noClasses().that().resideOutsideOfPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }
}
