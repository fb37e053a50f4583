package io.serviceops.conventions.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.conventions.problem.PayloadTooLarge;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

class BodySizeLimitTest {

    private static final int LIMIT = 1024;

    private final List<Exception> answered = new ArrayList<>();
    private final HandlerExceptionResolver problems = (request, response, handler, failure) -> {
        answered.add(failure);
        return new ModelAndView();
    };
    private final BodySizeLimit filter = new BodySizeLimit(LIMIT, problems);

    @Test
    void anEndlessChunkedBodyIsReadOnlyToTheLimitAndAnswered413() throws Exception {
        AtomicLong read = new AtomicLong();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(endlessChunked(read), new MockHttpServletResponse(), chain);

        assertThat(answered).singleElement().isInstanceOf(PayloadTooLarge.class);
        assertThat(read.get()).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/parcels");
        request.setContent(new byte[LIMIT + 1]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(answered).singleElement().isInstanceOf(PayloadTooLarge.class);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyWithinTheLimitReachesTheControllerWhole() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/parcels");
        request.setContent("{\"label\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(answered).isEmpty();
        var passed = (HttpServletRequest) chain.getRequest();
        assertThat(new String(passed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"label\":\"ok\"}");
    }

    /** A chunked request (no declared length) whose body never ends, counting what is read of it. */
    private static HttpServletRequest endlessChunked(AtomicLong read) {
        var request = new MockHttpServletRequest("POST", "/api/v1/parcels");
        request.addHeader("Transfer-Encoding", "chunked");
        return new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() {
                        read.incrementAndGet();
                        return 'x';
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                    }
                };
            }
        };
    }
}
