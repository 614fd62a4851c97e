package org.opencity.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler-utils (pdfsig, pdftotext) and NSS's certutil, the independent checkers the document tests
 * hold our PDFs and signatures against. .ci/run installs them (poppler-utils, libnss3-tools).
 */
public final class Poppler {

    public record Result(int exitCode, String output) {}

    private Poppler() {}

    /** An NSS database in {@code dir} that trusts the given PEM root for signing documents. */
    public static Path nssTrusting(Path dir, String caPem) throws IOException, InterruptedException {
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, caPem);
        Path db = Files.createDirectories(dir.resolve("nssdb"));
        check(run("certutil", "-N", "-d", "sql:" + db, "--empty-password"));
        check(run(
                "certutil",
                "-A",
                "-d",
                "sql:" + db,
                "-n",
                "OpenCity Demo Root CA",
                "-t",
                "CT,C,C",
                "-i",
                pem.toString()));
        return db;
    }

    /**
     * Without -no-ocsp on purpose: poppler 22.12 then reports "Unknown issue with Certificate" for any chain.
     * Our certificates name no OCSP responder, so nothing is fetched either way.
     */
    public static Result pdfsig(Path nssDb, Path pdf) throws IOException, InterruptedException {
        return run("pdfsig", "-nssdir", "sql:" + nssDb, pdf.toString());
    }

    public static String pdftotext(Path pdf) throws IOException, InterruptedException {
        return check(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).output();
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static Result check(Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("exit " + result.exitCode() + ": " + result.output());
        }
        return result;
    }
}
