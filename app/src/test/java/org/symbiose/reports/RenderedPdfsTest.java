package org.symbiose.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.symbiose.ids.InitiativeId;

/** A PDF asked by many at once is rendered once; what it shows decides which bytes one gets. */
class RenderedPdfsTest {

    final RenderedPdfs rendered = new RenderedPdfs();
    final AtomicInteger renderings = new AtomicInteger();

    static RenderedPdfs.Key sheet(long id, int version, String language) {
        return new RenderedPdfs.Key(
                "sheet", List.of(new RenderedPdfs.Shown(new InitiativeId(id), version)), language, 0);
    }

    @Test
    void eightReadersAskingTheSameSheetAtOnceGetOneRendering() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<byte[]>>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> rendered.get(sheet(1, 3, "fr"), () -> {
                    renderings.incrementAndGet();
                    sleep(200); // long enough for the other readers to arrive while it renders
                    return new byte[] {1, 2, 3};
                })));
            }
            for (Future<byte[]> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly(1, 2, 3);
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(renderings).hasValue(1);
    }

    @Test
    void anotherVersionOrLanguageOrSetOfSheetsIsAnotherPdf() {
        rendered.get(sheet(1, 3, "fr"), () -> new byte[] {3});

        assertThat(rendered.get(sheet(1, 4, "fr"), () -> new byte[] {4})).containsExactly(4);
        assertThat(rendered.get(sheet(1, 3, "en"), () -> new byte[] {5})).containsExactly(5);
        var publicOnly =
                new RenderedPdfs.Key("compendium", List.of(new RenderedPdfs.Shown(new InitiativeId(1), 3)), "fr", 0);
        var withUnpublished = new RenderedPdfs.Key(
                "compendium",
                List.of(new RenderedPdfs.Shown(new InitiativeId(1), 3), new RenderedPdfs.Shown(new InitiativeId(2), 0)),
                "fr",
                0);
        rendered.get(publicOnly, () -> new byte[] {6});
        assertThat(rendered.get(withUnpublished, () -> new byte[] {7})).containsExactly(7);
        assertThat(rendered.get(sheet(1, 3, "fr"), () -> new byte[] {9})).containsExactly(3);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        assertThatThrownBy(() -> rendered.get(sheet(1, 3, "fr"), () -> {
                    throw new RenderingBusyException("sheet");
                }))
                .isInstanceOf(RenderingBusyException.class);

        assertThat(rendered.get(sheet(1, 3, "fr"), () -> new byte[] {8})).containsExactly(8);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
