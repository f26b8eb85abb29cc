package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

class ExchangeReaderTest {

    static final String ACTORS = """
            id,name,siret,naf,activity,employees,lat,lon,commune,zone,member
            a1,Menuiserie du Var,73282932000074,16.23Z,menuiserie bois,12,,,Ollioules,Pôle d'activités de Toulon-Ouest,true
            a2,Chaufferie collective,,35.30Z,réseau de chaleur,4,43.10,5.88,,,false
            """;
    static final String FLOWS = """
            id,actor_id,direction,label,category,ewc,quantity,unit,period,temperature_c,hazardous,available_from,available_to,notes
            f1,a1,out,sciure de bois,waste,03 01 05,"12,5",t,year,,,,,
            f2,a2,entrant,combustible biomasse,material,,900,t,,,,2026-01-01,2026-12-31,
            f3,a1,have,chiffons souillés,waste,15 02 02*,1,t,month,,,,,
            """;

    final ExchangeReader reader = new ExchangeReader();

    Dataset read(String actors, String flows) throws Exception {
        return reader.read(new StringReader(actors), new StringReader(flows));
    }

    DatasetException errors(String actors, String flows) {
        return catchThrowableOfType(DatasetException.class, () -> read(actors, flows));
    }

    @Test
    void readsActorsAndFlowsWithFrenchHabits() throws Exception {
        Dataset dataset = read(ACTORS, FLOWS);

        assertThat(dataset.actors()).hasSize(2);
        Actor menuiserie = dataset.actors().get(0);
        assertThat(menuiserie.communeInsee()).isEqualTo("83090");
        assertThat(menuiserie.location()).as("geocoded from the commune").isNotNull();
        assertThat(menuiserie.member()).isTrue();

        FlowRecord sawdust = dataset.flows().get(0);
        assertThat(sawdust.direction()).isEqualTo(Direction.OUT);
        assertThat(sawdust.category()).isEqualTo(FlowCategory.WASTE);
        assertThat(sawdust.ewc()).isEqualTo("030105");
        assertThat(sawdust.quantity()).isEqualTo(12.5);
        assertThat(sawdust.unit()).isEqualTo(Unit.TONNE);
        assertThat(sawdust.period()).isEqualTo(Period.YEAR);
        assertThat(sawdust.hazardous()).as("from the waste code").isFalse();

        assertThat(dataset.flows().get(1).direction()).isEqualTo(Direction.IN);
        assertThat(dataset.flows().get(2).hazardous())
                .as("asterisk of 15 02 02*")
                .isTrue();
        assertThat(dataset.flows().get(2).period()).isEqualTo(Period.MONTH);
    }

    @Test
    void acceptsSemicolonsAndAByteOrderMark() throws Exception {
        Dataset dataset = read(
                "\uFEFF" + ACTORS.replace(',', ';').replace("\"12;5\"", "12,5"),
                FLOWS.replace(",", ";").replace("\"12;5\"", "12,5"));
        assertThat(dataset.actors()).hasSize(2);
        assertThat(dataset.flows().get(0).quantity()).isEqualTo(12.5);
    }

    @Test
    void namesFileLineAndColumnOfEveryError() {
        String badActors = ACTORS + "a3,,12345678901234,99.99Z,,-3,,,Atlantis,,peut-être\n";
        String badFlows = FLOWS + "f4,a9,sideways,,,99 99 99,beaucoup,t,,,,,,\n";

        DatasetException failure = errors(badActors, badFlows);

        assertThat(failure.errors())
                .extracting(DatasetError::toString)
                .contains(
                        "actors.csv, line 4, column \"name\": a value is required",
                        "flows.csv, line 5, column \"actor_id\": no actor 'a9' in actors.csv")
                .anySatisfy(e -> assertThat(e).startsWith("actors.csv, line 4, column \"siret\""))
                .anySatisfy(e -> assertThat(e).startsWith("actors.csv, line 4, column \"naf\""))
                .anySatisfy(e -> assertThat(e).startsWith("actors.csv, line 4, column \"commune\""))
                .anySatisfy(e -> assertThat(e).startsWith("actors.csv, line 4, column \"member\""))
                .anySatisfy(e -> assertThat(e).startsWith("flows.csv, line 5, column \"direction\""))
                .anySatisfy(e -> assertThat(e).startsWith("flows.csv, line 5, column \"label\""))
                .anySatisfy(e -> assertThat(e).startsWith("flows.csv, line 5, column \"ewc\""))
                .anySatisfy(e -> assertThat(e).startsWith("flows.csv, line 5, column \"quantity\""));
    }

