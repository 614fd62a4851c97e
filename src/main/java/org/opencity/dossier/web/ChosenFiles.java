package org.opencity.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.dossier.UploadedDocument;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of the documents step as a browser sends them: one input per paper of the procedure, named
 * {@code paper-<its position>}, and {@code paper-extra} for anything else, each taking several files. An input left
 * empty still sends a part, without a file name and without content: that is no file. A file that was chosen keeps
 * its place, even if it is empty, so the check names it.
 */
final class ChosenFiles {

    static final String EXTRA = "paper-extra";

    private static final Pattern PAPER = Pattern.compile("paper-(\\d{1,3})");

    private ChosenFiles() {}

    /** The input of the paper at {@code index}. */
    static String inputOf(int index) {
        return "paper-" + index;
    }

    /** The files in the order they were sent; parts of other names are not files of this step. */
    static List<ChosenFile> of(MultiValueMap<String, MultipartFile> parts) {
        List<ChosenFile> chosen = new ArrayList<>();
        parts.forEach((name, files) -> {
            Matcher paper = PAPER.matcher(name);
            boolean extra = EXTRA.equals(name);
            if (!paper.matches() && !extra) {
                return;
            }
            Integer requirement = extra ? null : Integer.valueOf(paper.group(1));
            for (MultipartFile file : files) {
                if (chosen(file)) {
                    chosen.add(ChosenFileBuilder.builder()
                            .input(name)
                            .document(new UploadedDocument(requirement, file.getOriginalFilename(), bytes(file)))
                            .build());
                }
            }
        });
        return chosen;
    }

    private static boolean chosen(MultipartFile file) {
        String name = file.getOriginalFilename();
        return !file.isEmpty() || (name != null && !name.isBlank());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded document", e);
        }
    }
}
