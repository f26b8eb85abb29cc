package org.symbiose;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** What ARCHITECTURE.md promises about the application module. */
@AnalyzeClasses(packages = "org.symbiose", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.symbiose.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreNamedSoAndLiveInFeaturePackages = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .haveSimpleNameEndingWith("Controller")
            .andShould()
            .resideInAnyPackage(
                    "org.symbiose.accounts",
                    "org.symbiose.companies",
                    "org.symbiose.flows",
                    "org.symbiose.initiatives",
                    "org.symbiose.network",
                    "org.symbiose.nomenclatures",
                    "org.symbiose.reports",
                    "org.symbiose.synergies",
                    "org.symbiose.impacts",
                    "org.symbiose.imports",
                    "org.symbiose.opportunities",
                    "org.symbiose.events",
                    "org.symbiose.purchasing",
                    "org.symbiose.questionnaire",
                    "org.symbiose.dashboards",
                    "org.symbiose.territory",
                    // The container's error page, shared by every feature.
                    "org.symbiose.web");

    /** The typed ids every feature names: plain records over a number, depending on nothing (decision 0037). */
    @ArchTest
    static final ArchRule idsDependOnNothingOfTheApplication = classes()
            .that()
            .resideInAPackage("org.symbiose.ids")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.symbiose.ids", "java..", "com.fasterxml.jackson.annotation..");

    @ArchTest
    static final ArchRule nothingPrintsToStandardStreams =
            noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule noGenericUtilityPackages =
            noClasses().should().resideInAnyPackage("..util..", "..common..", "..helpers..");

    @ArchTest
    static final ArchRule repositoriesAreNotUsedByTheEngine = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..");
}
