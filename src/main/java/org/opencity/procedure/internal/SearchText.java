package org.opencity.procedure.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencity.shared.VietnameseText;

/**
 * The folded text a procedure is found by: both names, its field, its result and the life events it belongs
 * to. Built in one place so the loader and an administrator's edit index a procedure the same way.
 */
public final class SearchText {

    private SearchText() {}

    public static String of(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(VietnameseText::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
