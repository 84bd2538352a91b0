package io.ismsflow.evidence;

import java.text.Normalizer;

/** A name a file may be stored and offered under: no path, no control characters, nothing a header could misread. */
final class Filenames {

    private static final int LONGEST = 200;

    private Filenames() {
    }

    static String sanitised(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[^\\p{L}\\p{N}._ ()-]", "_")
                .replaceAll("^[. ]+", "")
                .trim();
        if (name.length() > LONGEST) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, LONGEST - extension.length()) + extension;
        }
        return name.isEmpty() ? "file" : name;
    }
}
