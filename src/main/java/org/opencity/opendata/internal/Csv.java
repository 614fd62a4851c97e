package org.opencity.opendata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The catalogue's CSV files: RFC 4180 (Commons CSV), a header line, LF line ends, UTF-8 (the writer's). */
final class Csv {

    private final CSVPrinter printer;

    private Csv(CSVPrinter printer) {
        this.printer = printer;
    }

    static Csv to(Writer out, String... header) {
        try {
            CSVPrinter printer =
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out);
            printer.printRecord((Object[]) header);
            return new Csv(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
