package dev.objectlock.emulator.batch.manifest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, one at a time, from a manifest or inventory CSV: fields separated by commas,
 * records by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled
 * quotes. Inventory reports quote every field, hand-written manifests usually none. A quote inside
 * an unquoted field is kept as a character (lenient, as most CSV writers never produce one).
 */
final class CsvReader {

    /** One record and the line it starts on (1-based), for failure reasons. */
    record Row(long line, List<String> fields) {
        /** An empty line: one empty, unquoted field. */
        boolean blank() {
            return fields.size() == 1 && fields.get(0).isEmpty();
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;
    private boolean done;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null after the last one. */
    Row next() throws IOException {
        if (done) {
            return null;
        }
        int c = read();
        if (c == EOF) {
            done = true;
            return null;
        }
        if (c == '\uFEFF' && line == 1) {
            // A UTF-8 byte-order mark, as spreadsheet exports write it, is not part of the first bucket name.
            c = read();
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == EOF) {
                    throw ManifestFailures.invalid("Manifest line " + start + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStart = true;
                c = read();
                continue;
            }
            if (c == EOF || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                if (c == EOF) {
                    done = true;
                } else {
                    line++;
                }
                return new Row(start, fields);
            }
            if (afterQuote) {
                throw ManifestFailures.invalid(
                        "Manifest line " + start + ": unexpected character after a closing quote");
            }
            if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
