package org.symbiose.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.symbiose.WebTestBase;

/** Every page names the icon; the icon answers anyone, and browsers keep it a week. */
class FaviconTest extends WebTestBase {

    @Test
    void pagesLinkTheSvgIcon() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\"")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("/img/favicon.svg")));
    }

    @Test
    void iconsAnswerAnonymousVisitorsAndAreCached() throws Exception {
        mvc.perform(get("/img/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Cache-Control", containsString("max-age=604800")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("icon")))
                .andExpect(header().string("Cache-Control", containsString("max-age=604800")));
    }
}
