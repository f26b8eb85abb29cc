package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.symbiose.TestInitiative;
import org.symbiose.companies.Company;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.flows.Flow;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ADETO's export parses back in every form, and imported into an empty initiative gives the same data. */
class ExportTest extends ImportTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    /** The test's initiative, which ADETO's export is imported into. */
    TestInitiative empty;

    long adeto;

    @BeforeEach
    void open() {
        empty = initiative;
        adeto = initiatives.getBySlug("adeto").id().value();
    }

    byte[] download(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    Dataset read(byte[] bytes, String name) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return new ExchangeReader().read(file);
    }

    @Test
    void adetoExportedAndImportedIntoAnEmptyInitiativeGivesTheSameCompaniesAndFlows() throws Exception {
        byte[] zip = download("/api/v1/initiatives/" + adeto + "/export.zip");

        mvc.perform(multipart("/api/v1/initiatives/" + empty.id + "/imports?confirm=true")
                        .file(new MockMultipartFile("file", "adeto.zip", "application/zip", zip))
                        .with(httpBasic(empty.facilitator, "demo")))
                .andExpect(status().isOk());

        List<Company> original = companies.listByInitiative(new InitiativeId(adeto));
        List<Company> copy = companies.listByInitiative(new InitiativeId(empty.id));
        assertThat(copy).hasSize(original.size());
        assertThat(copy)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "initiativeId")
                .containsExactlyElementsOf(original);
        assertThat(comparable(flows.listByInitiative(new InitiativeId(empty.id)), copy))
                .containsExactlyElementsOf(comparable(flows.listByInitiative(new InitiativeId(adeto)), original));
    }

    /** Flows without their database ids, each under its company's dataset id, in a stable order. */
    static List<String> comparable(List<Flow> list, List<Company> owners) {
        return list.stream()
                .map(f -> owners.stream()
                                .filter(c -> c.id().equals(f.companyId()))
                                .findFirst()
                                .orElseThrow()
                                .externalId()
                        + " "
                        + new Flow(
                                null,
                                null,
                                f.externalId(),
                                f.direction(),
                                f.label(),
                                f.category(),
                                f.ewc(),
                                f.quantity(),
                                f.unit(),
                                f.period(),
                                f.temperatureC(),
                                f.hazardous(),
                                f.availableFrom(),
                                f.availableTo(),
                                f.notes()))
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    @Test
    void theZipAndTheWorkbookReadBackAsTheSameDatasetAndTheSitesAsGeoJson() throws Exception {
        Dataset zip = read(download("/api/v1/initiatives/" + adeto + "/export.zip"), "adeto.zip");
        Dataset xlsx = read(download("/api/v1/initiatives/" + adeto + "/export.xlsx"), "adeto.xlsx");

        assertThat(zip.actors())
                .hasSize(companies.listByInitiative(new InitiativeId(adeto)).size());
        assertThat(zip.flows())
                .hasSize(flows.listByInitiative(new InitiativeId(adeto)).size());
        assertThat(xlsx).isEqualTo(zip);

        JsonNode sites = json.readTree(download("/api/v1/initiatives/" + adeto + "/sites.geojson"));
        assertThat(sites.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode first = sites.get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble())
                .as("longitude first")
                .isBetween(4.0, 8.0);
        assertThat(first.get("properties").get("company").asString()).isNotBlank();
        assertThat(first.get("properties").get("site").asString()).isNotBlank();
        assertThat(sites.get("features").size())
                .isEqualTo(companies.listByInitiative(new InitiativeId(adeto)).stream()
                        .mapToInt(c -> c.sites().size())
                        .sum());
    }

    @Test
    void theTemplatesReadAsDatasetsAndTheFilledWorkbookImports() throws Exception {
        String base = "/initiatives/" + empty.slug + "/imports/";
        Dataset csv = read(
                mvc.perform(get(base + "template.zip").with(as(empty.facilitator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                "modele.zip");
        assertThat(csv.actors()).hasSize(1);
        byte[] template = mvc.perform(get(base + "template.xlsx").with(as(empty.facilitator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var actor = workbook.getSheet("actors").createRow(2);
            actor.createCell(0).setCellValue("a2");
            actor.createCell(1).setCellValue("Blanchisserie du Beausset");
            actor.createCell(8).setCellValue("83016");
            var flow = workbook.getSheet("flows").createRow(2);
            flow.createCell(0).setCellValue("f2");
            flow.createCell(1).setCellValue("a2");
            flow.createCell(2).setCellValue("out");
            flow.createCell(3).setCellValue("eau chaude de lavage");
            flow.createCell(4).setCellValue("water");
            flow.createCell(9).setCellValue(45);
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        mvc.perform(multipart("/api/v1/initiatives/" + empty.id + "/imports?confirm=true")
                        .file(new MockMultipartFile("file", "modele.xlsx", "application/octet-stream", filled))
                        .with(httpBasic(empty.facilitator, "demo")))
                .andExpect(status().isOk());

        assertThat(companies.listByInitiative(new InitiativeId(empty.id)))
                .extracting(Company::name)
                .containsExactly("Blanchisserie du Beausset", "Menuiserie du Var");
        assertThat(flows.listByInitiative(new InitiativeId(empty.id)))
                .extracting(Flow::label)
                .containsExactlyInAnyOrder("sciure de bois", "eau chaude de lavage");
    }
}
