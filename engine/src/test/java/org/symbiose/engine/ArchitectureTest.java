package org.symbiose.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The engine stays plain Java: the compiler keeps frameworks out, and this test says so if one slips in. */
@AnalyzeClasses(packages = "org.symbiose.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoFrameworkDatabaseOrWeb = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..")
            .because("the engine is plain Java, usable from the web application, the CLI and batch jobs alike");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToTheConsole = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine..")
            .and()
            .resideOutsideOfPackage("..engine.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("library code reports through return values and exceptions, not the console");
}
