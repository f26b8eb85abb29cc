package org.symbiose.imports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.symbiose.TestDatabases;
import org.symbiose.companies.CompanyChangeLog;
import org.symbiose.companies.CompanyImportBatches;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeArchives;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.matching.Progress;
import org.symbiose.flows.FlowChangeRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.CompanyRecords;
import org.symbiose.impacts.FiguresService;

/**
 * Measures an import of a generated territory of about 100,000 flows (docs/performance.md, "Imports"):
 * reading the zip, the preview (comparison and every label read by the engine), the writing in one
 * transaction, then the same file again (preview of nothing). On an H2 file database as in production
 * ({@code WRITE_DELAY=0}). A harness, not a test: run it by hand,
 * {@code java -cp app/target/test-classes:app/target/classes:<classpath> org.symbiose.imports.ImportBenchmark [flows]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        long target = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("symbiose-import-bench-");
        var generator = TerritoryGenerator.standard();
        double perActor = (double) generator
                        .generate(TerritoryOptions.of(2_000, 1))
                        .flows()
                        .size()
                / 2_000;
        Dataset territory = generator.generate(TerritoryOptions.of((int) Math.ceil(target / perActor), 42));
        Path zip = folder.resolve("territoire.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ExchangeArchives.writeZip(territory, out);
        }
        say(
                "dataset: %,d actors, %,d flows, zip of %,d kB",
                territory.actors().size(), territory.flows().size(), Files.size(zip) / 1024);

        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        h2.setUser("sa");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        TestDatabases.insertNetwork(jdbc);
        var companies = construct(CompanyRepository.class, jdbc);
        var flows = org.symbiose.flows.JdbcFlowOwners.repository(jdbc);
        // The import only tells the figures to forget what they computed: no figure source is needed.
        var figures = BeanUtils.instantiateClass(
                FiguresService.class.getDeclaredConstructor(CompanyRecords.class, List.class), null, List.of());
        var writer = new ImportWriter(
                companies,
                BeanUtils.instantiateClass(
                        CompanyImportBatches.class.getDeclaredConstructor(JdbcClient.class, CompanyRepository.class),
                        jdbc,
                        companies),
                flows,
                construct(CompanyChangeLog.class, jdbc),
                construct(FlowChangeRepository.class, jdbc),
                new ImportRunRepository(jdbc),
                figures);
        long started = System.nanoTime();
        var labels = new LabelReader();
        say("label reader built (knowledge base loaded once per application): %,d ms", ms(started));
        var importer = new DatasetImporter(writer, labels, companies, flows);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));

        // Imports with and without the history entries, alternated, each into an empty initiative of its
        // own, then the same file again into the last one: the cost of the history, measured in one run.
        var author = new ImportWriter.Author("animation.bench", "Animation du banc d'essai", "bench.zip");
        String[] rounds = {"no history", "with history", "no history", "with history"};
        long initiative = 0;
        for (int i = 0; i <= rounds.length; i++) {
            String round = i < rounds.length ? rounds[i] : "same file again, with history";
            if (i < rounds.length) {
                initiative = TestDatabases.initiative(jdbc, "bench" + i);
            }
            measure(round, initiative, zip, importer, transactions, round.contains("with") ? author : null);
        }
        say(
                "flows saved in the last initiative: %,d",
                flows.listByInitiative(new InitiativeId(initiative)).size());
    }

    private static void measure(
            String round,
            long initiative,
            Path zip,
            DatasetImporter importer,
            TransactionTemplate transactions,
            ImportWriter.Author author)
            throws Exception {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        Dataset dataset = new ExchangeReader().read(zip, Progress.SILENT);
        long read = ms(t0);
        long readCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        ImportPlan plan = importer.plan(new InitiativeId(initiative), dataset, Progress.SILENT);
        long planned = ms(t1);
        long planCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1_000_000;
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        transactions.executeWithoutResult(status -> importer.apply(plan, author, Progress.SILENT));
        long written = ms(t2);
        long writeCpu = (cpu.getCurrentThreadCpuTime() - c2) / 1_000_000;
        say(
                "%s: read %,d ms (cpu %,d), preview %,d ms (cpu %,d; %,d new flows, %,d unreadable labels),"
                        + " write %,d ms (cpu %,d); total %,d ms (cpu %,d); load average %.1f",
                round,
                read,
                readCpu,
                planned,
                planCpu,
                plan.countFlows(ImportPlan.Kind.NEW),
                plan.unreadable().size(),
                written,
                writeCpu,
                ms(t0),
                (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static <T> T construct(Class<T> type, JdbcClient jdbc) throws NoSuchMethodException {
        return BeanUtils.instantiateClass(type.getDeclaredConstructor(JdbcClient.class), jdbc);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @SuppressWarnings("SystemOut")
    private static void say(String format, Object... args) {
        java.lang.System.Logger log = System.getLogger("import-benchmark");
        log.log(java.lang.System.Logger.Level.INFO, String.format(Locale.ROOT, format, args));
    }
}
