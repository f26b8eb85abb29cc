package org.symbiose.engine.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small valid dataset, with accents and quoted cells, and the ways of writing it wrong that the corpus of
 * malformed datasets is made of: each way is a {@link Case} that says which file, line and column the
 * refusal must name.
 */
final class MalformedDatasets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Raw cells of actors.csv, header first; quoted cells keep their quotes. */
    static final List<List<String>> ACTORS = rows(
            "id,name,siret,naf,activity,employees,lat,lon,commune,zone,member",
            "a1,Menuiserie du Var,73282932000074,16.23Z,menuiserie bois,12,,,Ollioules,Pôle d'activités de Toulon-Ouest,true",
            "a2,Chaufferie collective,,35.30Z,réseau de chaleur,4,43.10,5.88,,,false",
            "a3,Scierie Provençale,,16.10A,sciage,7,43.50,6.00,,,non");

    static final List<List<String>> FLOWS = rows(
            "id,actor_id,direction,label,category,ewc,quantity,unit,period,temperature_c,hazardous,available_from,available_to,notes",
            "f1,a1,out,\"sciure; copeaux de bois\",waste,03 01 05,\"12,5\",t,year,,,,,",
            "f2,a2,entrant,combustible biomasse,material,,900,t,,,,2026-01-01,2026-12-31,",
            "f3,a1,have,chiffons souillés,waste,15 02 02*,1,t,month,,,,,",
            "f4,a3,out,chaleur fatale à 90 °C,heat,,500,MWh,year,90,,,,réseau à créer");

    /**
     * What a refusal must name: the file (a part of its name), the line (a number, {@link #ANY_LINE} for any
     * line, or 0 when the problem is the whole file) and the column (null when none applies).
     */
    record Expect(String file, long line, String column) {}

    static final long ANY_LINE = -1;

    /** Writes a dataset into a fresh folder and answers the path to give the reader. */
    interface Layout {
        Path write(Path folder) throws IOException;
    }

    /** One malformed dataset, read within the default limits or those given. */
    record Case(String kind, String name, Layout layout, Expect expect, ReadLimits limits) {

        Case(String kind, String name, Layout layout, Expect expect) {
            this(kind, name, layout, expect, ReadLimits.DEFAULT);
        }

        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    private MalformedDatasets() {}

    private static List<List<String>> rows(String... lines) {
        var rows = new ArrayList<List<String>>();
        for (String line : lines) {
            var cells = new ArrayList<String>();
            var cell = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(List.copyOf(cells));
        }
        return List.copyOf(rows);
    }

    static String text(List<List<String>> rows) {
        var text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }

    static List<List<String>> copy(List<List<String>> rows) {
        var copy = new ArrayList<List<String>>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    static Layout folder(byte[] actors, byte[] flows) {
        return dir -> {
            Files.write(dir.resolve("actors.csv"), actors);
            Files.write(dir.resolve("flows.csv"), flows);
            return dir;
        };
    }

    static Layout folder(String actors, String flows) {
        return folder(actors.getBytes(StandardCharsets.UTF_8), flows.getBytes(StandardCharsets.UTF_8));
    }

    static Layout file(String name, byte[] bytes) {
        return dir -> Files.write(dir.resolve(name), bytes);
    }

    /** A zip of named entries, each deflated. */
    static byte[] zip(Object... namesAndBytes) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                zip.write((byte[]) namesAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] validZip() throws IOException {
        return zip("territoire/actors.csv", utf8(text(ACTORS)), "territoire/flows.csv", utf8(text(FLOWS)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Offset of the first local file header's data in a zip written by {@link #zip}: where deflated bytes start. */
    static int firstDataOffset(byte[] zip) {
        int nameLength = (zip[26] & 0xFF) | (zip[27] & 0xFF) << 8;
        int extraLength = (zip[28] & 0xFF) | (zip[29] & 0xFF) << 8;
        return 30 + nameLength + extraLength;
    }

    /** Marks every entry of a zip as encrypted (bit 0 of the general purpose flags, local and central headers). */
    static byte[] encrypted(byte[] zip) {
        byte[] copy = Arrays.copyOf(zip, zip.length);
        for (int i = 0; i + 8 < copy.length; i++) {
            boolean local = copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4;
            boolean central = copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2;
            if (local) {
                copy[i + 6] |= 1;
            } else if (central) {
                copy[i + 8] |= 1;
            }
        }
        return copy;
    }

    /** A zip whose flows.csv inflates to more than {@code bytes} bytes from a few hundred kilobytes. */
    static byte[] bomb(long bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("actors.csv"));
            zip.write(utf8(text(ACTORS)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("flows.csv"));
            writeRepeated(zip, utf8(text(FLOWS.subList(0, 1))), bytes);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void writeRepeated(OutputStream out, byte[] header, long bytes) throws IOException {
        out.write(header);
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, (byte) 'a');
        for (long written = 0; written <= bytes; written += block.length) {
            out.write(block);
        }
    }
}
