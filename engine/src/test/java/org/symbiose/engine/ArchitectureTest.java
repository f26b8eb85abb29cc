package org.symbiose.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * The rules read apart from the search: what a good match is ({@code matching}: facts, rules, explanations)
     * never refers to how the best pairs are found fast ({@code matching.search}) or written ({@code
     * matching.output}). Only {@code Matcher}, the API that runs a match, calls the search; so the search
     * depends on the rules and never the reverse, and a rule is read, changed and tested without the search.
     */
    @ArchTest
    static final ArchRule theRulesNeverReferToTheSearchOrTheOutput = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine.matching")
            .and(JavaClass.Predicates.belongToAnyOf(org.symbiose.engine.matching.Matcher.class)
                    .negate())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.symbiose.engine.matching.search..", "org.symbiose.engine.matching.output..")
            .because("the engine's rules read apart from its search: one new rule is one class of matching,"
                    + " its bound declared beside it, and the search only combines bounds");

    /** Searching and writing know nothing of each other: the output reads candidates, whoever found them. */
    @ArchTest
    static final ArchRule theSearchAndTheOutputAreApart = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine.matching.search..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.symbiose.engine.matching.output..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.symbiose.engine.cli..")
            .because("the search finds candidates; how they are written is the output's or the command's");

    @ArchTest
    static final ArchRule theOutputNeverSearches = noClasses()
            .that()
            .resideInAPackage("org.symbiose.engine.matching.output..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.symbiose.engine.matching.search..")
            .because("the output writes the candidates it is given");
}
