package io.serviceops.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, for what {@link Api}'s client refuses to send: a forged {@code Host},
 * TRACE, a request line or headers beyond the limits, and a chunked body that never declares its size.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The answer: status, the headers as sent, and the body; status 0 when the connection gave none. */
    record Answer(int status, List<String> headers, String body) {

        List<String> header(String name) {
            String prefix = name.toLowerCase() + ":";
            return headers.stream().filter(line -> line.toLowerCase().startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).toList();
        }

        String contentType() {
            return header("Content-Type").stream().findFirst().orElse("");
        }

        @Override
        public String toString() {
            String shown = body.length() > 200 ? body.substring(0, 200) + "…" : body;
            return status + " " + contentType() + ": " + shown.replace('\n', ' ');
        }
    }

    /** Sends a request head (lines without the final blank line) and no body. */
    static Answer send(int port, String method, String target, List<String> headers) {
        return exchange(port, head(method, target, headers), null, 0);
    }

    /** Sends {@code megabytes} of JSON-ish filler as a chunked body, stopping early when the server answers or closes. */
    static Answer chunked(int port, String path, List<String> headers, int megabytes) {
        List<String> all = new ArrayList<>(headers);
        all.add("Transfer-Encoding: chunked");
        all.add("Content-Type: application/json");
        return exchange(port, head("POST", path, all), new byte[64 * 1024], megabytes * 16);
    }

    private static String head(String method, String target, List<String> headers) {
        StringBuilder text = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        if (headers.stream().noneMatch(line -> line.toLowerCase().startsWith("host:"))) {
            text.append("Host: 127.0.0.1\r\n");
        }
        headers.forEach(line -> text.append(line).append("\r\n"));
        return text.append("Connection: close\r\n\r\n").toString();
    }

    private static Answer exchange(int port, String head, byte[] chunk, int chunks) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            try {
                for (int i = 0; i < chunks && in.available() == 0; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                if (chunk != null) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server stopped reading (what a limit should do): its answer may still be there.
            }
            return read(in);
        } catch (IOException e) {
            return new Answer(0, List.of(), "no answer: " + e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException reset) {
            // A reset after the answer: keep what arrived.
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(0, List.of(), text);
        }
        List<String> lines = List.of(text.substring(0, end).split("\r\n"));
        return new Answer(Integer.parseInt(lines.get(0).substring(9, 12)), lines.subList(1, lines.size()),
                unchunked(text.substring(end + 4), lines));
    }

    private static String unchunked(String body, List<String> headers) {
        if (headers.stream().noneMatch(line -> line.toLowerCase().startsWith("transfer-encoding: chunked"))) {
            return body;
        }
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            plain.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return plain.toString();
    }
}
