package org.symbiose.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.engine.exchange.ExchangeArchives;
import org.symbiose.engine.exchange.ExchangeTemplates;
import org.symbiose.engine.exchange.ExchangeXlsxWriter;
import org.symbiose.ids.InitiativeId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of an initiative's data (confidential: its facilitators only) and of the blank templates, as
 * answers with their file names, for the pages and the API alike.
 */
@Service
class Exports {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final InitiativeDataset datasets;
    private final AccessPolicy access;
    private final JsonMapper json;

    Exports(InitiativeDataset datasets, AccessPolicy access, JsonMapper json) {
        this.datasets = datasets;
        this.access = access;
        this.json = json;
    }

    ResponseEntity<byte[]> zip(InitiativeId initiativeId, String slug) throws IOException {
        access.requireCompanies(initiativeId);
        var out = new ByteArrayOutputStream();
        ExchangeArchives.writeZip(datasets.of(initiativeId), out);
        return file(out.toByteArray(), ZIP, slug + ".zip");
    }

    ResponseEntity<byte[]> xlsx(InitiativeId initiativeId, String slug) throws IOException {
        access.requireCompanies(initiativeId);
        var out = new ByteArrayOutputStream();
        ExchangeXlsxWriter.write(datasets.of(initiativeId), out);
        return file(out.toByteArray(), XLSX, slug + ".xlsx");
    }

    ResponseEntity<byte[]> sites(InitiativeId initiativeId, String slug) {
        access.requireCompanies(initiativeId);
        byte[] body = json.writeValueAsBytes(SitesGeoJson.of(datasets.companies(initiativeId)));
        return file(body, GEOJSON, slug + "-sites.geojson");
    }

    ResponseEntity<byte[]> csvTemplate() throws IOException {
        var out = new ByteArrayOutputStream();
        ExchangeTemplates.writeCsvZip(out);
        return file(out.toByteArray(), ZIP, "modele-import.zip");
    }

    ResponseEntity<byte[]> xlsxTemplate() throws IOException {
        var out = new ByteArrayOutputStream();
        ExchangeTemplates.writeXlsx(out);
        return file(out.toByteArray(), XLSX, "modele-import.xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
