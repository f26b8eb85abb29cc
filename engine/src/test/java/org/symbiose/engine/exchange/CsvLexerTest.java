package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells as a spreadsheet would show them, whatever the buffer does, and the limit of a cell told once. */
class CsvLexerTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void aLongCellAcrossTheReadBufferComesWhole() throws IOException {
        String longCell = "x".repeat(70_000) + "é" + "y".repeat(70_000);

        List<String[]> records = records("a,b\n" + longCell + ",end\n", 1_000_000);

        assertThat(records).hasSize(2);
        assertThat(records.get(1)[0]).isEqualTo(longCell);
        assertThat(records.get(1)[1]).isEqualTo("end");
        assertThat(problems).isEmpty();
    }

    @Test
    void aCellAtItsLimitIsKeptAndOneLongerIsCutAndToldOnce() throws IOException {
        List<String[]> records = records("abcdefghij,ok\r\nabcdefghijklmnop,ok\nq\n", 10);

        assertThat(records.get(0)).containsExactly("abcdefghij", "ok");
        assertThat(records.get(1)).containsExactly("abcdefghij…", "ok");
        assertThat(records.get(2)).containsExactly("q");
        assertThat(problems).containsExactly("line 2 cell 0 cell-too-long");
    }

    @Test
    void linesAreCountedThroughEveryKindOfLineEnd() throws IOException {
        var lexer = lexer("a,b\r\nc;d\r\re,\"f\ng\"\nh", 100);
        List<String> seen = new ArrayList<>();
        String[] record;
        while ((record = lexer.next()) != null) {
            seen.add(lexer.recordLine() + ":" + String.join("|", record));
        }

        assertThat(seen).containsExactly("1:a|b", "2:c;d", "4:e|f\ng", "6:h");
    }

    private List<String[]> records(String text, int maxCellChars) throws IOException {
        var lexer = lexer(text, maxCellChars);
        List<String[]> records = new ArrayList<>();
        String[] record;
        while ((record = lexer.next()) != null) {
            records.add(record);
        }
        return records;
    }

    private CsvLexer lexer(String text, int maxCellChars) throws IOException {
        var lexer = new CsvLexer(
                new StringReader(text),
                maxCellChars,
                50,
                (line, cell, code, args) -> problems.add("line " + line + " cell " + cell + " " + code));
        lexer.start();
        return lexer;
    }
}
