package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Unit;

/**
 * Blank datasets to fill in: a zip of {@code actors.csv} and {@code flows.csv} with their headers and one
 * example row each, and an {@code .xlsx} with a sheet per file whose header cells carry a comment
 * explaining the column in French and English, drop-down lists for the closed vocabularies (direction,
 * category, unit, period, yes/no) and a {@code aide} sheet repeating the help. The help lives in comments
 * and in a sheet the reader ignores, so a filled-in template reads as any dataset.
 */
public final class ExchangeTemplates {

    /** Rows of a sheet the drop-down lists cover. */
    static final int VALIDATED_ROWS = 10_000;

    private static final String ACTORS_EXAMPLE = "a1,Menuiserie du Var,73282932000074,16.23Z,menuiserie bois,12,,,"
            + "Ollioules,Pôle d'activités de Toulon-Ouest,oui";
    private static final String FLOWS_EXAMPLE =
            "f1,a1,out,sciure de bois,waste,03 01 05,12.5,t,year,,,2025-01-01,,benne de 30 m3 enlevée chaque mois";

    /** Column help, French then English, in the format's column order. */
    private static final Map<String, String[]> ACTOR_HELP = new LinkedHashMap<>();

    private static final Map<String, String[]> FLOW_HELP = new LinkedHashMap<>();

    static {
        help(
                ACTOR_HELP,
                "id",
                "Obligatoire. Identifiant de l’entreprise, unique dans le fichier (a1, a2…) : les flux"
                        + " le reprennent dans actor_id. Gardez-le d’un import à l’autre.",
                "Required. The company's id, unique in the file (a1, a2...): flows refer to it in actor_id."
                        + " Keep it from one import to the next.");
        help(
                ACTOR_HELP,
                "name",
                "Obligatoire. Raison sociale ou nom de l’organisation.",
                "Required. Company or organisation name.");
        help(
                ACTOR_HELP,
                "siret",
                "SIRET à 14 chiffres (espaces permis), vérifié par sa clé.",
                "14-digit SIRET (spaces allowed), checked by its key.");
        help(
                ACTOR_HELP,
                "naf",
                "Code NAF rév. 2 (10.71C) ou classe NACE (10.71).",
                "NAF rev. 2 code (10.71C) or NACE class (10.71).");
        help(
                ACTOR_HELP,
                "activity",
                "Activité en texte libre (« fabrication de palettes »).",
                "Activity as free text (\"pallet manufacturing\").");
        help(ACTOR_HELP, "employees", "Effectif : nombre entier.", "Headcount: a whole number.");
        help(
                ACTOR_HELP,
                "lat",
                "Latitude WGS84 en degrés décimaux (43.12), avec lon.",
                "WGS84 latitude in decimal degrees (43.12), with lon.");
        help(
                ACTOR_HELP,
                "lon",
                "Longitude WGS84 en degrés décimaux (5.93), avec lat.",
                "WGS84 longitude in decimal degrees (5.93), with lat.");
        help(
                ACTOR_HELP,
                "commune",
                "Commune de Provence-Alpes-Côte d’Azur : code INSEE, code postal ou nom."
                        + " Donne la position si lat/lon sont vides.",
                "Commune of Provence-Alpes-Côte d'Azur: INSEE code, postcode or name."
                        + " Gives the position when lat/lon are empty.");
        help(ACTOR_HELP, "zone", "Zone d’activités où l’entreprise est implantée.", "Business park of the company.");
        help(
                ACTOR_HELP,
                "member",
                "Adhérente de la structure porteuse : oui ou non (non par défaut).",
                "Member of the initiative's carrier: yes or no (no by default).");
        help(
                FLOW_HELP,
                "id",
                "Obligatoire. Identifiant du flux, unique dans le fichier (f1, f2…).",
                "Required. The flow's id, unique in the file (f1, f2...).");
        help(
                FLOW_HELP,
                "actor_id",
                "Obligatoire. L’id de l’entreprise dans la feuille actors.",
                "Required. The company's id in the actors sheet.");
        help(
                FLOW_HELP,
                "direction",
                "Obligatoire. out : ressource disponible (gisement) ; in : besoin.",
                "Required. out: a resource on offer (supply); in: a need.");
        help(
                FLOW_HELP,
                "label",
                "Obligatoire. Le flux comme vous le diriez : « palettes bois cassées ».",
                "Required. The flow as you would say it: \"broken wooden pallets\".");
        help(
                FLOW_HELP,
                "category",
                "Catégorie : material, waste, by-product, water, energy, heat, service,"
                        + " equipment, space, skill, logistics, purchase.",
                "Category: material, waste, by-product, water, energy, heat, service, equipment, space, skill,"
                        + " logistics, purchase.");
        help(
                FLOW_HELP,
                "ewc",
                "Code de la liste européenne des déchets : 03 01 05 ou 16 01 04*.",
                "List-of-Waste code: 03 01 05 or 16 01 04*.");
        help(
                FLOW_HELP,
                "quantity",
                "Quantité par période, nombre positif (12,5) ; demande une unité.",
                "Quantity per period, a positive number (12.5); needs a unit.");
        help(
                FLOW_HELP,
                "unit",
                "Unité : t, kg, m3, L, kWh, MWh, GJ, unit, pallet, m2, h…",
                "Unit: t, kg, m3, L, kWh, MWh, GJ, unit, pallet, m2, h...");
        help(
                FLOW_HELP,
                "period",
                "Période : year (par défaut), month, week, day ou once.",
                "Period: year (default), month, week, day or once.");
        help(
                FLOW_HELP,
                "temperature_c",
                "Température en °C, pour la chaleur, la vapeur et l’eau.",
                "Temperature in °C, for heat, steam and water.");
        help(
                FLOW_HELP,
                "hazardous",
                "Dangereux : oui ou non ; vide, il se déduit du code déchet.",
                "Hazardous: yes or no; when empty, taken from the waste code.");
        help(FLOW_HELP, "available_from", "Disponible à partir du (AAAA-MM-JJ).", "Available from (YYYY-MM-DD).");
        help(FLOW_HELP, "available_to", "Disponible jusqu’au (AAAA-MM-JJ).", "Available until (YYYY-MM-DD).");
        help(FLOW_HELP, "notes", "Remarques libres.", "Free notes.");
    }

