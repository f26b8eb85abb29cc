package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

class ExchangeWriterTest {

    static final Actor MENUISERIE = new Actor(
            "a1",
            "Menuiserie du Var, fils",
            "73282932000074",
            "16.23Z",
            "menuiserie \"bois\"",
            12,
            new GeoPoint(43.1371, 5.8477),
            "83090",
            "Pôle d'activités de Toulon-Ouest",
            true);
    static final FlowRecord SAWDUST = new FlowRecord(
            "f1",
            "a1",
            Direction.OUT,
            "sciure de bois; copeaux",
            FlowCategory.BY_PRODUCT,
            "030105",
            12.5,
            Unit.TONNE,
            Period.MONTH,
            null,
            false,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 6, 30),
            "ligne 1\nligne 2");
    static final FlowRecord HEAT = new FlowRecord(
            "f2",
            "a1",
            Direction.IN,
            "Process heat",
            FlowCategory.HEAT,
            null,
            1.2e7,
            Unit.KILOWATT_HOUR,
            Period.YEAR,
            85.0,
            null,
            null,
            null,
            null);

    @TempDir
    Path folder;

    final ExchangeWriter writer = new ExchangeWriter();

    @Test
    void writesTheDocumentedHeadersInTheirOrder() throws Exception {
        writer.write(new Dataset(List.of(MENUISERIE), List.of(SAWDUST)), folder);

        assertThat(lines("actors.csv").get(0))
                .isEqualTo("id,name,siret,naf,activity,employees,lat,lon,commune,zone,member");
        assertThat(lines("flows.csv").get(0))
                .isEqualTo("id,actor_id,direction,label,category,ewc,quantity,unit,period,temperature_c,hazardous,"
                        + "available_from,available_to,notes");
    }

    @Test
    void writesPointDecimalsIsoDatesAndSixDigitWasteCodesQuotingOnlyWhatNeedsIt() throws Exception {
        writer.write(new Dataset(List.of(MENUISERIE), List.of(SAWDUST, HEAT)), folder);

        assertThat(lines("actors.csv").get(1))
                .isEqualTo("a1,\"Menuiserie du Var, fils\",73282932000074,16.23Z,\"menuiserie \"\"bois\"\"\",12,"
                        + "43.1371,5.8477,83090,Pôle d'activités de Toulon-Ouest,true");
        String flows = Files.readString(folder.resolve("flows.csv"), StandardCharsets.UTF_8);
        assertThat(flows)
                .contains("f1,a1,out,\"sciure de bois; copeaux\",by-product,030105,12.5,t,month,,false,"
                        + "2027-03-01,2027-06-30,\"ligne 1\nligne 2\"\n")
                .contains("f2,a1,in,Process heat,heat,,12000000,kWh,year,85,,,,\n");
    }

    @Test
    void writesNoByteOrderMarkAndNoExponent() throws Exception {
        FlowRecord tiny = new FlowRecord(
                "f3",
                "a1",
                Direction.OUT,
                "traces",
                null,
                null,
                1.5e-7,
                Unit.KILOGRAM,
                Period.YEAR,
                null,
                null,
                null,
                null,
                null);
        writer.write(new Dataset(List.of(MENUISERIE), List.of(tiny)), folder);

        byte[] bytes = Files.readAllBytes(folder.resolve("flows.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains(",0.00000015,kg,")
                .doesNotContain("E-");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Dataset dataset = new Dataset(List.of(MENUISERIE), List.of(SAWDUST, HEAT));
        writer.write(dataset, folder);

        assertThat(new ExchangeReader().read(folder)).isEqualTo(dataset);
    }

    @Test
    void readsBackTheFormatsOwnExample() throws Exception {
        Dataset example = new ExchangeReader()
                .read(new StringReader(ExchangeReaderTest.ACTORS), new StringReader(ExchangeReaderTest.FLOWS));
        writer.write(example, folder);

        assertThat(new ExchangeReader().read(folder)).isEqualTo(example);
    }

    @Test
    void leavesNothingBehindWhenNotCommitted() throws Exception {
        Files.writeString(folder.resolve("actors.csv"), "id,name\nold,Ancienne\n");
        try (ExchangeWriter.Output output = writer.open(folder)) {
            output.actor(MENUISERIE);
        }

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("actors.csv");
        }
        assertThat(Files.readString(folder.resolve("actors.csv"))).contains("Ancienne");
    }

    private List<String> lines(String file) throws Exception {
        return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
    }
}