    @Test
    void refusesAHazardFlagThatContradictsTheWasteCode() {
        String flows = FLOWS.replace("15 02 02*,1,t,month,,", "15 02 02*,1,t,month,,false");
        assertThat(errors(ACTORS, flows).errors())
                .extracting(DatasetError::code)
                .containsExactly("hazard-contradiction");
    }

    @Test
    void refusesDuplicateIdsAndUnknownColumns() {
        String actors = ACTORS.replace("member", "membre") + "a1,Doublon,,,,,,,,,\n";
        assertThat(errors(actors, FLOWS).errors())
                .extracting(DatasetError::code)
                .contains("unknown-column", "duplicate-id");
    }

    @Test
    void refusesAQuantityWithoutUnit() {
        String flows = FLOWS.replace("\"12,5\",t,year", "\"12,5\",,year");
        assertThat(errors(ACTORS, flows).errors())
                .extracting(DatasetError::column)
                .containsExactly("unit");
    }

    @Test
    void readsAFolderAndAZipOfIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.csv"), ACTORS);
        Files.writeString(dir.resolve("flows.csv"), FLOWS);
        assertThat(reader.read(dir).flows()).hasSize(3);

        Path zip = dir.resolve("territoire.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String name : new String[] {"actors.csv", "flows.csv"}) {
                entries.putNextEntry(new ZipEntry("territoire/" + name));
                entries.write(Files.readAllBytes(dir.resolve(name)));
                entries.closeEntry();
            }
        }
        assertThat(reader.read(zip).actors()).hasSize(2);
    }

    @Test
    void readsAnXlsxWithOneSheetPerFile(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("territoire.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            sheet(workbook.createSheet("actors"), ACTORS);
            var flows = workbook.createSheet("flows");
            sheet(flows, FLOWS);
            flows.getRow(1).getCell(6).setCellValue(12.5);
            workbook.write(out);
        }
        Dataset dataset = reader.read(xlsx);
        assertThat(dataset.actors()).hasSize(2);
        assertThat(dataset.flows().get(0).quantity()).isEqualTo(12.5);
        assertThat(dataset.flows().get(2).hazardous()).isTrue();
    }

    @Test
    void namesTheSpreadsheetRowOfAnError(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("territoire.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            sheet(workbook.createSheet("actors"), ACTORS);
            sheet(workbook.createSheet("flows"), FLOWS.replace("f2,a2,entrant", "f2,a2,ailleurs"));
            workbook.write(out);
        }
        assertThatThrownBy(() -> reader.read(xlsx))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("flows.csv, line 3, column \"direction\"");
    }

    static void sheet(org.apache.poi.ss.usermodel.Sheet sheet, String csv) throws IOException {
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            int r = 0;
            for (var record : parser) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
        }
    }

    @Test
    void explainsAMissingFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.csv"), ACTORS, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("flows.csv");
    }

    @Test
    void parsesFrenchAndEnglishDecimals() {
        assertThat(Cells.parseDecimal("1 234,5")).isEqualTo(1234.5);
        assertThat(Cells.parseDecimal("1\u202f234,5")).isEqualTo(1234.5);
        assertThat(Cells.parseDecimal("1.234,5")).isEqualTo(1234.5);
        assertThat(Cells.parseDecimal("1,234.5")).isEqualTo(1234.5);
        assertThat(Cells.parseDecimal("0,65")).isEqualTo(0.65);
        assertThat(Cells.parseDecimal("douze")).isNull();
    }
}
