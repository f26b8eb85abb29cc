package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.quantity.Unit;

/** The zip and .xlsx forms of a dataset, and the templates to fill in, read back with the reader. */
class ExchangeExportFormsTest {

    @TempDir
    Path folder;

    final ExchangeReader reader = new ExchangeReader();

    @Test
    void aZipAndAWorkbookReadBackAsTheSameDataset() throws Exception {
        Dataset dataset = TerritoryGenerator.standard().generate(TerritoryOptions.of(60, 7));
        Path zip = folder.resolve("export.zip");
        Path xlsx = folder.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ExchangeArchives.writeZip(dataset, out);
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ExchangeXlsxWriter.write(dataset, out);
        }

        assertThat(reader.read(zip)).isEqualTo(dataset);
        assertThat(reader.read(xlsx)).isEqualTo(dataset);
    }

    @Test
    void theCsvTemplateReadsAsItsExampleRows() throws Exception {
        Path zip = folder.resolve("modele.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ExchangeTemplates.writeCsvZip(out);
        }

        Dataset example = reader.read(zip);

        assertThat(example.actors())
                .singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Menuiserie du Var"));
        assertThat(example.flows())
                .singleElement()
                .satisfies(f -> assertThat(f.unit()).isEqualTo(Unit.TONNE));
    }

    @Test
    void theWorkbookTemplateExplainsEachColumnOffersListsAndReadsOnceFilledIn() throws Exception {
        Path xlsx = folder.resolve("modele.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ExchangeTemplates.writeXlsx(out);
        }
        try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet flows = workbook.getSheet("flows");
            assertThat(flows.getRow(0).getCell(2).getCellComment().getString().getString())
                    .contains("gisement")
                    .contains("supply");
            assertThat(flows.getDataValidations())
                    .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .contains(2, 4, 7, 8, 10);
            assertThat(workbook.getSheet("actors").getDataValidations()).hasSize(1);
            // A facilitator adds a company and one of its flows, as a spreadsheet would save them.
            Row actor = workbook.getSheet("actors").createRow(2);
            actor.createCell(0).setCellValue("a2");
            actor.createCell(1).setCellValue("Chaufferie urbaine");
            actor.createCell(8).setCellValue("Toulon");
            actor.createCell(10).setCellValue("non");
            Row flow = flows.createRow(2);
            flow.createCell(0).setCellValue("f2");
            flow.createCell(1).setCellValue("a2");
            flow.createCell(2).setCellValue("in");
            flow.createCell(3).setCellValue("plaquettes forestières");
            flow.createCell(6).setCellValue(900);
            flow.createCell(7).setCellValue("t");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }

        Dataset filled = reader.read(xlsx);

        assertThat(filled.actors()).extracting(Actor::id).containsExactly("a1", "a2");
        assertThat(filled.flows()).extracting(FlowRecord::direction).containsExactly(Direction.OUT, Direction.IN);
        assertThat(filled.flows().get(1).quantity()).isEqualTo(900.0);
    }

    @Test
    void textsAndNumbersBeyondWhatTheApplicationKeepsAreErrorsAtTheirCell() {
        String actors = "id,name\na1," + "x".repeat(301) + "\n";
        String flows = "id,actor_id,direction,label,quantity,unit,temperature_c\nf1,a1,out,chaleur,1e15,MWh,2000000\n";

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                DatasetException.class,
                () -> reader.read(new java.io.StringReader(actors), new java.io.StringReader(flows)));

        assertThat(refused.errors())
                .extracting(e -> e.file() + ":" + e.line() + ":" + e.column() + ":" + e.code())
                .containsExactly(
                        "actors.csv:2:name:text-too-long",
                        "flows.csv:2:quantity:number-too-large",
                        "flows.csv:2:temperature_c:number-too-large");
        assertThat(refused.errors().get(0).describe(java.util.Locale.FRENCH))
                .isEqualTo(
                        "actors.csv, ligne 2, colonne «\u00a0name\u00a0»\u00a0: «\u00a0name\u00a0» dépasse 300\u00a0caractères");
    }
}
