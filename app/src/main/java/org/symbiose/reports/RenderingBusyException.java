package org.symbiose.reports;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every PDF rendering slot stayed taken for as long as a request may wait: answered 503 with a
 * Retry-After, so that a burst of PDF requests slows PDFs down instead of the whole server.
 */
class RenderingBusyException extends ResponseStatusException {

    static final int RETRY_AFTER_SECONDS = 5;

    RenderingBusyException(String what) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "too many PDF renderings at once; " + what + " not rendered, retry later");
    }

    @Override
    public HttpHeaders getHeaders() {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return headers;
    }
}