    private static void help(Map<String, String[]> help, String column, String french, String english) {
        help.put(column, new String[] {french, english});
    }

    private ExchangeTemplates() {}

    /** The two CSV files with their header and an example row, zipped, into {@code out} (left open). */
    public static void writeCsvZip(OutputStream out) throws IOException {
        ExchangeArchives.zipTexts(
                out,
                String.join(",", ExchangeRows.ACTOR_COLUMNS) + "\n" + ACTORS_EXAMPLE + "\n",
                String.join(",", ExchangeRows.FLOW_COLUMNS) + "\n" + FLOWS_EXAMPLE + "\n");
    }

    /** The workbook, into {@code out} (left open). */
    public static void writeXlsx(OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet actors = sheet(workbook, "actors", ACTOR_HELP, ACTORS_EXAMPLE, bold);
            list(actors, ACTOR_HELP, "member", "oui", "non");
            Sheet flows = sheet(workbook, "flows", FLOW_HELP, FLOWS_EXAMPLE, bold);
            list(flows, FLOW_HELP, "direction", "out", "in");
            list(
                    flows,
                    FLOW_HELP,
                    "category",
                    Arrays.stream(FlowCategory.values()).map(FlowCategory::code).toArray(String[]::new));
            list(
                    flows,
                    FLOW_HELP,
                    "unit",
                    Arrays.stream(Unit.values()).map(Unit::symbol).toArray(String[]::new));
            list(flows, FLOW_HELP, "period", "year", "month", "week", "day", "once");
            list(flows, FLOW_HELP, "hazardous", "oui", "non");
            helpSheet(workbook, bold);
            workbook.write(out);
        }
    }

    private static Sheet sheet(
            XSSFWorkbook workbook, String name, Map<String, String[]> help, String example, XSSFCellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        int c = 0;
        for (var column : help.entrySet()) {
            var cell = header.createCell(c);
            cell.setCellValue(column.getKey());
            cell.setCellStyle(bold);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(workbook.getCreationHelper()
                    .createRichTextString(column.getValue()[0] + "\n\n" + column.getValue()[1]));
            comment.setAuthor("Symbiose");
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, 16 * 256);
            c++;
        }
        Row row = sheet.createRow(1);
        List<String> cells = splitExample(example);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static List<String> splitExample(String example) {
        return new ArrayList<>(Arrays.asList(example.split(",", -1)));
    }

    private static void list(Sheet sheet, Map<String, String[]> help, String column, String... values) {
        int index = new ArrayList<>(help.keySet()).indexOf(column);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values), new CellRangeAddressList(1, VALIDATED_ROWS, index, index));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true); // in POI's XSSF, true shows the arrow
        sheet.addValidationData(validation);
    }

    private static void helpSheet(XSSFWorkbook workbook, XSSFCellStyle bold) {
        Sheet sheet = workbook.createSheet("aide");
        Row top = sheet.createRow(0);
        String[] titles = {"feuille / sheet", "colonne / column", "aide", "help"};
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (var sheetHelp : List.of(Map.entry("actors", ACTOR_HELP), Map.entry("flows", FLOW_HELP))) {
            for (var column : sheetHelp.getValue().entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(sheetHelp.getKey());
                row.createCell(1).setCellValue(column.getKey());
                row.createCell(2).setCellValue(column.getValue()[0]);
                row.createCell(3).setCellValue(column.getValue()[1]);
            }
        }
        sheet.setColumnWidth(2, 80 * 256);
        sheet.setColumnWidth(3, 80 * 256);
    }
}
