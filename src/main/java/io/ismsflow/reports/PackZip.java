package io.ismsflow.reports;

import io.ismsflow.web.Csv;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written straight to its stream, one entry at a time (nothing of it kept but the index): each entry's SHA-256
 * is taken as it is written and listed in {@code INDEX.csv} with the clause and artefact it evidences; the SHA-256
 * and size of the whole ZIP are taken as it leaves.
 */
final class PackZip implements AutoCloseable {

    /** What writes an entry's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** An entry as INDEX.csv lists it. */
    record Indexed(String clause, String artefact, String file, String sha256, long bytes) {
    }

    /** The finished pack: its hash, its size and how many files it holds besides the index. */
    record Summary(String sha256, long bytes, int files) {
    }

    private final MessageDigest packDigest = sha256();
    private final Counting counted;
    private final ZipOutputStream zip;
    private final List<Indexed> index = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    PackZip(OutputStream out) {
        counted = new Counting(new DigestOutputStream(out, packDigest));
        zip = new ZipOutputStream(counted, StandardCharsets.UTF_8);
    }

    /** Adds an entry unless one of that name is in the pack already (the same document reached twice). */
    void add(String clause, String artefact, String file, Content content) {
        if (!names.add(file)) {
            return;
        }
        MessageDigest digest = sha256();
        try {
            zip.putNextEntry(new ZipEntry(file));
            Counting entry = new Counting(new DigestOutputStream(new Unclosable(zip), digest));
            content.writeTo(entry);
            entry.flush();
            zip.closeEntry();
            index.add(new Indexed(clause, artefact, file, HexFormat.of().formatHex(digest.digest()), entry.count));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + " to the evidence pack", e);
        }
    }

    /** A CSV entry (UTF-8 with a byte order mark), written a line at a time. */
    void addCsv(String clause, String artefact, String file, List<String> columns, CsvLines lines) {
        add(clause, artefact, file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(Csv.row(columns.toArray(String[]::new)) + "\r\n");
            lines.writeTo(fields -> {
                try {
                    writer.write(Csv.row(fields.toArray(String[]::new)) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        });
    }

    /** Writes INDEX.csv and ends the ZIP. */
    Summary finish() {
        addCsv("", "This index", "INDEX.csv", List.of("Clause", "Artefact", "File", "SHA-256", "Bytes"),
                line -> List.copyOf(index).forEach(entry -> line.accept(List.of(entry.clause(), entry.artefact(), entry.file(), entry.sha256(),
                        String.valueOf(entry.bytes())))));
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the evidence pack", e);
        }
        return new Summary(HexFormat.of().formatHex(packDigest.digest()), counted.count, index.size() - 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Writes a CSV's lines, each a list of fields. */
    @FunctionalInterface
    interface CsvLines {
        void writeTo(Consumer<List<String>> line) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /** Counts what passes. */
    private static final class Counting extends FilterOutputStream {

        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Keeps an entry's writer from closing the ZIP under it. */
    private static final class Unclosable extends FilterOutputStream {

        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
